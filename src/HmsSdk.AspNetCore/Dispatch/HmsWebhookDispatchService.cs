using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using HmsSdk.Webhooks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmsSdk.AspNetCore;

/// <summary>
/// The background dispatcher: leases due events from the <see cref="IHmsWebhookStore"/>, skips ids the distributed cache
/// says were handled, runs the handlers, then marks each event done, schedules a retry with exponential back-off, or
/// parks it as a dead letter after <see cref="HmsWebhookReceiverOptions.MaxAttempts"/>. All waiting uses the registered
/// <see cref="TimeProvider"/>. On stop it finishes what it is handling; with the in-memory queue it also drains what
/// is due (until the host's shutdown timeout) and logs what is lost.
/// </summary>
internal sealed class HmsWebhookDispatchService : IHostedService, IDisposable
{
    private static readonly Action<ILogger, int, Exception?> UnhandledAtShutdown =
        LoggerMessage.Define<int>(
            LogLevel.Warning,
            new EventId(10, "HmsWebhookUnhandledAtShutdown"),
            "The app stopped with {Count} acknowledged 100ms webhook event(s) not yet handled in the in-memory queue; they are lost.");

    private static readonly Action<ILogger, string, int, string, Exception?> DeadLettered =
        LoggerMessage.Define<string, int, string>(
            LogLevel.Error,
            new EventId(11, "HmsWebhookDeadLettered"),
            "100ms webhook event {Event} failed {Attempts} times and was parked as a dead letter: {Error}");

    private static readonly Action<ILogger, string, DateTimeOffset, Exception?> RetryScheduled =
        LoggerMessage.Define<string, DateTimeOffset>(
            LogLevel.Warning,
            new EventId(12, "HmsWebhookRetryScheduled"),
            "100ms webhook event {Event} will be retried at {RetryAt:O}.");

    private static readonly Action<ILogger, string, Exception?> DuplicateSkipped =
        LoggerMessage.Define<string>(
            LogLevel.Debug,
            new EventId(13, "HmsWebhookDuplicateSkipped"),
            "100ms webhook event {Event} was already handled (distributed cache); skipped.");

    private static readonly Action<ILogger, Exception?> StoreFailed =
        LoggerMessage.Define(
            LogLevel.Error,
            new EventId(14, "HmsWebhookStoreFailed"),
            "The 100ms webhook store failed; the dispatcher tries again after its poll interval. Stored events are not lost.");

    private readonly IHmsWebhookStore _store;
    private readonly HmsWebhookDispatcher _dispatcher;
    private readonly HmsWebhookDeduplicator _deduplicator;
    private readonly TimeProvider _time;
    private readonly HmsWebhookReceiverOptions _options;
    private readonly ILogger<HmsWebhookDispatchService> _logger;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _abort = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;
    private DateTimeOffset _nextPurge;

    public HmsWebhookDispatchService(
        HmsWebhookStoreAccessor store,
        HmsWebhookDispatcher dispatcher,
        HmsWebhookDeduplicator deduplicator,
        TimeProvider time,
        IOptions<HmsWebhookReceiverOptions> options,
        ILogger<HmsWebhookDispatchService> logger)
    {
        _store = store.Store;
        _dispatcher = dispatcher;
        _deduplicator = deduplicator;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>False once the app is stopping and the store is not durable: the endpoint then answers 503.</summary>
    public bool IsAccepting => _store.IsDurable || !_stopping.IsCancellationRequested;

    /// <summary>Tells the loop that an event was stored.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        _options.Validate();
        _nextPurge = _time.GetUtcNow();
        _loop = Task.Run(() => RunAsync(_abort.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_loop is null)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        Wake();
        // The host's shutdown timeout ends the work: handlers then see their token cancelled.
        using (cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), _abort))
        {
            await _loop.ConfigureAwait(false);
        }

