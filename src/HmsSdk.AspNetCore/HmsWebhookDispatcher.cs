using System;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmsSdk.AspNetCore;

/// <summary>Runs every registered handler for one event, each in the same fresh DI scope, isolating their failures.</summary>
internal sealed class HmsWebhookDispatcher
{
    private static readonly Action<ILogger, string, string?, string, Exception?> HandlerFailed =
        LoggerMessage.Define<string, string?, string>(
            LogLevel.Error,
            new EventId(1, "HmsWebhookHandlerFailed"),
            "100ms webhook handler {Handler} failed for event {EventType} {EventId}; the event was already acknowledged and will not be retried by 100ms.");

    private static readonly Action<ILogger, string, string?, string, TimeSpan, Exception?> HandlerTimedOut =
        LoggerMessage.Define<string, string?, string, TimeSpan>(
            LogLevel.Error,
            new EventId(2, "HmsWebhookHandlerTimedOut"),
            "100ms webhook handler {Handler} did not finish event {EventType} {EventId} within {Timeout}.");

    private static readonly Action<ILogger, string, string?, Exception?> NoHandler =
        LoggerMessage.Define<string, string?>(
            LogLevel.Debug,
            new EventId(3, "HmsWebhookNoHandler"),
            "No 100ms webhook handler is registered; event {EventType} {EventId} was dropped.");

    private readonly IServiceScopeFactory _scopeFactory;
    private readonly ILogger<HmsWebhookDispatcher> _logger;
    private readonly TimeSpan? _handlerTimeout;

    public HmsWebhookDispatcher(IServiceScopeFactory scopeFactory, ILogger<HmsWebhookDispatcher> logger, IOptions<HmsWebhookReceiverOptions> options)
    {
        _scopeFactory = scopeFactory;
        _logger = logger;
        _handlerTimeout = options.Value.HandlerTimeout;
    }

    public async Task DispatchAsync(HmsWebhookEvent webhookEvent, CancellationToken stoppingToken = default)
    {
        var scope = _scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var handlerCount = 0;
            foreach (var handler in scope.ServiceProvider.GetServices<IHmsWebhookHandler>())
            {
                handlerCount++;
                await RunOneAsync(handler, webhookEvent, stoppingToken).ConfigureAwait(false);
            }

            if (handlerCount == 0)
            {
                NoHandler(_logger, webhookEvent.Type.ToString(), webhookEvent.Id, null);
            }
        }
    }

    private async Task RunOneAsync(IHmsWebhookHandler handler, HmsWebhookEvent webhookEvent, CancellationToken stoppingToken = default)
    {
        var name = handler is DelegateWebhookHandler named ? named.Name : handler.GetType().FullName ?? handler.GetType().Name;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        if (_handlerTimeout is { } limit)
        {
            timeout.CancelAfter(limit);
        }

        try
        {
            await handler.HandleAsync(webhookEvent, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested)
        {
            HandlerTimedOut(_logger, name, webhookEvent.Type.ToString(), webhookEvent.Id ?? string.Empty, _handlerTimeout ?? TimeSpan.Zero, ex);
        }
#pragma warning disable CA1031 // One handler's bug must not stop the others or the dispatch loop; it is logged with its stack.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            HandlerFailed(_logger, name, webhookEvent.Type.ToString(), webhookEvent.Id ?? string.Empty, ex);
        }
    }
}
