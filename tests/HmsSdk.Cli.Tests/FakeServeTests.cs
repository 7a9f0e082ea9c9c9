using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HmsSdk.Cli.Tests;

/// <summary><c>hms fake serve</c>: a real loopback server other commands (or any HTTP client) can use; stops on cancellation.</summary>
public sealed class FakeServeTests
{
    [Fact]
    public async Task Serve_prints_url_and_credentials_serves_the_demo_seed_over_http_and_stops_cleanly()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var serving = CliHarness.Execute(["fake", "serve", "--port", "0", "--seed", "demo", "--json"], new Dictionary<string, string>(), stop.Token, address.SetResult, null, TimeProvider.System);
        var baseUrl = await address.Task.WaitAsync(stop.Token);

        var rooms = await CliHarness.Execute(
            ["rooms", "list", "--json", "--base-url", baseUrl.ToString(), "--access-key", "fake-access-key", "--secret", "fake-app-secret-0123456789abcdef0123456789abcdef"],
            new Dictionary<string, string>(), stop.Token, null, null, TimeProvider.System);
        var created = await CliHarness.Execute(
            ["rooms", "create", "--name", "over-http", "--json"],
            new Dictionary<string, string>
            {
                ["HMS_BASE_URL"] = baseUrl.ToString(),
                ["HMS_ACCESS_KEY"] = "fake-access-key",
                ["HMS_SECRET"] = "fake-app-secret-0123456789abcdef0123456789abcdef",
            },
            stop.Token, null, null, TimeProvider.System);
        await stop.CancelAsync();
        var serve = await serving;

        serve.ExitCode.Should().Be(0, serve.ToString());
        serve.Error.Should().Contain("fake API stopped");
        using var started = JsonDocument.Parse(serve.Lines.Single());
        started.RootElement.GetProperty("base_url").GetString().Should().Be(baseUrl.ToString());
        started.RootElement.GetProperty("access_key").GetString().Should().Be("fake-access-key");
        started.RootElement.GetProperty("seed").GetString().Should().Be("demo");
        baseUrl.Host.Should().Be("127.0.0.1");
        rooms.ExitCode.Should().Be(0, rooms.ToString());
        rooms.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("name").GetString()).Should().Equal("demo-standup", "demo-webinar");
        created.ExitCode.Should().Be(0, created.ToString());
        JsonDocument.Parse(created.Output).RootElement.GetProperty("name").GetString().Should().Be("over-http");
    }

    [Fact]
    public async Task Serve_never_echoes_credentials_from_the_environment()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var serving = CliHarness.Execute(
            ["fake", "serve"], new Dictionary<string, string> { ["HMS_SECRET"] = "real-production-secret" }, stop.Token, address.SetResult, null, TimeProvider.System);
        await address.Task.WaitAsync(stop.Token);
        await stop.CancelAsync();
        var serve = await serving;

        serve.ExitCode.Should().Be(0);
        serve.Output.Should().Contain("HMS_BASE_URL=http://127.0.0.1:").And.NotContain("real-production-secret");
    }

    [Fact]
    public async Task A_taken_port_is_a_usage_error_naming_port()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await CliHarness.Execute(["fake", "serve", "--port", port], new Dictionary<string, string>(), CancellationToken.None, null, null, TimeProvider.System);

        run.ExitCode.Should().Be(ExitCodes.Usage, run.ToString());
        run.Error.Should().StartWith("error: --port:");
    }
}
