using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmsSdk.AspNetCore;

/// <summary>
/// Remembers handled envelope ids in the <see cref="IDistributedCache"/> for <see cref="HmsWebhookReceiverOptions.DeduplicationWindow"/>.
/// The cache has no atomic "add if absent", so this suppresses a duplicate that arrives after the first copy was handled,
/// not two copies handled at the same moment on two instances. A cache failure is logged and never blocks delivery:
/// the event is handled (at least once beats at most once).
/// </summary>
internal sealed class HmsWebhookDeduplicator
{
    private static readonly byte[] Marker = { 1 };

    private static readonly Action<ILogger, string, Exception?> CacheFailed =
        LoggerMessage.Define<string>(
            LogLevel.Warning,
            new EventId(40, "HmsWebhookDeduplicationCacheFailed"),
            "The distributed cache failed while {Operation}; duplicates of this event may be handled again.");

    private readonly IDistributedCache _cache;
    private readonly ILogger<HmsWebhookDeduplicator> _logger;
    private readonly HmsWebhookReceiverOptions _options;

    public HmsWebhookDeduplicator(IDistributedCache cache, ILogger<HmsWebhookDeduplicator> logger, IOptions<HmsWebhookReceiverOptions> options)
    {
        _cache = cache;
        _logger = logger;
        _options = options.Value;
    }

    public async Task<bool> WasHandledAsync(string? eventId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(eventId))
        {
            return false;
        }

        try
        {
            return await _cache.GetAsync(_options.DeduplicationKeyPrefix + eventId, cancellationToken).ConfigureAwait(false) is not null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            CacheFailed(_logger, "checking an event id", ex);
            return false;
        }
    }

    public async Task MarkHandledAsync(string? eventId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(eventId))
        {
            return;
        }

        try
        {
            await _cache.SetAsync(
                _options.DeduplicationKeyPrefix + eventId,
                Marker,
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = _options.DeduplicationWindow },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            CacheFailed(_logger, "recording a handled event id", ex);
        }
    }
}
