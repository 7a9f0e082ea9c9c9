using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmsSdk.AspNetCore;

/// <summary>What one dispatch attempt achieved.</summary>
internal sealed record HmsWebhookAttemptOutcome(bool Succeeded, IReadOnlyCollection<string> CompletedHandlers, string Error, IReadOnlyList<HmsWebhookCompletionWork> Work);

/// <summary>
/// Runs the registered handlers for one stored event, all in one fresh DI scope, isolating their failures: a failing
/// handler is logged and makes the attempt fail (so it is retried), the others still run. Handlers that succeeded in an
/// earlier attempt are skipped.
/// </summary>
internal sealed class HmsWebhookDispatcher
{
    private static readonly Action<ILogger, string, string?, string, int, int, Exception?> HandlerFailed =
        LoggerMessage.Define<string, string?, string, int, int>(
            LogLevel.Error,
            new EventId(1, "HmsWebhookHandlerFailed"),
            "100ms webhook handler {Handler} failed for event {EventType} {EventId} (attempt {Attempt} of {MaxAttempts}).");

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
    private readonly HmsWebhookReceiverOptions _options;

    public HmsWebhookDispatcher(IServiceScopeFactory scopeFactory, ILogger<HmsWebhookDispatcher> logger, IOptions<HmsWebhookReceiverOptions> options)
    {
        _scopeFactory = scopeFactory;
        _logger = logger;
        _options = options.Value;
    }

    public async Task<HmsWebhookAttemptOutcome> DispatchAsync(HmsStoredWebhook stored, HmsWebhookEvent webhookEvent, bool transactional, CancellationToken stoppingToken = default)
    {
        var completed = new List<string>(stored.CompletedHandlers);
        var alreadyDone = new HashSet<string>(stored.CompletedHandlers, StringComparer.Ordinal);
        var errors = new List<string>();
        var scope = _scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<HmsWebhookDeliveryContext>();
            context.Begin(stored, transactional);
            var index = 0;
            foreach (var handler in scope.ServiceProvider.GetServices<IHmsWebhookHandler>())
            {
                var key = index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + NameOf(handler);
                index++;
                if (alreadyDone.Contains(key))
                {
                    continue;
                }

                var error = await RunOneAsync(handler, webhookEvent, stored.Attempts + 1, stoppingToken).ConfigureAwait(false);
                if (error is null)
                {
                    completed.Add(key);
                }
                else
                {
                    errors.Add(key + ": " + error);
                }
            }

            if (index == 0)
            {
                NoHandler(_logger, webhookEvent.Type.ToString(), webhookEvent.Id, null);
            }

            var work = errors.Count == 0 ? context.TakeWork() : Array.Empty<HmsWebhookCompletionWork>();
            return new HmsWebhookAttemptOutcome(errors.Count == 0, completed, string.Join("\n", errors), work);
        }
    }

    private static string NameOf(IHmsWebhookHandler handler) =>
        handler is DelegateWebhookHandler named ? named.Name : handler.GetType().FullName ?? handler.GetType().Name;

    /// <summary>Runs one handler; returns null on success, else a one-line error (type and message, never the payload).</summary>
    private async Task<string?> RunOneAsync(IHmsWebhookHandler handler, HmsWebhookEvent webhookEvent, int attempt, CancellationToken stoppingToken)
    {
        var name = NameOf(handler);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        if (_options.HandlerTimeout is { } limit)
        {
            timeout.CancelAfter(limit);
        }

        try
        {
            await handler.HandleAsync(webhookEvent, timeout.Token).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested)
        {
            HandlerTimedOut(_logger, name, webhookEvent.Type.ToString(), webhookEvent.Id ?? string.Empty, _options.HandlerTimeout ?? TimeSpan.Zero, ex);
            return "timed out after " + _options.HandlerTimeout;
        }
#pragma warning disable CA1031 // One handler's bug must not stop the others or the dispatch loop; it is logged with its stack and retried.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            HandlerFailed(_logger, name, webhookEvent.Type.ToString(), webhookEvent.Id ?? string.Empty, attempt, _options.MaxAttempts, ex);
            return ex.GetType().FullName + ": " + ex.Message;
        }
    }
}
