using FluentAssertions;
using Xunit;

namespace HmsSdk.Cli.Tests;

/// <summary>
/// Every API command, run in process against the same seeded fake, compared byte for byte with Goldens/&lt;name&gt;.txt.
/// The goldens pin the CLI's formatting (field names, order, JSON lines, table layout) over the fake's deterministic
/// state; regenerate with HMS_UPDATE_GOLDENS=1 and review the diff.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string, string[]> Commands => new()
    {
        { "rooms-list", ["rooms", "list", "--json"] },
        { "rooms-list-table", ["rooms", "list"] },
        { "rooms-list-limit", ["rooms", "list", "--limit", "1", "--json"] },
        { "rooms-get", ["rooms", "get", "{standup}", "--json"] },
        { "rooms-get-table", ["rooms", "get", "{standup}"] },
        { "rooms-create", ["rooms", "create", "--name", "cli-room", "--description", "made by hms", "--region", "eu", "--size", "20", "--max-duration", "1h", "--json"] },
        { "rooms-update", ["rooms", "update", "{webinar}", "--description", "weekly", "--json"] },
        { "rooms-disable", ["rooms", "disable", "{webinar}", "--json"] },
        { "rooms-enable", ["rooms", "enable", "{webinar}", "--json"] },
        { "sessions-list", ["sessions", "list", "--json"] },
        { "sessions-list-active", ["sessions", "list", "--room", "{standup}", "--active", "--json"] },
        { "sessions-list-table", ["sessions", "list"] },
        { "sessions-get", ["sessions", "get", "{closed-session}", "--json"] },
        { "peers-list", ["peers", "list", "--room", "{standup}", "--json"] },
        { "peers-list-table", ["peers", "list", "--room", "{standup}"] },
        { "peers-get", ["peers", "get", "{ana}", "--room", "{standup}", "--json"] },
        { "peers-remove", ["peers", "remove", "--room", "{standup}", "--peer", "{ana}", "--reason", "bye", "--json"] },
        { "recordings-list", ["recordings", "list", "--json"] },
        { "recordings-get", ["recordings", "get", "{recording}", "--json"] },
        { "recordings-start", ["recordings", "start", "--room", "{webinar}", "--resolution", "1280x720", "--json"] },
        { "recordings-stop", ["recordings", "stop", "{recording}", "--json"] },
        { "recordings-stop-room", ["recordings", "stop", "--room", "{standup}", "--json"] },
        { "assets-list", ["assets", "list", "--room", "{webinar}", "--json"] },
        { "assets-list-table", ["assets", "list"] },
        { "assets-url", ["assets", "url", "{asset}", "--valid-for", "10m", "--json"] },
        { "live-streams-start", ["live-streams", "start", "--room", "{webinar}", "--record", "--json"] },
        { "live-streams-list", ["live-streams", "list", "--json"] },
        { "live-streams-stop-room", ["live-streams", "stop", "--room", "{standup}", "--json"] },
        { "external-streams-stop-room", ["external-streams", "stop", "--room", "{standup}", "--json"] },
        { "external-streams-start", ["external-streams", "start", "--room", "{webinar}", "--rtmp-url", "rtmp://live.example.test/app/stream-key-1", "--json"] },
        { "external-streams-list", ["external-streams", "list", "--status", "starting", "--json"] },
        { "room-codes-list", ["room-codes", "list", "--room", "{standup}", "--json"] },
        { "room-codes-create", ["room-codes", "create", "--room", "{webinar}", "--json"] },
        { "room-codes-create-role", ["room-codes", "create", "--room", "{webinar}", "--role", "guest", "--json"] },
        { "analytics-events", ["analytics", "events", "--room", "{standup}", "--json"] },
        { "analytics-events-track", ["analytics", "events", "--room", "{standup}", "--type", "track", "--json"] },
        { "analytics-events-recording", ["analytics", "events", "--room", "{standup}", "--type", "recording", "--json"] },
        { "analytics-events-error", ["analytics", "events", "--room", "{standup}", "--type", "error", "--json"] },
        { "analytics-events-table", ["analytics", "events", "--room", "{standup}"] },
        { "webhooks-history", ["webhooks", "history", "--json"] },
        { "webhooks-history-failed", ["webhooks", "history", "--status", "failed", "--json"] },
        { "webhooks-replay", ["webhooks", "replay", "--room", "{standup}", "--since", "2025-03-01T11:00:00Z", "--until", "2025-03-01T12:00:00Z", "--json"] },
        { "api-get", ["api", "get", "/rooms/{standup}", "--json"] },
        { "api-get-query", ["api", "get", "sessions", "--query", "room_id={webinar}", "--query", "limit=10"] },
        { "api-post", ["api", "post", "/rooms", "--data", "{\"name\":\"from-api\",\"description\":\"raw\"}"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_output_matches_its_golden(string name, string[] args)
    {
        var harness = new CliHarness();
        var ids = await harness.SeedAsync();

        var run = await harness.RunAsync(ids.Expand(args));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().NotContain(harness.Fake.Secret);
        run.Error.Should().NotContain(harness.Fake.Secret);
        // Read from the source tree (like snapshot tools do), so regenerated goldens need no rebuild.
        var path = Path.Combine(SourceDirectory(), "Goldens", name + ".txt");
        if (System.Environment.GetEnvironmentVariable("HMS_UPDATE_GOLDENS") == "1")
        {
            await File.WriteAllTextAsync(path, run.Output);
            return;
        }

        File.Exists(path).Should().BeTrue($"golden {name}.txt exists (HMS_UPDATE_GOLDENS=1 creates it)");
        run.Output.ReplaceLineEndings("\n").Should().Be((await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Json_lists_are_one_object_per_line(string name, string[] args)
    {
        if (!args.Contains("--json"))
        {
            return;
        }

        var harness = new CliHarness();
        var ids = await harness.SeedAsync();
        var run = await harness.RunAsync(ids.Expand(args));

        run.Lines.Should().NotBeEmpty(name);
        foreach (var line in run.Lines)
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            document.RootElement.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object, name);
        }
    }

    // The source folder, found from the test binaries: CI builds map source paths to /_/ (deterministic builds), so
    // CallerFilePath cannot be used to reach the goldens.
    private static string SourceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "HmsSdk.Cli.Tests");
            if (Directory.Exists(Path.Combine(candidate, "Goldens")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/HmsSdk.Cli.Tests/Goldens not found above " + AppContext.BaseDirectory);
    }
}
