using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace HmsSdk.Http;

/// <summary>The Polly retry strategy of the pipeline: back-off, <c>Retry-After</c>, per-call retry budgets.</summary>
internal static class RetryPolicy
{
    public static ResiliencePipeline<HmsResponse> Build(PipelineSettings settings)
    {
        var retry = settings.Retry;
        // The strategy stays even with MaxRetries = 0: per-call overrides may still ask for retries.
        var options = new RetryStrategyOptions<HmsResponse>
        {
            MaxRetryAttempts = 20,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = retry.UseJitter,
            Delay = retry.Delay,
            MaxDelay = retry.MaxDelay,
            ShouldHandle = args => new ValueTask<bool>(ShouldRetry(PipelineCall.Of(args.Context), args.Outcome, args.AttemptNumber, args.Context.CancellationToken, retry)),
            DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result?.RetryAfter),
            OnRetry = args =>
            {
                settings.Diagnostics.Retry(PipelineCall.Of(args.Context).Request, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Result?.StatusCode, args.Outcome.Exception);
                // The abandoned attempt's body is already buffered; nothing to dispose.
                return default;
            },
        };
        if (retry.Randomizer is { } randomizer)
        {
            options.Randomizer = randomizer;
        }

        return new ResiliencePipelineBuilder<HmsResponse> { TimeProvider = settings.TimeProvider }
            .AddRetry(options)
            .Build();
    }

    /// <summary>Whether the outcome of attempt <paramref name="attemptNumber"/> (0 = the first) is worth another attempt.</summary>
    public static bool ShouldRetry(PipelineCall call, Outcome<HmsResponse> outcome, int attemptNumber, CancellationToken cancellationToken, HmsRetryOptions retry)
    {
        if (attemptNumber >= call.MaxRetries || cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        if (outcome.Exception is { } exception)
        {
            return RetryClassifier.ShouldRetry(call.Request, exception);
        }

        var response = outcome.Result!;
        if (response.RetryAfter is { } retryAfter && retryAfter > retry.MaxDelay)
        {
            // Waiting longer than the caller allows is worse than failing with the server's Retry-After.
            return false;
        }

        return RetryClassifier.ShouldRetry(call.Request, response);
    }
}

/// <summary>Which failures are worth another attempt, by method.</summary>
internal static class RetryClassifier
{
    public static bool ShouldRetry(HmsRequest request, HmsResponse response)
    {
        var status = response.StatusCode;
        if (request.IsIdempotent)
        {
            return status is 408 or 429 or 500 or 502 or 503 or 504;
        }

        // A POST may already have changed state; repeat it only where the server says it did not act.
        return status == 429 || (status == 503 && response.RetryAfter is not null);
    }

    public static bool ShouldRetry(HmsRequest request, Exception exception)
    {
        if (exception is HmsTimeoutException)
        {
            return request.IsIdempotent;
        }

        if (exception is HttpRequestException httpException)
        {
            return request.IsIdempotent || IsConnectFailure(httpException);
        }

        if (exception is IOException)
        {
            return request.IsIdempotent;
        }

        return false;
    }

    /// <summary>True when the request provably never left the machine (refused, unreachable, DNS).</summary>
    public static bool IsConnectFailure(HttpRequestException exception)
    {
#if NET8_0_OR_GREATER
        if (exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            return true;
        }
#endif
        for (Exception? inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket &&
                socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable)
            {
                return true;
            }
        }

        return false;
    }
}
