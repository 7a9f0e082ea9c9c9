using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmsSdk;

/// <summary>
/// Logging, tracing and metrics for every call. Names are public so users can subscribe:
/// <c>ActivitySource</c> and <c>Meter</c> are both called <see cref="SourceName"/>.
/// </summary>
internal sealed partial class HmsDiagnostics
{
    /// <summary>The ActivitySource and Meter name.</summary>
    public const string SourceName = "HmsSdk";

    // Static by design: ActivitySource/Meter are process-wide registrations that listeners find by name; they hold no client state.
    private static readonly ActivitySource Source = new(SourceName, typeof(HmsDiagnostics).Assembly.GetName().Version?.ToString());
    private static readonly Meter MeterInstance = new(SourceName, typeof(HmsDiagnostics).Assembly.GetName().Version?.ToString());
    private static readonly Histogram<double> RequestDuration = MeterInstance.CreateHistogram<double>("hms.client.request.duration", "s", "Duration of 100ms API operations, retries included.");
    private static readonly Counter<long> RetryCount = MeterInstance.CreateCounter<long>("hms.client.retries", "{retry}", "Retries of 100ms API attempts.");

    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly string? _serverAddress;

    public HmsDiagnostics(ILogger logger, TimeProvider timeProvider, Uri? baseUri, bool logBodies)
    {
        _logger = logger;
        _timeProvider = timeProvider;
        _serverAddress = baseUri?.Host;
        LogBodies = logBodies;
        Drift = new Serialization.DriftWarnings(logger);
    }

    /// <summary>No logging; tracing and metrics still reach listeners if any.</summary>
    public static HmsDiagnostics Disabled { get; } = new(NullLogger.Instance, TimeProvider.System, null, false);

    public bool LogBodies { get; }

    /// <summary>This client's once-per-field warnings for responses that drifted from the models.</summary>
    public Serialization.DriftWarnings Drift { get; }

    public OperationScope StartOperation(IHmsOperation request)
    {
        var activity = Source.HasListeners() ? Source.StartActivity(request.Operation, ActivityKind.Client) : null;
        if (activity is not null)
        {
            activity.SetTag("http.request.method", request.Method.Method);
            activity.SetTag("url.template", "/" + request.PathTemplate);
            if (_serverAddress is not null)
            {
                activity.SetTag("server.address", _serverAddress);
            }
        }

        return new OperationScope(this, request, activity, _timeProvider.GetTimestamp());
    }

    public void Retry(IHmsOperation request, int attempt, TimeSpan delay, int? status, Exception? exception)
    {
        RetryCount.Add(1, new KeyValuePair<string, object?>("hms.operation", request.Operation));
        LogRetry(_logger, request.Operation, attempt, delay.TotalMilliseconds, status, exception?.GetType().Name);
    }

    public void AuthRefresh(IHmsOperation request, int status) => LogAuthRefresh(_logger, request.Operation, status);

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Operation} {Method} /{PathTemplate} -> {StatusCode} in {ElapsedMs} ms after {Attempts} attempt(s), request id {RequestId}")]
    private static partial void LogCompleted(ILogger logger, string operation, string method, string pathTemplate, int statusCode, double elapsedMs, int attempts, string? requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Operation} {Method} /{PathTemplate} failed after {ElapsedMs} ms: {ErrorType} {StatusCode}, request id {RequestId}")]
    private static partial void LogFailed(ILogger logger, string operation, string method, string pathTemplate, double elapsedMs, string errorType, int? statusCode, string? requestId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Operation} retry {Attempt} in {DelayMs} ms after status {StatusCode} / {ErrorType}")]
    private static partial void LogRetry(ILogger logger, string operation, int attempt, double delayMs, int? statusCode, string? errorType);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "{Operation} got {StatusCode}; retrying once with a refreshed management token")]
    private static partial void LogAuthRefresh(ILogger logger, string operation, int statusCode);

    [LoggerMessage(EventId = 5, Level = LogLevel.Trace, Message = "{Operation} response body: {Body}")]
    private static partial void LogBody(ILogger logger, string operation, string body);

    /// <summary>One operation's activity, timing and log lines.</summary>
    internal readonly struct OperationScope : IDisposable
    {
        private readonly HmsDiagnostics _owner;
        private readonly IHmsOperation _request;
        private readonly Activity? _activity;
        private readonly long _started;

        public OperationScope(HmsDiagnostics owner, IHmsOperation request, Activity? activity, long started)
        {
            _owner = owner;
            _request = request;
            _activity = activity;
            _started = started;
        }

        public void Completed(IHmsOperationResult response)
        {
            var elapsed = _owner._timeProvider.GetElapsedTime(_started);
            Record(elapsed, response.StatusCode, null);
            if (_activity is not null)
            {
                _activity.SetTag("http.response.status_code", response.StatusCode);
                _activity.SetTag("hms.request_id", response.RequestId);
                _activity.SetTag("http.request.resend_count", response.Attempts - 1);
                if (!response.IsSuccessStatusCode)
                {
                    _activity.SetStatus(ActivityStatusCode.Error);
                    _activity.SetTag("error.type", response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            if (_owner._logger.IsEnabled(LogLevel.Debug))
            {
                LogCompleted(_owner._logger, _request.Operation, _request.Method.Method, _request.PathTemplate, response.StatusCode, elapsed.TotalMilliseconds, response.Attempts, response.RequestId);
            }

            if (_owner.LogBodies && _owner._logger.IsEnabled(LogLevel.Trace))
            {
                LogBody(_owner._logger, _request.Operation, response.RedactedBody);
            }
        }

        public void Failed(Exception exception)
        {
            var elapsed = _owner._timeProvider.GetElapsedTime(_started);
            var status = (exception as HmsApiException)?.StatusCode;
            Record(elapsed, status, exception.GetType().Name);
            if (_activity is not null)
            {
                _activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
                _activity.SetTag("error.type", exception.GetType().FullName);
                if (status is not null)
                {
                    _activity.SetTag("http.response.status_code", status);
                }

                if (exception is HmsException { RequestId: { } requestId })
                {
                    _activity.SetTag("hms.request_id", requestId);
                }
            }

            LogFailed(_owner._logger, _request.Operation, _request.Method.Method, _request.PathTemplate, elapsed.TotalMilliseconds, exception.GetType().Name, status, (exception as HmsException)?.RequestId);
        }

        public void Dispose() => _activity?.Dispose();

        private void Record(TimeSpan elapsed, int? status, string? errorType)
        {
            if (!RequestDuration.Enabled)
            {
                return;
            }

            var tags = new TagList
            {
                { "hms.operation", _request.Operation },
                { "http.request.method", _request.Method.Method },
            };
            if (status is not null)
            {
                tags.Add("http.response.status_code", status);
            }

            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
            }

            RequestDuration.Record(elapsed.TotalSeconds, tags);
        }
    }
}
