using System;
using Microsoft.Extensions.DependencyInjection;
using System.Linq;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HmsSdk.AspNetCore;

/// <summary>Registers the 100ms webhook receiver.</summary>
public static class HmsWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Adds the webhook receiver: options, the background dispatcher, duplicate suppression through
    /// <c>IDistributedCache</c> (an in-process <c>MemoryDistributedCache</c> unless you registered another, such as Redis)
    /// and the per-event <see cref="HmsWebhookDeliveryContext"/>. Choose a store on the returned builder, map the endpoint
    /// with <see cref="HmsWebhookEndpointRouteBuilderExtensions.MapHmsWebhooks"/> and register handlers:
    /// <code>
    /// builder.Services.AddHmsWebhooks(o => o.RequireHeader("X-Hms-Secret", secret))
    ///     .UseSqliteStore("hms-webhooks.db")
    ///     .On&lt;PeerJoinSucceededEvent&gt;((evt, ct) => ...);
    /// </code>
    /// Calling it again adds handlers and further configuration; the services are registered once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures verification, body size cap, retries, de-duplication and handler timeout.</param>
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
        services.AddDistributedMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HmsWebhookStoreAccessor>();
        services.TryAddSingleton<HmsWebhookDeduplicator>();
        services.TryAddSingleton<HmsWebhookDispatcher>();
        services.TryAddScoped<HmsWebhookDeliveryContext>();
        if (!services.Any(d => d.ServiceType == typeof(HmsWebhookDispatchService)))
        {
            services.AddSingleton<HmsWebhookDispatchService>();
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<HmsWebhookDispatchService>());
        }

        return new HmsWebhooksBuilder(services);
    }
}
