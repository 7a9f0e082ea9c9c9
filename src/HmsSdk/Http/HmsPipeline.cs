using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using HmsSdk.Serialization;

namespace HmsSdk.Http;

/// <summary>Everything the pipeline needs, resolved and validated once per client.</summary>
internal sealed class PipelineSettings
{
    public required HttpClient HttpClient { get; init; }

    public required string BaseUri { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    public required HmsRetryOptions Retry { get; init; }

    public required string UserAgent { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(180);

    public int MaxResponseBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Returns the management token; <c>staleToken</c> non-null asks for a token other than the one that was rejected.</summary>
    public required Func<string?, string> ManagementToken { get; init; }

    public HmsDiagnostics Diagnostics { get; init; } = HmsDiagnostics.Disabled;

    public ClientLifetime Lifetime { get; init; } = new();
}

/// <summary>
/// The one HTTP pipeline every service shares: auth header, User-Agent, JSON, per-attempt timeout,
/// the 401/403 token refresh, Polly retries and error mapping.
/// </summary>
internal sealed class HmsPipeline
{
    // One mutable object per call instead of four properties: Polly's property bag boxes value types.
    private static readonly ResiliencePropertyKey<CallState> CallKey = new("hms.call");

    private readonly PipelineSettings _settings;
    private readonly ResiliencePipeline<HmsResponse> _retryPipeline;
    private BearerHeader? _bearer;

    public HmsPipeline(PipelineSettings settings)
    {
        _settings = settings;
        _retryPipeline = BuildRetryPipeline(settings);
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
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends and returns the raw success response; non-success statuses throw.</summary>
    public Task<HmsResponse> SendAsync(HmsRequest request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, throwOnErrorStatus: true, poolBody: false, cancellationToken);

    /// <summary>Sends with retries and returns the final response whatever its status; transport failures throw.</summary>
    public Task<HmsResponse> SendRawAsync(HmsRequest request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, throwOnErrorStatus: false, poolBody: false, cancellationToken);

    private async Task<HmsResponse> SendCoreAsync(HmsRequest request, bool throwOnErrorStatus, bool poolBody, CancellationToken cancellationToken)
    {
        _settings.Lifetime.ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        using var scope = _settings.Diagnostics.StartOperation(request);
        var maxRetries = request.Options?.MaxRetries ?? _settings.Retry.MaxRetries;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(CallKey, new CallState(request, maxRetries, poolBody));
            var outcome = await _retryPipeline.ExecuteOutcomeAsync(
                static (ctx, self) => self.SendAttemptAsync(ctx),
                context,
                this).ConfigureAwait(false);
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
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
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

    private async ValueTask<Outcome<HmsResponse>> SendAttemptAsync(ResilienceContext context)
    {
        var call = context.Properties.GetValue(CallKey, null!);
        var request = call.Request;
        var attempt = ++call.Attempts;
        try
        {
            var token = TokenFor(request, staleToken: null);
            var response = await SendOnceAsync(request, token, attempt, call.PoolBody, context.CancellationToken).ConfigureAwait(false);
            if (response.StatusCode is 401 or 403 && request.Auth == RequestAuth.Management &&
                _settings.Retry.RefreshTokenOnAuthFailure && !call.AuthRefreshed)
            {
                // Node parity: one retry with a freshly minted token, outside the retry budget.
                call.AuthRefreshed = true;
                _settings.Diagnostics.AuthRefresh(request, response.StatusCode);
                token = TokenFor(request, staleToken: token);
                response = await SendOnceAsync(request, token, attempt, call.PoolBody, context.CancellationToken).ConfigureAwait(false);
            }

            return Outcome.FromResult(response);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return Outcome.FromException<HmsResponse>(ex);
        }
    }

    private string? TokenFor(HmsRequest request, string? staleToken) => request.Auth switch
    {
        RequestAuth.Management => _settings.ManagementToken(staleToken),
        RequestAuth.Bearer => request.BearerToken,
        _ => null,
    };

    private async Task<HmsResponse> SendOnceAsync(HmsRequest request, string? token, int attempt, bool poolBody, CancellationToken cancellationToken)
    {
        var timeout = request.Options?.Timeout ?? _settings.Timeout;
        using var timeoutSource = timeout == Timeout.InfiniteTimeSpan ? null : CreateTimeoutSource(timeout);
        // A caller token that can never cancel needs no linking: the timeout's own token is enough (one CTS, not two).
        using var linked = timeoutSource is null || !cancellationToken.CanBeCanceled
            ? null
            : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var attemptToken = linked?.Token ?? timeoutSource?.Token ?? cancellationToken;
        using var message = BuildMessage(request, token);
        try
        {
            using var response = await _settings.HttpClient
                .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptToken)
                .ConfigureAwait(false);
            var body = await ReadBodyAsync(response, poolBody, attemptToken).ConfigureAwait(false);
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
    }

    private CancellationTokenSource CreateTimeoutSource(TimeSpan timeout)
    {
#if NET8_0_OR_GREATER
        return new CancellationTokenSource(timeout, _settings.TimeProvider);
#else
        return _settings.TimeProvider.CreateCancellationTokenSource(timeout);
#endif
    }

    private HttpRequestMessage BuildMessage(HmsRequest request, string? token)
    {
        var uri = request.AbsoluteUri ?? BuildUri(request);
        var message = new HttpRequestMessage(request.Method, uri);
        var headers = message.Headers;
        if (token is not null)
        {
            headers.TryAddWithoutValidation("Authorization", BearerValue(token));
        }

        headers.TryAddWithoutValidation("Accept", "application/json");
        headers.TryAddWithoutValidation("User-Agent", _settings.UserAgent);
        if (request.Options is { } options)
        {
            foreach (var header in options.Headers)
            {
                if (!header.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase) &&
                    !header.Key.Equals("User-Agent", StringComparison.OrdinalIgnoreCase))
                {
                    headers.Remove(header.Key);
                    headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
        }

        if (request.Body is { } body)
        {
            var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            message.Content = content;
        }

        return message;
    }

    private Uri BuildUri(HmsRequest request)
    {
        var query = request.Query?.ToString();
        var text = string.IsNullOrEmpty(query)
            ? _settings.BaseUri + "/" + request.Path.Value
            : _settings.BaseUri + "/" + request.Path.Value + "?" + query;
        return new Uri(text, UriKind.Absolute);
    }

    // The "Bearer <jwt>" string changes once a day; cache it so each request does not concatenate again.
    private string BearerValue(string token)
    {
        var cached = Volatile.Read(ref _bearer);
        if (cached is not null && ReferenceEquals(cached.Token, token))
        {
            return cached.Value;
        }

        var fresh = new BearerHeader(token);
        Volatile.Write(ref _bearer, fresh);
        return fresh.Value;
    }

    private async Task<BufferedBody> ReadBodyAsync(HttpResponseMessage response, bool pooled, CancellationToken cancellationToken)
    {
        var content = response.Content;
        if (content is null)
        {
            return new BufferedBody(Array.Empty<byte>());
        }

        var max = _settings.MaxResponseBytes;
        var declared = content.Headers.ContentLength;
        if (declared is { } length && length > max)
        {
            throw new HmsTransportException($"The response body ({length} bytes) exceeds MaxResponseBytes ({max}).", null);
        }

#if NET5_0_OR_GREATER
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        if (declared is { } expected)
        {
            // The usual case: read straight into one array of the announced size (no growth copies, no scratch chunk).
            var size = (int)expected;
            var usePool = pooled && size > 0;
            var body = size == 0 ? Array.Empty<byte>() : usePool ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];
            var handedOver = false;
            try
            {
                var filled = 0;
                int read;
                while (filled < size && (read = await ReadAsync(stream, body, filled, size - filled, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    filled += read;
                }

                if (filled < size)
                {
                    // Shorter than announced: keep what arrived, as the growing reader did.
                    return new BufferedBody(body.AsSpan(0, filled).ToArray());
                }

                // More than announced (only a custom handler can do this): fall through to the growing reader.
                var probe = ArrayPool<byte>.Shared.Rent(1024);
                try
                {
                    read = await ReadAsync(stream, probe, 0, probe.Length, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        handedOver = true;
                        return new BufferedBody(body, size, usePool);
                    }

                    var whole = await ReadRemainingAsync(stream, body.AsMemory(0, size), probe.AsMemory(0, read), max, cancellationToken).ConfigureAwait(false);
                    return new BufferedBody(whole);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(probe);
                }
            }
            finally
            {
                if (usePool && !handedOver)
                {
                    ArrayPool<byte>.Shared.Return(body);
                }
            }
        }

        return new BufferedBody(await ReadRemainingAsync(stream, ReadOnlyMemory<byte>.Empty, ReadOnlyMemory<byte>.Empty, max, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Reads a body of unknown length into pooled buffers, then copies it once into an exact-size array.</summary>
    private static async Task<byte[]> ReadRemainingAsync(Stream stream, ReadOnlyMemory<byte> head, ReadOnlyMemory<byte> next, int max, CancellationToken cancellationToken)
    {
        var total = (long)head.Length + next.Length;
        if (total > max)
        {
            throw new HmsTransportException($"The response body exceeds MaxResponseBytes ({max}).", null);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(4096, Math.Min(max, total * 2)));
        try
        {
            head.Span.CopyTo(buffer);
            next.Span.CopyTo(buffer.AsSpan(head.Length));
            var length = (int)total;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)max + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await ReadAsync(stream, buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                if ((long)length + read > max)
                {
                    throw new HmsTransportException($"The response body exceeds MaxResponseBytes ({max}).", null);
                }

                length += read;
            }

            return length == 0 ? Array.Empty<byte>() : buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ValueTask<int> ReadAsync(Stream stream, byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
#if NET5_0_OR_GREATER
        return stream.ReadAsync(buffer.AsMemory(offset, count), cancellationToken);
#else
        return new ValueTask<int>(stream.ReadAsync(buffer, offset, count, cancellationToken));
#endif
    }

    private static ResiliencePipeline<HmsResponse> BuildRetryPipeline(PipelineSettings settings)
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
            ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Context, args.Outcome, args.AttemptNumber, retry)),
            DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result?.RetryAfter),
            OnRetry = args =>
            {
                settings.Diagnostics.Retry(args.Context.Properties.GetValue(CallKey, null!).Request, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Result?.StatusCode, args.Outcome.Exception);
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

    private static bool ShouldRetry(ResilienceContext context, Outcome<HmsResponse> outcome, int attemptNumber, HmsRetryOptions retry)
    {
        var call = context.Properties.GetValue(CallKey, null!);
        var request = call.Request;
        var maxRetries = call.MaxRetries;
        if (attemptNumber >= maxRetries || context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        if (outcome.Exception is { } exception)
        {
            return RetryClassifier.ShouldRetry(request, exception);
        }

        var response = outcome.Result!;
        if (response.RetryAfter is { } retryAfter && retryAfter > retry.MaxDelay)
        {
            // Waiting longer than the caller allows is worse than failing with the server's Retry-After.
            return false;
        }

        return RetryClassifier.ShouldRetry(request, response);
    }

    /// <summary>A buffered body: <see cref="Array"/> holds <see cref="Length"/> bytes; a pooled array is rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
    private readonly struct BufferedBody
    {
        public BufferedBody(byte[] array)
            : this(array, array.Length, pooled: false)
        {
        }

        public BufferedBody(byte[] array, int length, bool pooled)
        {
            Array = array;
            Length = length;
            Pooled = pooled;
        }

        public byte[] Array { get; }

        public int Length { get; }

        public bool Pooled { get; }
    }

    /// <summary>Per-call state shared by the attempts of one call.</summary>
    private sealed class CallState
    {
        public CallState(HmsRequest request, int maxRetries, bool poolBody)
        {
            Request = request;
            MaxRetries = maxRetries;
            PoolBody = poolBody;
        }

        /// <summary>Whether attempts may read the body into a pooled buffer (only the typed SendAsync returns it).</summary>
        public bool PoolBody { get; }

        public HmsRequest Request { get; }

        public int MaxRetries { get; }

        /// <summary>Attempts started so far.</summary>
        public int Attempts { get; set; }

        /// <summary>True once the one 401/403 token refresh has been used.</summary>
        public bool AuthRefreshed { get; set; }
    }

    private sealed class BearerHeader
    {
        public BearerHeader(string token)
        {
            Token = token;
            Value = "Bearer " + token;
        }

        public string Token { get; }

        public string Value { get; }
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
