using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HmsSdk.Cli.Tests;

/// <summary><c>analytics events --follow</c>: polls on the injected clock, prints only new events, stops cleanly on cancellation.</summary>
public sealed class FollowTests
{
    [Fact]
    public async Task Follow_prints_new_events_each_interval_and_exits_0_when_cancelled()
    {
        var harness = new CliHarness();
        var room = harness.Fake.Rooms.Create("live");
        var first = harness.Fake.Analytics.AddTrackEvent(room.Id);
        using var stop = new CancellationTokenSource();
        var output = new List<string>();

        var running = harness.RunAsync(["analytics", "events", "--room", room.Id, "--type", "track", "--follow", "--interval", "5s", "--json"], stop.Token);
        await AdvanceUntil(harness, () => harness.Fake.Requests.Count >= 1, advance: false);
        var second = harness.Fake.Analytics.AddTrackEvent(room.Id);
        await AdvanceUntil(harness, () => harness.Fake.Requests.Count >= 3, advance: true);
        stop.Cancel();
        var run = await running;

        run.ExitCode.Should().Be(0, run.ToString());
        run.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Should().Equal(first, second);
    }

    // The follow loop waits on the fake clock between polls. Advancing again on every turn means an advance made before
    // the loop started its wait is never lost; the outcome depends only on the requests made, not on timing.
    private static async Task AdvanceUntil(CliHarness harness, Func<bool> done, bool advance)
    {
        for (var i = 0; i < 2000 && !done(); i++)
        {
            if (advance)
            {
                harness.Time.Advance(TimeSpan.FromSeconds(5));
            }

            await Task.Yield();
            await Task.Delay(5);
        }

        done().Should().BeTrue("the follow loop kept polling");
    }
}
