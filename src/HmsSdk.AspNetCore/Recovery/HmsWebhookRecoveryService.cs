using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmsSdk.AspNetCore;

/// <summary>
/// Recovers deliveries this app missed (it was down, answered 503 too long, or the network failed): on start and every
/// <see cref="HmsWebhookRecoveryOptions.Interval"/> it walks the time since its checkpoint in windows of at most 14 days,
/// counts failed deliveries in the 100ms webhook history (<c>GET /analytics/webhooks?status=failed</c>) and, where there
/// are any, asks the replay API (<c>POST /analytics/webhooks/replay</c>, status <c>failed</c>) to send them again, one
/// workflow at a time (at most 50,000 webhooks each, waiting for it to finish), then advances the checkpoint in the store.
/// Replayed events arrive at the endpoint with <c>is_replay: true</c> and go through the same store and de-duplication.
/// </summary>
public sealed class HmsWebhookRecoveryService : BackgroundService
{
    private const int MaxReplayBatch = 50_000;
    private const int MaxWindowRetries = 3;

    private static readonly Action<ILogger, long, DateTimeOffset, int, Exception?> ReplayFailed =
        LoggerMessage.Define<long, DateTimeOffset, int>(
            LogLevel.Warning,
            new EventId(54, "HmsWebhookRecoveryReplayFailed"),
            "{Count} replayed 100ms webhooks of the window from {From:O} were not accepted (run {Run} of 3); after the third run the window is given up.");

    private static readonly Action<ILogger, DateTimeOffset, DateTimeOffset, Exception?> HistoryGap =
        LoggerMessage.Define<DateTimeOffset, DateTimeOffset>(
            LogLevel.Error,
            new EventId(50, "HmsWebhookRecoveryGap"),
            "100ms webhook recovery resumed after more than 30 days: deliveries that failed between {From:O} and {To:O} are beyond the history and cannot be replayed.");

    private static readonly Action<ILogger, long, DateTimeOffset, DateTimeOffset, Exception?> Replaying =
        LoggerMessage.Define<long, DateTimeOffset, DateTimeOffset>(
            LogLevel.Information,
            new EventId(51, "HmsWebhookRecoveryReplaying"),
            "Asking 100ms to replay {Count} failed webhook deliveries between {From:O} and {To:O}.");

    private static readonly Action<ILogger, TimeSpan, Exception?> RateLimited =
        LoggerMessage.Define<TimeSpan>(
            LogLevel.Warning,
            new EventId(52, "HmsWebhookRecoveryRateLimited"),
            "The 100ms webhook history or replay API is rate limiting; waiting {Delay}.");

    private static readonly Action<ILogger, Exception?> RunFailed =
        LoggerMessage.Define(
            LogLevel.Error,
            new EventId(53, "HmsWebhookRecoveryFailed"),
            "100ms webhook recovery failed; the checkpoint was kept and the next run starts from it.");

    private readonly IHmsClient _client;
    private readonly IHmsWebhookStore _store;
    private readonly TimeProvider _time;
    private readonly HmsWebhookRecoveryOptions _options;
    private readonly ILogger<HmsWebhookRecoveryService> _logger;
    private readonly SemaphoreSlim _single = new(1, 1);
    private readonly IHostApplicationLifetime? _lifetime;

