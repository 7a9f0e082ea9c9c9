using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Core;

public class ClientConstructionTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Arguments_win_over_environment()
    {
        var options = HmsClient.Resolve(new HmsClientOptions { AccessKey = "arg-key", Secret = "arg-secret" }, Env(("HMS_ACCESS_KEY", "env-key"), ("HMS_SECRET", "env-secret")));

        options.AccessKey.Should().Be("arg-key");
        options.Secret.Should().Be("arg-secret");
    }

    [Theory]
    [InlineData(null, "arg-secret", "env-key", "arg-secret")]
    [InlineData("", "arg-secret", "env-key", "arg-secret")]
    [InlineData("arg-key", null, "arg-key", "env-secret")]
    [InlineData("arg-key", "", "arg-key", "env-secret")]
    [InlineData(null, null, "env-key", "env-secret")]
    public void Each_credential_falls_back_to_its_variable_on_its_own(string? key, string? secret, string expectedKey, string expectedSecret)
    {
        var options = HmsClient.Resolve(new HmsClientOptions { AccessKey = key, Secret = secret }, Env(("HMS_ACCESS_KEY", "env-key"), ("HMS_SECRET", "env-secret")));

        options.AccessKey.Should().Be(expectedKey);
        options.Secret.Should().Be(expectedSecret);
    }

    [Theory]
    [InlineData(null, "s", "HMS_ACCESS_KEY")]
    [InlineData("k", null, "HMS_SECRET")]
    [InlineData("", "", "HMS_ACCESS_KEY and HMS_SECRET")]
    public void Missing_credentials_name_what_is_missing(string? key, string? secret, string expected)
    {
        var act = () => HmsClient.Resolve(new HmsClientOptions { AccessKey = key, Secret = secret }, Env(("HMS_ACCESS_KEY", ""), ("HMS_SECRET", "")));

        act.Should().Throw<ArgumentException>().WithMessage($"*{expected}*").And.Message.Should().StartWith("Please provide access key and secret key");
    }

    [Theory]
    [InlineData(null, "https://api.100ms.live/v2")]
    [InlineData("prod", "https://api.100ms.live/v2")]
    [InlineData("nonprod", "https://api-nonprod.100ms.live/v2")]
    public void HMS_ENV_selects_the_base_uri(string? environment, string expected)
    {
        var options = HmsClient.Resolve(new HmsClientOptions { AccessKey = "k", Secret = "s" }, Env(("HMS_ENV", environment!)));

        options.BaseUri!.AbsoluteUri.TrimEnd('/').Should().Be(expected);
    }

    [Fact]
    public void An_explicit_base_uri_beats_HMS_ENV()
    {
        var options = HmsClient.Resolve(new HmsClientOptions { AccessKey = "k", Secret = "s", BaseUri = new Uri("http://127.0.0.1:9/v2") }, Env(("HMS_ENV", "nonprod")));

        options.BaseUri!.Host.Should().Be("127.0.0.1");
    }

    [Fact]
    public async Task Options_are_copied_at_construction()
    {
        var handler = new RecordingHandler();
        var options = TestClients.Options(handler);
        using var client = new HmsClient(options, _ => null);
        options.BaseUri = new Uri("https://changed.example/v2");
        options.Retry.MaxRetries = 0;
        handler.Default = (_, _) => Task.FromResult(RecordingHandler.Json(503, "{}"));

        await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms")).Should().ThrowAsync<HmsServerException>();

        handler.Requests.Should().HaveCount(4, "the client kept MaxRetries = 3");
        handler.Requests.Should().OnlyContain(r => r.Uri.Host == "api.test.local");
    }

    [Theory]
    [InlineData("timeout")]
    [InlineData("retries")]
    [InlineData("base")]
    [InlineData("lifetime")]
    [InlineData("agent")]
    public void Invalid_options_are_rejected_up_front(string which)
    {
        var options = new HmsClientOptions { AccessKey = "k", Secret = "s" };
        switch (which)
        {
            case "timeout": options.Timeout = TimeSpan.FromSeconds(-1); break;
            case "retries": options.Retry.MaxRetries = -1; break;
            case "base": options.BaseUri = new Uri("ftp://x/v2"); break;
            case "lifetime": options.ManagementTokenLifetime = TimeSpan.FromSeconds(1); break;
            case "agent": options.UserAgentSuffix = "a\r\nX-Evil: 1"; break;
        }

        var act = () => new HmsClient(options, _ => null);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Clients_without_a_handler_share_one_transport()
    {
        using var first = new HmsClient(new HmsClientOptions { AccessKey = "k1", Secret = "s1" }, _ => null);
        using var second = new HmsClient(new HmsClientOptions { AccessKey = "k2", Secret = "s2" }, _ => null);

        first.Pipeline.Settings.Transport.Should().BeSameAs(second.Pipeline.Settings.Transport);
    }

    [Fact]
    public async Task An_injected_HttpClient_is_neither_modified_nor_disposed()
    {
        var handler = new RecordingHandler();
        var http = new HttpClient(handler) { BaseAddress = new Uri("https://ignored.example/"), Timeout = TimeSpan.FromSeconds(77) };
        var client = TestClients.Create(new RecordingHandler(), configure: o => o.HttpClient = http);

        await client.Api.GetAsync("/rooms");
        client.Dispose();
        await http.GetAsync("https://still-usable.example/");

        http.DefaultRequestHeaders.Should().BeEmpty();
        http.BaseAddress!.Host.Should().Be("ignored.example");
        http.Timeout.Should().Be(TimeSpan.FromSeconds(77));
        handler.Requests.Should().HaveCount(2);
        handler.Requests[0].Uri.Host.Should().Be("api.test.local");
    }

    [Fact]
    public async Task An_injected_handler_stays_usable_after_dispose()
    {
        var handler = new RecordingHandler();
        var client = TestClients.Create(handler);
        client.Dispose();

        handler.Disposed.Should().BeFalse();
        using var other = new HttpClient(handler);
        await other.GetAsync("https://x.example/");
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public void ToString_never_shows_the_secret()
    {
        using var client = TestClients.Create(new RecordingHandler());

        client.ToString().Should().Contain(TestClients.AccessKey).And.NotContain(TestClients.Secret);
    }
}
