using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmsSdk.AspNetCore;

/// <summary>
/// Drains the webhook queue one event at a time, in arrival order, so handlers run after the endpoint has
/// answered 200 and a slow handler never makes 100ms retry.
/// </summary>
internal sealed class HmsWebhookDispatchService : BackgroundService
{
    private static readonly Action<ILogger, int, Exception?> UnhandledAtShutdown =
        LoggerMessage.Define<int>(
            LogLevel.Warning,
            new EventId(10, "HmsWebhookUnhandledAtShutdown"),
            "The app is stopping with {Count} acknowledged 100ms webhook event(s) not yet handled; they are lost.");

    private readonly HmsWebhookQueue _queue;
    private readonly HmsWebhookDispatcher _dispatcher;
    private readonly ILogger<HmsWebhookDispatchService> _logger;

    public HmsWebhookDispatchService(HmsWebhookQueue queue, HmsWebhookDispatcher dispatcher, ILogger<HmsWebhookDispatchService> logger)
    {
        _queue = queue;
        _dispatcher = dispatcher;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                while (_queue.Reader.TryRead(out var webhookEvent))
                {
                    await _dispatcher.DispatchAsync(webhookEvent, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }

        var left = _queue.Reader.Count;
        if (left > 0)
        {
            UnhandledAtShutdown(_logger, left, null);
        }
    }
}
