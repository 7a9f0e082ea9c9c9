using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HmsSdk.Tests.DependencyInjection;

public class AddHmsClientTests
{
    private static readonly Type[] ServiceTypes =
    {
        typeof(IHmsClient), typeof(IAuthService), typeof(IRoomsService), typeof(IActiveRoomsService), typeof(ISessionsService),
        typeof(IRecordingsService), typeof(IRecordingAssetsService), typeof(ILiveStreamsService), typeof(IExternalStreamsService),
        typeof(IRoomCodesService), typeof(IAnalyticsService), typeof(ITemplatesService), typeof(IPollsService),
        typeof(IStreamKeysService), typeof(ISipService), typeof(IApiService),
    };

    [Fact]
    public void Every_service_resolves_from_a_configuration_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hms:AccessKey"] = "cfg-key",
            ["Hms:Secret"] = "cfg-secret",
            ["Hms:BaseUri"] = "https://cfg.example/v2",
            ["Hms:Timeout"] = "00:00:30",
            ["Hms:MaxRetries"] = "1",
        }).Build();
        var services = new ServiceCollection();
        services.AddHmsClient(configuration.GetSection("Hms"));
        using var provider = services.BuildServiceProvider(validateScopes: true);

        foreach (var type in ServiceTypes)
        {
            provider.GetRequiredService(type).Should().NotBeNull(type.Name);
        }

        var client = (HmsClient)provider.GetRequiredService<IHmsClient>();
        client.BaseUri.Host.Should().Be("cfg.example");
        client.Options.Timeout.Should().Be(TimeSpan.FromSeconds(30));
        client.Options.Retry.MaxRetries.Should().Be(1);
        provider.GetRequiredService<IHmsClient>().Should().BeSameAs(client, "the client is a singleton");
        provider.GetRequiredService<IRoomsService>().Should().BeSameAs(client.Rooms);
    }

    [Fact]
    public async Task The_HttpClient_comes_from_IHttpClientFactory_and_its_handlers_run()
    {
        var handler = new RecordingHandler();
        var services = new ServiceCollection();
        services.AddHmsClient(o =>
            {
                o.AccessKey = "k";
                o.Secret = "s";
                o.BaseUri = new Uri("https://di.example/v2");
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IApiService>().GetAsync("/rooms");

        handler.Requests.Should().ContainSingle().Which.Uri.AbsoluteUri.Should().Be("https://di.example/v2/rooms");
    }

    [Fact]
    public void Named_clients_are_independent()
    {
        var services = new ServiceCollection();
        services.AddHmsClient("eu", o => { o.AccessKey = "eu-key"; o.Secret = "eu-secret"; o.BaseUri = new Uri("https://eu.example/v2"); });
        services.AddHmsClient("us", o => { o.AccessKey = "us-key"; o.Secret = "us-secret"; o.BaseUri = new Uri("https://us.example/v2"); });
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHmsClientFactory>();

        var eu = (HmsClient)factory.GetClient("eu");
        var us = (HmsClient)factory.GetClient("us");

        eu.BaseUri.Host.Should().Be("eu.example");
        us.BaseUri.Host.Should().Be("us.example");
        eu.Should().NotBeSameAs(us);
        factory.GetClient("eu").Should().BeSameAs(eu);
        eu.ToString().Should().Contain("eu-key");
        FluentActions.Invoking(() => factory.GetClient("missing")).Should().Throw<InvalidOperationException>().WithMessage("*missing*");
    }

    [Fact]
    public void Invalid_options_fail_validation_with_the_reason()
    {
        var services = new ServiceCollection();
        services.AddHmsClient(o => { o.AccessKey = "k"; o.Secret = "s"; o.Timeout = TimeSpan.FromSeconds(-5); });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptionsMonitor<HmsClientOptions>>().Get(Options.DefaultName);

        act.Should().Throw<OptionsValidationException>().WithMessage("*Timeout*");
    }

    [Fact]
    public async Task With_the_standard_resilience_handler_the_sdk_retries_step_aside()
    {
        var handler = new RecordingHandler();
        handler.Default = (_, _) => Task.FromResult(RecordingHandler.Json(400, "{}"));
        var services = new ServiceCollection();
        services.AddHmsClient(o => { o.AccessKey = "k"; o.Secret = "s"; })
            .ConfigurePrimaryHttpMessageHandler(() => handler)
            .AddStandardResilienceHandler();
        using var provider = services.BuildServiceProvider();

        var client = (HmsClient)provider.GetRequiredService<IHmsClient>();

        client.Options.Retry.MaxRetries.Should().Be(0);
        await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms")).Should().ThrowAsync<HmsBadRequestException>();
    }

    [Fact]
    public void Without_an_outer_resilience_handler_the_sdk_keeps_its_retries()
    {
        var services = new ServiceCollection();
        services.AddHmsClient(o => { o.AccessKey = "k"; o.Secret = "s"; });
        using var provider = services.BuildServiceProvider();

        ((HmsClient)provider.GetRequiredService<IHmsClient>()).Options.Retry.MaxRetries.Should().Be(3);
    }
}
