using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using HmsSdk.Serialization;

namespace HmsSdk.Http;

/// <summary>
/// The one HTTP pipeline every service shares: auth header, User-Agent, JSON, per-attempt timeout,
/// the 401/403 token refresh, Polly retries and error mapping.
/// </summary>
internal sealed class HmsPipeline
{
    private readonly PipelineSettings _settings;
    private readonly ResiliencePipeline<HmsResponse> _retryPipeline;
    private readonly RequestMessageFactory _messages;
    private readonly AttemptTimeoutSources _timeouts;

    public HmsPipeline(PipelineSettings settings)
    {
        _settings = settings;
        _retryPipeline = RetryPolicy.Build(settings);
        _messages = new RequestMessageFactory(settings.BaseUri, settings.UserAgent);
        _timeouts = new AttemptTimeoutSources(settings.TimeProvider);
    }

    public PipelineSettings Settings => _settings;

    /// <summary>Sends and deserializes a success body; non-success statuses throw the mapped exception.</summary>
    public async Task<T> SendAsync<T>(HmsRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        // Nobody but this method sees the response unless the caller hooks OnResponse, so its body can live in a pooled
        // buffer that goes back once the model is read (on failure it stays with the exception, unpooled).
        var poolBody = request.Options?.OnResponse is null;
        var response = await SendCoreAsync(request, throwOnErrorStatus: true, poolBody, cancellationToken).ConfigureAwait(false);
        var value = Deserialize(response, responseType, request);
        response.ReturnPooledBody();
        return value;
    }

