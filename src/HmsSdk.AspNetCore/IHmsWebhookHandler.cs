using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Webhooks;

namespace HmsSdk.AspNetCore;

/// <summary>
/// Receives every verified 100ms webhook event, after the endpoint has already answered 200.
/// Register with <see cref="HmsWebhooksBuilder.AddHandler{THandler}"/>; one instance is resolved per event
/// from a fresh DI scope, so scoped services (a DbContext, say) are safe to inject.
/// </summary>
public interface IHmsWebhookHandler
{
    /// <summary>Handles one event. Check its type with pattern matching, for example <c>if (evt is PeerJoinSucceededEvent joined)</c>.</summary>
    /// <param name="webhookEvent">The event; unknown event types arrive as a plain <see cref="HmsWebhookEvent"/>.</param>
    /// <param name="cancellationToken">Fires at the handler timeout or when the app stops.</param>
    /// <returns>A task that completes when the event is handled. Exceptions are logged and do not stop other handlers.</returns>
    Task HandleAsync(HmsWebhookEvent webhookEvent, CancellationToken cancellationToken = default);
}
