using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmsSdk.AspNetCore;

/// <summary>Maps the 100ms webhook endpoint.</summary>
public static class HmsWebhookEndpointRouteBuilderExtensions
{
    private static readonly Action<ILogger, string, Exception?> Unverified =
        LoggerMessage.Define<string>(
            LogLevel.Warning,
            new EventId(30, "HmsWebhookUnverified"),
            "The 100ms webhook endpoint {Pattern} accepts every request: configure a secret header (RequireHeader) or source-address checking.");

    /// <summary>
    /// Maps <c>POST {pattern}</c>. Each request is verified (secret headers, optional sender address), its body read up to
    /// <see cref="HmsWebhookReceiverOptions.MaxBodySize"/> and parsed, and the event queued for the handlers registered with
    /// <see cref="HmsWebhookServiceCollectionExtensions.AddHmsWebhooks"/>. Answers: 200 once stored (durably with the
    /// SQLite store; before handlers run) or already received, 401 failed verification, 400 malformed body, 413 body too
    /// large, 503 when the store failed or is full (100ms then retries).
    /// </summary>
    /// <param name="endpoints">The route builder (a <c>WebApplication</c>).</param>
    /// <param name="pattern">The route, by default <c>/hms/webhooks</c>.</param>
    /// <returns>The endpoint's convention builder, for <c>RequireHost</c>, rate limiting, metadata and so on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> or <paramref name="pattern"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> is empty or whitespace.</exception>
    /// <exception cref="InvalidOperationException"><c>AddHmsWebhooks</c> was not called, no store was chosen, or the options are invalid.</exception>
    public static IEndpointConventionBuilder MapHmsWebhooks(this IEndpointRouteBuilder endpoints, string pattern = "/hms/webhooks")
    {
        if (endpoints is null)
        {
            throw new ArgumentNullException(nameof(endpoints));
        }

        if (pattern is null)
        {
            throw new ArgumentNullException(nameof(pattern));
        }

        if (pattern.Trim().Length == 0)
        {
            throw new ArgumentException("The route pattern cannot be empty or whitespace.", nameof(pattern));
        }

        var services = endpoints.ServiceProvider;
        var dispatch = services.GetService<HmsWebhookDispatchService>()
            ?? throw new InvalidOperationException("Call services.AddHmsWebhooks(...) before app.MapHmsWebhooks(...).");
        var store = services.GetRequiredService<HmsWebhookStoreAccessor>().Store;
        var options = services.GetRequiredService<IOptions<HmsWebhookReceiverOptions>>().Value;
        options.Validate();

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("HmsSdk.AspNetCore.HmsWebhookEndpoint");
        if (!options.Verification.IsVerificationConfigured)
        {
            Unverified(logger, pattern, null);
        }

        var endpoint = new HmsWebhookEndpoint(
            options,
            store,
            dispatch,
            services.GetRequiredService<HmsWebhookDeduplicator>(),
            services.GetRequiredService<TimeProvider>(),
            logger);
        return endpoints.MapPost(pattern, (RequestDelegate)endpoint.HandleAsync).WithDisplayName("100ms webhooks");
    }
}
