using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmsSdk.AspNetCore;

/// <summary>
/// Drains the webhook queue one event at a time, in arrival order, so handlers run after the endpoint has
/// answered 200 and a slow handler never makes 100ms retry. On shutdown it stops accepting (the endpoint then
/// answers 503, which 100ms retries) and finishes the queued events until the host's shutdown timeout.
/// </summary>
internal sealed class HmsWebhookDispatchService : IHostedService, IDisposable
{
    private static readonly Action<ILogger, int, Exception?> UnhandledAtShutdown =
        LoggerMessage.Define<int>(
            LogLevel.Warning,
            new EventId(10, "HmsWebhookUnhandledAtShutdown"),
            "The app stopped with {Count} acknowledged 100ms webhook event(s) not yet handled; they are lost.");

    private readonly HmsWebhookQueue _queue;
    private readonly HmsWebhookDispatcher _dispatcher;
    private readonly ILogger<HmsWebhookDispatchService> _logger;
    private readonly CancellationTokenSource _abort = new();
    private Task? _loop;

    public HmsWebhookDispatchService(HmsWebhookQueue queue, HmsWebhookDispatcher dispatcher, ILogger<HmsWebhookDispatchService> logger)
    {
        _queue = queue;
        _dispatcher = dispatcher;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        _loop = Task.Run(() => DrainAsync(_abort.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_loop is null)
        {
            return;
        }

        _queue.Complete();
        // The host's shutdown timeout ends the drain: handlers then see their token cancelled.
        using (cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), _abort))
        {
            await _loop.ConfigureAwait(false);
        }

        var left = _queue.Reader.Count;
        if (left > 0)
        {
            UnhandledAtShutdown(_logger, left, null);
        }
    }

    public void Dispose() => _abort.Dispose();

    private async Task DrainAsync(CancellationToken abortToken)
    {
        try
        {
            // Ends when the queue is completed and empty, or when the shutdown timeout aborts it.
            while (await _queue.Reader.WaitToReadAsync(abortToken).ConfigureAwait(false))
            {
                while (_queue.Reader.TryRead(out var webhookEvent))
                {
                    await _dispatcher.DispatchAsync(webhookEvent, abortToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (abortToken.IsCancellationRequested)
        {
            // Shutdown timeout reached; StopAsync reports what is left.
        }
    }
}
