using FluentAssertions;
using Xunit;

namespace HmsSdk.Cli.Tests;

/// <summary>Exit codes, one-line errors naming the flag, credentials resolution, --help with examples everywhere.</summary>
public sealed class UsageTests
{
    public static TheoryData<string[], string> BadCommandLines => new()
    {
        { ["rooms", "list", "--limit", "zero"], "--limit" },
        { ["rooms", "list", "--limit", "0"], "--limit" },
        { ["rooms", "list", "--bogus"], "--bogus" },
        { ["rooms", "get"], "room-id" },
        { ["rooms", "get", " "], "<room-id>" },
        { ["rooms", "create", "--max-duration", "soon"], "--max-duration" },
        { ["rooms", "create", "--max-duration", "30s"], "--max-duration" },
        { ["rooms", "create", "--region", "mars"], "--region" },
        { ["rooms", "update", "r1"], "--name" },
        { ["rooms", "list", "--base-url", "ftp://x"], "--base-url" },
        { ["rooms", "list", "--env", "staging"], "--env" },
        { ["sessions", "list", "--after", "yesterday"], "--after" },
        { ["peers", "list"], "--room" },
        { ["peers", "remove", "--room", "r1"], "--peer" },
        { ["recordings", "start", "--room", "r1", "--resolution", "big"], "--resolution" },
        { ["recordings", "stop"], "--room" },
        { ["recordings", "list", "--status", "paused-ish"], "--status" },
        { ["external-streams", "start", "--room", "r1", "--rtmp-url", "http://x"], "--rtmp-url" },
        { ["token", "app", "--room", "r1"], "--role" },
        { ["token", "app", "--room", "r1", "--role", "host", "--valid-for", "-1h"], "--valid-for" },
        { ["analytics", "events", "--room", "r1", "--type", "chat"], "--type" },
        { ["analytics", "events", "--room", "r1", "--interval", "0s"], "--interval" },
        { ["webhooks", "trigger", "peer.join.success"], "--url" },
        { ["webhooks", "trigger", "no.such.event", "--url", "http://127.0.0.1:9/"], "<event-type>" },
        { ["webhooks", "trigger", "--all", "peer.join.success", "--url", "http://127.0.0.1:9/"], "<event-type> or --all" },
        { ["webhooks", "trigger", "--all", "--url", "http://127.0.0.1:9/", "--header", "no-equals"], "--header" },
        { ["webhooks", "listen", "--port", "70000"], "--port" },
        { ["webhooks", "history", "--status", "maybe"], "--status" },
        { ["api", "get", "https://api.100ms.live/v2/rooms"], "<path>" },
        { ["api", "post", "/rooms", "--data", "{not json"], "--data" },
        { ["fake", "serve", "--seed", "huge"], "--seed" },
        { ["rooms"], "hms rooms --help" },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public async Task Bad_command_lines_exit_2_naming_the_flag_without_calling_the_api(string[] args, string named)
    {
        var harness = new CliHarness();
        var run = await harness.RunAsync(args);

        run.ExitCode.Should().Be(ExitCodes.Usage, run.ToString());
        run.Error.Should().Contain(named).And.StartWith("error: ");
        run.Output.Should().BeEmpty();
        harness.Fake.Requests.Count.Should().Be(0);
    }

    [Fact]
    public async Task A_header_value_is_not_echoed_in_its_error()
    {
        var run = await new CliHarness().RunAsync("webhooks", "trigger", "--all", "--url", "http://127.0.0.1:9/", "--header", "X-Secret:hunter2");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().NotContain("hunter2");
    }

    [Fact]
    public async Task Missing_credentials_are_a_usage_error_naming_flag_and_variable()
    {
        var run = await CliHarness.Execute(["rooms", "list"], new Dictionary<string, string>(), CancellationToken.None, null, null, TimeProvider.System);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Trim().Should().Be("error: missing access key: pass --access-key or set HMS_ACCESS_KEY");
    }

    [Fact]
    public async Task Flags_override_the_environment()
    {
        var harness = new CliHarness();
        harness.Environment["HMS_SECRET"] = "wrong-secret-from-the-environment";

        var fromEnvironment = await harness.RunAsync("rooms", "list", "--json");
        var fromFlag = await harness.RunAsync("rooms", "list", "--json", "--secret", harness.Fake.Secret);

        fromEnvironment.ExitCode.Should().Be(ExitCodes.ApiError);
        fromEnvironment.Error.Should().StartWith("error: 401");
        fromFlag.ExitCode.Should().Be(ExitCodes.Ok, fromFlag.ToString());
    }

    [Fact]
    public async Task An_api_error_is_one_line_with_status_and_request_id_and_exit_1()
    {
        var harness = new CliHarness();
        var run = await harness.RunAsync("rooms", "get", "0123456789abcdef01234567");

        run.ExitCode.Should().Be(ExitCodes.ApiError);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle();
        lines[0].Should().StartWith("error: 404 ").And.Contain("(request id " + harness.Fake.Requests.Last!.RequestId + ")");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task Hms_env_picks_the_non_production_host()
    {
        var handler = new RecordingHandler();
        var run = await CliHarness.Execute(
            ["rooms", "list", "--json"],
            new Dictionary<string, string> { ["HMS_ACCESS_KEY"] = "key", ["HMS_SECRET"] = "secret", ["HMS_ENV"] = "nonprod" },
            CancellationToken.None, null, handler, TimeProvider.System);

        run.ExitCode.Should().Be(ExitCodes.ApiError);
        handler.Requested.Should().NotBeNull();
        handler.Requested!.Host.Should().Be("api-nonprod.100ms.live");
    }

    public static TheoryData<string> CommandPaths => new()
    {
        "", "token", "token app", "token management", "rooms", "rooms list", "rooms get", "rooms create", "rooms update", "rooms enable", "rooms disable",
        "sessions", "sessions list", "sessions get", "peers", "peers list", "peers get", "peers remove",
        "recordings", "recordings start", "recordings stop", "recordings list", "recordings get", "assets", "assets list", "assets url",
        "live-streams", "live-streams start", "live-streams stop", "live-streams list", "live-streams get",
        "external-streams", "external-streams start", "external-streams stop", "external-streams list", "external-streams get",
        "room-codes", "room-codes list", "room-codes create", "analytics", "analytics events",
        "webhooks", "webhooks trigger", "webhooks listen", "webhooks history", "webhooks replay", "api", "api get", "api post", "fake", "fake serve",
    };

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Every_command_has_help_with_examples(string path)
    {
        var args = path.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();
        var run = await new CliHarness().RunAsync(args);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("Usage:").And.Contain("Examples:\n  ").And.Contain("hms ");
    }

    /// <summary>Refuses every request with the URL it was sent to, so the test sees which host was chosen without a network.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public Uri? Requested { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requested = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.Unauthorized) { Content = new StringContent("{\"code\":401,\"message\":\"no\"}") });
        }
    }
}