    /// <summary>Creates the service (DI does this).</summary>
    /// <param name="services">The app's services: an <see cref="IHmsClient"/> and the webhook store are required.</param>
    /// <param name="time">The clock for windows and waits.</param>
    /// <param name="options">The recovery settings.</param>
    /// <param name="logger">The logger.</param>
    /// <exception cref="InvalidOperationException">No <see cref="IHmsClient"/> or no store is registered, or the options are invalid.</exception>
    public HmsWebhookRecoveryService(IServiceProvider services, TimeProvider time, IOptions<HmsWebhookRecoveryOptions> options, ILogger<HmsWebhookRecoveryService> logger)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        _client = (IHmsClient?)services.GetService(typeof(IHmsClient))
            ?? throw new InvalidOperationException("100ms webhook recovery calls the history and replay APIs: register a client with services.AddHmsClient(...).");
        _store = new HmsWebhookStoreAccessor(services).Store;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
        _options.Validate();
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _lifetime = (IHostApplicationLifetime?)services.GetService(typeof(IHostApplicationLifetime));
    }

    /// <summary>
    /// Runs one recovery pass now (the service also runs them on its schedule; passes never overlap).
    /// </summary>
    /// <param name="cancellationToken">Stops the pass; the checkpoint keeps what was completed.</param>
    /// <returns>What the pass did.</returns>
    /// <exception cref="HmsException">The history or replay API failed (other than rate limiting, which is waited out).</exception>
    public async Task<HmsWebhookRecoveryRun> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await _single.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RecoverAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _single.Release();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _single.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Replays are sent to this app: ask for them only once it is listening.
        if (_lifetime is not null && !_lifetime.ApplicationStarted.IsCancellationRequested)
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (_lifetime.ApplicationStarted.Register(static s => ((TaskCompletionSource)s!).TrySetResult(), started))
            using (stoppingToken.Register(static s => ((TaskCompletionSource)s!).TrySetCanceled(), started))
            {
                try
                {
                    await started.Task.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed pass is logged and retried at the next interval from the same checkpoint.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                RunFailed(_logger, ex);
            }

            try
            {
                await Task.Delay(_options.Interval, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<HmsWebhookRecoveryRun> RecoverAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        // Whole milliseconds: the APIs take millisecond timestamps, and the checkpoint must be exactly the bound that was asked.
        var end = WholeMilliseconds(now - _options.SettleDelay);
        // A margin inside the 30 days so a window start does not fall out of reach while the requests are under way.
        var oldest = now - HmsWebhookRecoveryOptions.HistoryReach + TimeSpan.FromMinutes(10);
        var stored = await _store.GetCheckpointAsync(_options.CheckpointName, cancellationToken).ConfigureAwait(false);
        var start = stored is not null && DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var checkpoint)
            ? checkpoint
            : WholeMilliseconds(now - _options.InitialLookback);
        DateTimeOffset? gap = null;
        if (start < oldest)
        {
            HistoryGap(_logger, start, oldest, null);
            gap = start;
            start = WholeMilliseconds(oldest);
        }

        var from = start;
        long failed = 0;
        var replays = 0;
        while (start < end)
        {
            var windowEnd = start + HmsWebhookRecoveryOptions.MaxWindow < end ? start + HmsWebhookRecoveryOptions.MaxWindow : end;
            var windowStart = start;
            var count = await RateLimitedAsync(ct => CountFailedAsync(windowStart, windowEnd, ct), cancellationToken).ConfigureAwait(false);
            if (count > 0)
            {
                failed += count;
                Replaying(_logger, count, windowStart, windowEnd, null);
                for (var offset = 0L; offset < count; offset += MaxReplayBatch)
                {
                    var batchOffset = (int)offset;
                    var started = await RateLimitedAsync(
                        ct => _client.Analytics.ReplayWebhooksAsync(
                            new WebhookReplayOptions
                            {
                                StartTime = windowStart,
                                EndTime = windowEnd,
                                Status = WebhookDeliveryStatus.Failed,
                                Limit = MaxReplayBatch,
                                Offset = batchOffset,
                            },
                            cancellationToken: ct),
                        cancellationToken).ConfigureAwait(false);
                    replays++;
                    await _store.SetCheckpointAsync(_options.CheckpointName + ".workflow", started.WorkflowId, cancellationToken).ConfigureAwait(false);
                    var workflow = await WaitForWorkflowAsync(started.WorkflowId, cancellationToken).ConfigureAwait(false);
                    var replayFailures = workflow.Result?.Failed ?? workflow.Progress?.Failed ?? 0;
                    if (replayFailures > 0 && !await GiveUpOnWindowAsync(windowStart, replayFailures, cancellationToken).ConfigureAwait(false))
                    {
                        // Keep the checkpoint at this window: the next run replays it again (duplicates are suppressed).
                        return new HmsWebhookRecoveryRun(from, windowStart, failed, replays, gap);
                    }
                }
            }

            await _store.SetCheckpointAsync(_options.CheckpointName, windowEnd.ToString("O", CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            start = windowEnd;
        }

        return new HmsWebhookRecoveryRun(from, start > from ? start : from, failed, replays, gap);
    }

    private static DateTimeOffset WholeMilliseconds(DateTimeOffset value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), value.Offset);

    private async Task<long> CountFailedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        long count = 0;
        var deliveries = _client.Analytics.ListWebhookDeliveriesAsync(
            new WebhookHistoryOptions { StartTime = from, EndTime = to, Status = WebhookDeliveryStatus.Failed, Limit = 100 },
            cancellationToken: cancellationToken);
        await foreach (var _ in deliveries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Counts runs in which replays of the window starting at <paramref name="windowStart"/> failed; after
    /// <see cref="MaxWindowRetries"/> the window is given up (logged) so one undeliverable event cannot pin the checkpoint.
    /// </summary>
    private async Task<bool> GiveUpOnWindowAsync(DateTimeOffset windowStart, long replayFailures, CancellationToken cancellationToken)
    {
        var name = _options.CheckpointName + ".failed-runs";
        var key = windowStart.ToString("O", CultureInfo.InvariantCulture) + "|";
        var previous = await _store.GetCheckpointAsync(name, cancellationToken).ConfigureAwait(false);
        var runs = previous is not null && previous.StartsWith(key, StringComparison.Ordinal)
            && int.TryParse(previous.AsSpan(key.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var counted) ? counted + 1 : 1;
        await _store.SetCheckpointAsync(name, key + runs.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        ReplayFailed(_logger, replayFailures, windowStart, runs, null);
        return runs >= MaxWindowRetries;
    }

    private async Task<WebhookReplayWorkflow> WaitForWorkflowAsync(string workflowId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var workflow = await RateLimitedAsync(ct => _client.Analytics.GetWebhookReplayStatusAsync(workflowId, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
            if (workflow.Status.IsFinished)
            {
                return workflow;
            }

            await Task.Delay(_options.ReplayPollInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<T> RateLimitedAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (HmsRateLimitException ex)
            {
                var delay = ex.RetryAfter is { } after && after > TimeSpan.Zero ? after : _options.RateLimitDelay;
                RateLimited(_logger, delay, ex);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