    /// <summary>Sends and ignores the success body; non-success statuses throw.</summary>
    public async Task SendWithoutResultAsync(HmsRequest request, CancellationToken cancellationToken)
    {
        await SendCoreAsync(request, throwOnErrorStatus: true, poolBody: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends and returns the raw success response; non-success statuses throw.</summary>
    public Task<HmsResponse> SendAsync(HmsRequest request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, throwOnErrorStatus: true, poolBody: false, cancellationToken).AsTask();

    /// <summary>
    /// Sends and returns the success response with its body in a pooled buffer when nobody else can see it (no
    /// <see cref="HmsRequestOptions.OnResponse"/>); the caller calls <see cref="HmsResponse.ReturnPooledBody"/> after its last read.
    /// </summary>
    public ValueTask<HmsResponse> SendPooledAsync(HmsRequest request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, throwOnErrorStatus: true, poolBody: request.Options?.OnResponse is null, cancellationToken);

    /// <summary>Sends with retries and returns the final response whatever its status; transport failures throw.</summary>
    public Task<HmsResponse> SendRawAsync(HmsRequest request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, throwOnErrorStatus: false, poolBody: false, cancellationToken).AsTask();

    // SendCoreAsync, SendOnceAsync and ResponseBodyReader return ValueTask: with a handler that answers synchronously
    // (in-memory, or data already buffered) each Task<T> was an allocation per call (alloc-profile retrieve:
    // 4,397 to 4,096 B per call, Task<BufferedBody> and Task<HmsResponse> gone).
    private async ValueTask<HmsResponse> SendCoreAsync(HmsRequest request, bool throwOnErrorStatus, bool poolBody, CancellationToken cancellationToken)
    {
        _settings.Lifetime.ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        using var scope = _settings.Diagnostics.StartOperation(request);
        var maxRetries = request.Options?.MaxRetries ?? _settings.Retry.MaxRetries;
        var call = new PipelineCall(request, maxRetries, poolBody);
        // The first attempt runs outside Polly: most calls succeed, or fail for good, on it. Only an outcome worth a
        // retry enters the retry strategy, which replays it as its own first attempt, so back-off, Retry-After, OnRetry
        // and attempt numbers are exactly those of a call Polly made from the start. retrieve-ratio (SDK / hand-written
        // retrieve, six alternating processes each): median 1.21x with Polly around every attempt, 1.14x with this; bytes
        // per call unchanged (3,637 B).
        var outcome = await SendAttemptAsync(call, cancellationToken).ConfigureAwait(false);
        if (RetryPolicy.ShouldRetry(call, outcome, attemptNumber: 0, cancellationToken, _settings.Retry))
        {
            outcome = await RetryAsync(call, outcome, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.Exception is { } exception)
        {
            var mapped = HmsErrorMapper.WrapTransport(exception, request);
            scope.Failed(mapped);
            if (ReferenceEquals(mapped, exception))
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception).Throw();
            }

            throw mapped;
        }

        var response = outcome.Result!;
        request.Options?.OnResponse?.Invoke(response);
        if (throwOnErrorStatus && !response.IsSuccessStatusCode)
        {
            var error = HmsErrorMapper.ToException(response, request.Operation, request.Method);
            scope.Failed(error);
            throw error;
        }

        scope.Completed(response);
        return response;
    }

    /// <summary>Runs the retry strategy for a call whose first attempt asked for a retry.</summary>
    private async ValueTask<Outcome<HmsResponse>> RetryAsync(PipelineCall call, Outcome<HmsResponse> firstAttempt, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            call.AttachTo(context);
            call.ReplayFirstAttempt(context, firstAttempt);
            return await _retryPipeline.ExecuteOutcomeAsync(RetryAttemptAsync, context, this).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One attempt inside Polly: the first replays the outcome made before Polly was entered.</summary>
    private static ValueTask<Outcome<HmsResponse>> RetryAttemptAsync(ResilienceContext context, HmsPipeline self)
    {
        var call = PipelineCall.Of(context);
        return call.TakeFirstAttempt(context) is { } first
            ? new ValueTask<Outcome<HmsResponse>>(first)
            : self.SendAttemptAsync(call, context.CancellationToken);
    }

    internal static T Deserialize<T>(HmsResponse response, JsonTypeInfo<T> typeInfo, HmsRequest request)
    {
        T? value;
        try
        {
            value = response.Content.Length == 0 ? default : JsonSerializer.Deserialize(response.Content.Span, typeInfo);
        }
        catch (JsonException ex)
        {
            // Off the happy path only: a field that drifted from the model costs that field, not the call.
            if (!DriftTolerantReader.TryRead(response.Content, typeInfo, ex, out value, out var repairs))
            {
                throw HmsErrorMapper.ToSerializationException(response, request.Operation, $"{request.Operation} returned a body that is not valid JSON for {typeof(T).Name}.", ex);
            }

            response.DriftWarnings?.Report(request.Operation, repairs);
        }

        return value ?? throw HmsErrorMapper.ToSerializationException(
            response,
            request.Operation,
            response.Content.Length == 0
                ? $"{request.Operation} returned an empty body where {typeof(T).Name} was expected."
                : $"{request.Operation} returned JSON null where {typeof(T).Name} was expected.",
            null);
    }

    /// <summary>One attempt (with its one 401/403 token refresh); every failure is returned as the outcome, never thrown.</summary>
    private async ValueTask<Outcome<HmsResponse>> SendAttemptAsync(PipelineCall call, CancellationToken cancellationToken)
    {
        var request = call.Request;
        var attempt = ++call.Attempts;
        try
        {
            var token = TokenFor(request, staleToken: null);
            var response = await SendOnceAsync(request, token, attempt, call.PoolBody, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is 401 or 403 && request.Auth == RequestAuth.Management &&
                _settings.Retry.RefreshTokenOnAuthFailure && !call.AuthRefreshed)
            {
                // Node parity: one retry with a freshly minted token, outside the retry budget.
                call.AuthRefreshed = true;
                _settings.Diagnostics.AuthRefresh(request, response.StatusCode);
                token = TokenFor(request, staleToken: token);
                response = await SendOnceAsync(request, token, attempt, call.PoolBody, cancellationToken).ConfigureAwait(false);
            }

            return Outcome.FromResult(response);
        }
        catch (Exception ex)
        {
            // Polly turns a thrown exception into an outcome too; the caller's cancellation is never retried (ShouldRetry).
            return Outcome.FromException<HmsResponse>(ex);
        }
    }

    private string? TokenFor(HmsRequest request, string? staleToken) => request.Auth switch
    {
        RequestAuth.Management => _settings.ManagementToken(staleToken),
        RequestAuth.Bearer => request.BearerToken,
        _ => null,
    };

    private async ValueTask<HmsResponse> SendOnceAsync(HmsRequest request, string? token, int attempt, bool poolBody, CancellationToken cancellationToken)
    {
        var timeout = request.Options?.Timeout ?? _settings.Timeout;
        var timeoutSource = timeout == Timeout.InfiniteTimeSpan ? null : _timeouts.Rent(timeout);
        // A caller token that can never cancel needs no linking: the timeout's own token is enough (one CTS, not two).
        var linked = timeoutSource is null || !cancellationToken.CanBeCanceled
            ? null
            : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var attemptToken = linked?.Token ?? timeoutSource?.Token ?? cancellationToken;
        try
        {
            using var message = _messages.Create(request, token);
            using var response = await SendMessageAsync(message, attemptToken).ConfigureAwait(false);
            var body = await ResponseBodyReader.ReadAsync(response, poolBody, _settings.MaxResponseBytes, attemptToken).ConfigureAwait(false);
            var result = new HmsResponse(response, body.Array, body.Length, body.Pooled, attempt)
            {
                RetryAfter = HmsErrorMapper.ParseRetryAfter(response, _settings.TimeProvider),
                DriftWarnings = _settings.Diagnostics.Drift,
            };
            return result;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex.CancellationToken != cancellationToken)
        {
            // Report the caller's own token, not the linked one the attempt used.
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Ours or HttpClient.Timeout fired, not the caller: report a timeout, keeping the cause.
            var elapsed = timeoutSource?.IsCancellationRequested == true ? timeout : (TimeSpan?)null;
            throw new HmsTimeoutException(
                $"{request.Operation} timed out after {(elapsed ?? timeout).TotalSeconds:0.###} s (attempt {attempt}).",
                new TimeoutException(ex.Message, ex))
            {
                Operation = request.Operation,
                Timeout = elapsed ?? timeout,
            };
        }
        finally
        {
            linked?.Dispose();
            if (timeoutSource is not null)
            {
                _timeouts.Return(timeoutSource);
            }
        }
    }

    /// <summary>
    /// Sends through the caller's <see cref="HttpClient"/> when one was injected (its handlers, default headers and timeout
    /// apply), else straight to the SDK's own handler through an <see cref="HttpMessageInvoker"/>.
    /// </summary>
    /// <remarks>
    /// HttpClient.SendAsync links a CancellationTokenSource of its own (the caller's token with its pending-requests
    /// source) whenever the token can cancel, and the per-attempt timeout makes it always cancellable; the invoker adds
    /// nothing (alloc-profile retrieve, sampled: the linked source ~77 B, its callback node ~91 B and registrations ~65 B
    /// per call; with the pooled timeout sources 4,096 to 3,720 B per call, and retrieve-ratio median 1.43x to 1.29x of the
    /// hand-written call, all four retrieve changes together, load average 23-30).
    /// </remarks>
    private Task<HttpResponseMessage> SendMessageAsync(HttpRequestMessage message, CancellationToken attemptToken) =>
        _settings.Transport is HttpClient client
            ? client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptToken)
            : SendThroughInvokerAsync(_settings.Transport, message, attemptToken);

    private static async Task<HttpResponseMessage> SendThroughInvokerAsync(HttpMessageInvoker invoker, HttpRequestMessage message, CancellationToken attemptToken)
    {
        try
        {
            return await invoker.SendAsync(message, attemptToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The HTTP handler did not return a response message.");
        }
        catch (HttpRequestException ex) when (attemptToken.IsCancellationRequested)
        {
            // As HttpClient does: a transport failure racing a cancellation is the cancellation (timeout or caller).
            throw new OperationCanceledException(ex.Message, ex, attemptToken);
        }
    }
}
