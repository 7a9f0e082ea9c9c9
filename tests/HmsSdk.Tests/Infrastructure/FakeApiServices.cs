using HmsSdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HmsSdk.Tests.Infrastructure;

/// <summary>Registers the DI-built <see cref="HmsClient"/> against an in-memory <see cref="FakeHmsApi"/>, as hosting tests need.</summary>
public static class FakeApiServices
{
    /// <summary>
    /// <c>AddHmsClient</c> with the fake's keys, API host and auth host, its in-memory handler as the primary handler,
    /// then <paramref name="configure"/> for what the test changes (clock, retries).
    /// </summary>
    public static IHttpClientBuilder AddHmsClientFor(this IServiceCollection services, FakeHmsApi fake, Action<HmsClientOptions>? configure = null) =>
        services.AddHmsClient(o =>
            {
                o.AccessKey = fake.AccessKey;
                o.Secret = fake.Secret;
                o.BaseUri = fake.BaseUri;
                o.AuthBaseUri = fake.AuthBaseUri;
                configure?.Invoke(o);
            })
            .ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);
}
