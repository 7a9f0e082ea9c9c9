using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HmsSdk.AspNetCore;

/// <summary>Registers the 100ms webhook receiver.</summary>
public static class HmsWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Adds the webhook queue, its background dispatcher and the receiver options. Map the endpoint with
    /// <see cref="HmsWebhookEndpointRouteBuilderExtensions.MapHmsWebhooks"/> and register handlers on the returned builder:
    /// <code>
    /// builder.Services.AddHmsWebhooks(o => o.RequireHeader("X-Hms-Secret", secret))
    ///     .On&lt;PeerJoinSucceededEvent&gt;((evt, ct) => ...);
    /// </code>
    /// Calling it again adds handlers and further configuration; the services are registered once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures verification, body size cap, queue size and handler timeout.</param>
    /// <returns>A builder to register handlers with.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static HmsWebhooksBuilder AddHmsWebhooks(this IServiceCollection services, Action<HmsWebhookReceiverOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = services.AddOptions<HmsWebhookReceiverOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddLogging();
        services.TryAddSingleton<HmsWebhookQueue>();
        services.TryAddSingleton<HmsWebhookDispatcher>();
        services.AddHostedService<HmsWebhookDispatchService>();
        return new HmsWebhooksBuilder(services);
    }
}