        if (!_store.IsDurable)
        {
            var left = await _store.GetStatisticsAsync(CancellationToken.None).ConfigureAwait(false);
            var lost = left.Waiting + left.Leased;
            if (lost > 0)
            {
                UnhandledAtShutdown(_logger, (int)Math.Min(lost, int.MaxValue), null);
            }
        }
    }

    public void Dispose()
    {
        _abort.Dispose();
        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken abortToken)
    {
        var batchSize = Math.Max(32, _options.DispatchConcurrency * 4);
        while (!abortToken.IsCancellationRequested)
        {
            // A durable store keeps everything not yet handled; only the lossy queue drains on the way out.
            if (_stopping.IsCancellationRequested && _store.IsDurable)
            {
                return;
            }

            try
            {
                var now = _time.GetUtcNow();
                await PurgeIfDueAsync(now, abortToken).ConfigureAwait(false);
                var batch = await _store.LeaseAsync(batchSize, now, abortToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    if (_stopping.IsCancellationRequested)
                    {
                        return;
                    }

                    var next = await _store.GetNextDueAsync(abortToken).ConfigureAwait(false);
                    var wait = next is { } due ? due - _time.GetUtcNow() : _options.PollInterval;
                    await WaitAsync(wait < _options.PollInterval ? wait : _options.PollInterval, abortToken).ConfigureAwait(false);
                    continue;
                }

                await Parallel.ForEachAsync(
                    batch,
                    new ParallelOptions { MaxDegreeOfParallelism = _options.DispatchConcurrency, CancellationToken = CancellationToken.None },
                    (stored, _) => new ValueTask(ProcessAsync(stored, abortToken))).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (abortToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failing store must not kill the loop: log, wait, try again; stored events stay stored.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                StoreFailed(_logger, ex);
                try
                {
                    await WaitAsync(_options.PollInterval, abortToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ProcessAsync(HmsStoredWebhook stored, CancellationToken abortToken)
    {
        try
        {
            HmsWebhookEvent webhookEvent;
            try
            {
                webhookEvent = HmsWebhook.Parse(stored.Webhook.Body);
            }
            catch (HmsWebhookFormatException ex)
            {
                // The endpoint parsed it before storing, so only a corrupt or foreign row lands here: no retry can help.
                await FailAsync(stored, _options.MaxAttempts, ex.GetType().FullName + ": " + ex.Message, stored.CompletedHandlers).ConfigureAwait(false);
                return;
            }

            if (await _deduplicator.WasHandledAsync(webhookEvent.Id, abortToken).ConfigureAwait(false))
            {
                DuplicateSkipped(_logger, stored.Webhook.ToString(), null);
                await _store.CompleteAsync(stored.Sequence, _time.GetUtcNow(), Array.Empty<HmsWebhookCompletionWork>(), CancellationToken.None).ConfigureAwait(false);
                return;
            }

            var outcome = await _dispatcher.DispatchAsync(stored, webhookEvent, _store.SupportsTransactionalCompletion, abortToken).ConfigureAwait(false);
            if (!outcome.Succeeded)
            {
                await FailAsync(stored, stored.Attempts + 1, outcome.Error, outcome.CompletedHandlers).ConfigureAwait(false);
                return;
            }

            try
            {
                await _store.CompleteAsync(stored.Sequence, _time.GetUtcNow(), outcome.Work, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (outcome.Work.Count > 0 && ex is not ObjectDisposedException)
            {
                // The enlisted work failed and was rolled back with the mark-done: the handlers run again later.
                await FailAsync(stored, stored.Attempts + 1, "completion work: " + ex.GetType().FullName + ": " + ex.Message, Array.Empty<string>()).ConfigureAwait(false);
                return;
            }

            await _deduplicator.MarkHandledAsync(webhookEvent.Id, CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (abortToken.IsCancellationRequested)
        {
            await _store.ReleaseAsync(stored.Sequence, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A store failure for one event is logged; the event stays stored and is leased again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            StoreFailed(_logger, ex);
            await _store.ReleaseAsync(stored.Sequence, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task FailAsync(HmsStoredWebhook stored, int attempts, string error, IReadOnlyCollection<string> completedHandlers)
    {
        DateTimeOffset? retryAt = attempts >= _options.MaxAttempts ? null : _time.GetUtcNow() + _options.RetryDelayAfter(attempts);
        await _store.FailAsync(stored.Sequence, attempts, retryAt, error, completedHandlers, CancellationToken.None).ConfigureAwait(false);
        if (retryAt is { } at)
        {
            RetryScheduled(_logger, stored.Webhook.ToString(), at, null);
        }
        else
        {
            DeadLettered(_logger, stored.Webhook.ToString(), attempts, error, null);
        }
    }

    private async Task PurgeIfDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now < _nextPurge || !_store.IsDurable)
        {
            return;
        }

        _nextPurge = now + TimeSpan.FromHours(1);
        await _store.PurgeCompletedAsync(now - _options.DeduplicationWindow, cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        var wake = _wake.Reader.ReadAsync(linked.Token).AsTask();
        var sleep = Task.Delay(delay, _time, linked.Token);
        await Task.WhenAny(wake, sleep).ConfigureAwait(false);
        await linked.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}

/// <summary>Resolves the configured store with a helpful message when none was chosen.</summary>
internal sealed class HmsWebhookStoreAccessor
{
    public HmsWebhookStoreAccessor(IServiceProvider services)
    {
        Store = (IHmsWebhookStore?)services.GetService(typeof(IHmsWebhookStore))
            ?? throw new InvalidOperationException(
                "No 100ms webhook store is configured: call services.AddHmsWebhooks(...).UseSqliteStore(\"hms-webhooks.db\") "
                + "(durable, recommended) or .UseInMemoryQueue() (lossy: events not yet handled are lost when the process stops).");
    }

    public IHmsWebhookStore Store { get; }
}
