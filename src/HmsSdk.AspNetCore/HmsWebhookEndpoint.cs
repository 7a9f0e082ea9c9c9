using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace HmsSdk.AspNetCore;

/// <summary>
/// The request pipeline of the webhook endpoint: verify, read (capped), parse, skip ids already handled, store, answer.
/// 200 is sent only after the store has the event (durably, with the SQLite store); a store failure or a full store is
/// 503, which 100ms retries (after 1 s, 3 s and 10 s).
/// </summary>
internal sealed class HmsWebhookEndpoint
{
    private static readonly Action<ILogger, string, Exception?> Rejected =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(20, "HmsWebhookRejected"), "Rejected a 100ms webhook request: {Reason}");

    private static readonly Action<ILogger, string, Exception?> Malformed =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(21, "HmsWebhookMalformed"), "Rejected a malformed 100ms webhook body: {Reason}");

    private static readonly Action<ILogger, string, string?, Exception?> QueueFull =
        LoggerMessage.Define<string, string?>(
            LogLevel.Warning,
            new EventId(22, "HmsWebhookQueueFull"),
            "The 100ms webhook store is full or the app is stopping; answered 503 for {EventType} {EventId} so 100ms retries it.");

    private static readonly Action<ILogger, string, string?, Exception?> StoreFailed =
        LoggerMessage.Define<string, string?>(
            LogLevel.Error,
            new EventId(24, "HmsWebhookStoreWriteFailed"),
            "Could not store 100ms webhook {EventType} {EventId}; answered 503 so 100ms retries it.");

    private static readonly Action<ILogger, string, string?, Exception?> Duplicate =
        LoggerMessage.Define<string, string?>(
            LogLevel.Debug,
            new EventId(25, "HmsWebhookDuplicate"),
            "100ms webhook {EventType} {EventId} was already received; answered 200 without storing it again.");

    private static readonly Action<ILogger, long, Exception?> TooLarge =
        LoggerMessage.Define<long>(LogLevel.Warning, new EventId(23, "HmsWebhookTooLarge"), "Rejected a 100ms webhook body larger than {MaxBodySize} bytes.");

    private readonly HmsWebhookReceiverOptions _options;
    private readonly IHmsWebhookStore _store;
    private readonly HmsWebhookDispatchService _dispatch;
    private readonly HmsWebhookDeduplicator _deduplicator;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public HmsWebhookEndpoint(
        HmsWebhookReceiverOptions options,
        IHmsWebhookStore store,
        HmsWebhookDispatchService dispatch,
        HmsWebhookDeduplicator deduplicator,
        TimeProvider time,
        ILogger logger)
    {
        _options = options;
        _store = store;
        _dispatch = dispatch;
        _deduplicator = deduplicator;
        _time = time;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        // Headers and address first: an unauthenticated body is never read or parsed.
        var remoteAddress = ResolveRemoteAddress(context);
        var verification = HmsWebhook.Verify(name => SingleHeader(context.Request.Headers, name), _options.Verification, remoteAddress);
        if (!verification.IsValid)
        {
            Rejected(_logger, verification.Message, null);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var body = await ReadBodyAsync(context, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            TooLarge(_logger, _options.MaxBodySize, null);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        HmsWebhookEvent webhookEvent;
        try
        {
            webhookEvent = HmsWebhook.Parse(body.AsSpan());
        }
        catch (HmsWebhookFormatException ex)
        {
            Malformed(_logger, ex.Message, null);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var type = webhookEvent.Type.ToString();
        if (!_dispatch.IsAccepting)
        {
            QueueFull(_logger, type, webhookEvent.Id, null);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (await _deduplicator.WasHandledAsync(webhookEvent.Id, context.RequestAborted).ConfigureAwait(false))
        {
            Duplicate(_logger, type, webhookEvent.Id, null);
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        HmsWebhookAppendResult stored;
        try
        {
            stored = await _store.AppendAsync(new HmsIncomingWebhook(webhookEvent.Id, type, body, _time.GetUtcNow()), context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The sender hung up: no answer reaches it, so it retries; a stored copy is then a duplicate.
            return;
        }
#pragma warning disable CA1031 // Any store failure becomes 503 so 100ms retries; it is logged with its exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            StoreFailed(_logger, type, webhookEvent.Id, ex);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        switch (stored)
        {
            case HmsWebhookAppendResult.Stored:
                _dispatch.Wake();
                context.Response.StatusCode = StatusCodes.Status200OK;
                break;
            case HmsWebhookAppendResult.Duplicate:
                Duplicate(_logger, type, webhookEvent.Id, null);
                context.Response.StatusCode = StatusCodes.Status200OK;
                break;
            default:
                QueueFull(_logger, type, webhookEvent.Id, null);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                break;
        }
    }

    private IPAddress? ResolveRemoteAddress(HttpContext context)
    {
        if (_options.TrustForwardedFor
            && context.Request.Headers.TryGetValue("X-Forwarded-For", out var forwarded)
            && LastForwardedAddress(forwarded) is { } fromProxy)
        {
            return fromProxy;
        }

        return context.Connection.RemoteIpAddress;
    }

    // The right-most entry is the one the nearest (trusted) proxy appended; entries left of it are client-supplied.
    private static IPAddress? LastForwardedAddress(StringValues values)
    {
        var last = values
            .SelectMany(value => (value ?? string.Empty).Split(','))
            .Select(part => part.Trim())
            .LastOrDefault(part => part.Length > 0);
        return last is not null && IPAddress.TryParse(last, out var address) ? address : null;
    }

    // A header sent twice is never a match: joined values would differ from the secret anyway, so say so plainly.
    private static string? SingleHeader(IHeaderDictionary headers, string name)
    {
        if (!headers.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        return values.Count == 1 ? values[0] : string.Empty;
    }

    private async Task<byte[]?> ReadBodyAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        var limit = _options.MaxBodySize;
        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false } && (sizeFeature.MaxRequestBodySize is null || sizeFeature.MaxRequestBodySize > limit))
        {
            // Let the server stop a chunked upload at the cap too; +1 so the copy below can see the overflow.
            sizeFeature.MaxRequestBodySize = limit + 1;
        }

        using var buffer = new MemoryStream(context.Request.ContentLength is > 0 and var length ? (int)Math.Min(length, limit) : 4096);
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }
}
