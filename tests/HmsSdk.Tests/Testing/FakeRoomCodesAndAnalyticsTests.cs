using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace HmsSdk.Tests.Testing;

public sealed class FakeRoomCodesAndAnalyticsTests
{
    [Fact]
    public async Task Room_codes_are_created_per_template_role_listed_and_toggled()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("codes");
        var all = await ctx.PostJsonAsync($"room-codes/room/{room.Id}");
        var codes = all["data"]!.AsArray();
        codes.Select(c => (string)c!["role"]!).Should().Equal("guest", "host");
        codes.Should().OnlyContain(c => System.Text.RegularExpressions.Regex.IsMatch((string)c!["code"]!, "^[a-z]{3}-[a-z]{4}-[a-z]{3}$"));
        var hostCode = await ctx.PostJsonAsync($"room-codes/room/{room.Id}/role/host");
        ((string)hostCode["role"]!).Should().Be("host");
        var (missingRole, roleError) = await ctx.ErrorAsync(HttpMethod.Post, $"room-codes/room/{room.Id}/role/ghost", "{}");
        missingRole.Should().Be(404);
        ((string)roleError["message"]!).Should().Be("Role not found");

        var code = (string)codes[0]!["code"]!;
        var disabled = await ctx.PostJsonAsync("room-codes/code", $"{{\"code\":\"{code}\",\"enabled\":false}}");
        ((bool)disabled["enabled"]!).Should().BeFalse();
        var listDisabled = await ctx.GetJsonAsync($"room-codes/room/{room.Id}?enabled=false");
        listDisabled["data"]!.AsArray().Select(c => (string)c!["code"]!).Should().Equal(code);
        var hosts = await ctx.GetJsonAsync($"room-codes/room/{room.Id}?role=host");
        hosts["data"]!.AsArray().Should().HaveCount(2);
        ((string)hosts["last"]!).Should().BeEmpty("the final page carries an empty last, as in the documented sample");

        ctx.Fake.Rooms.SetEnabled(room.Id, false);
        var (disabledRoom, body) = await ctx.ErrorAsync(HttpMethod.Post, $"room-codes/room/{room.Id}", "{}");
        disabledRoom.Should().Be(403);
        ((string)body["message"]!).Should().Be("Room is disabled");
        var (cannotEnable, _) = await ctx.ErrorAsync(HttpMethod.Post, "room-codes/code", $"{{\"code\":\"{code}\",\"enabled\":true}}");
        cannotEnable.Should().Be(403);
    }

    [Theory]
    [InlineData("{\"enabled\":true}", 400)]
    [InlineData("{\"code\":\"abc-defg-hij\"}", 400)]
    [InlineData("{\"code\":\"abc-defg-hij\",\"enabled\":\"true\"}", 400)]
    [InlineData("{\"code\":123,\"enabled\":true}", 400)]
    [InlineData("{\"code\":\"abc-defg-hij\",\"enabled\":true,\"role\":\"host\"}", 400)]
    [InlineData("not json", 400)]
    [InlineData("{\"code\":\"abc-defg-hij\",\"enabled\":true}", 404)]
    public async Task Room_code_update_validates_its_body(string body, int expected)
    {
        using var ctx = new FakeApiTestContext();
        var (status, error) = await ctx.ErrorAsync(HttpMethod.Post, "room-codes/code", body);
        status.Should().Be(expected);
        ((int)error["code"]!).Should().Be(expected);
        if (expected == 404)
        {
            ((string)error["message"]!).Should().Be("Code not found");
        }
    }

    [Fact]
    public async Task Stream_keys_create_get_disable()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("ingest");
        var (none, noneBody) = await ctx.ErrorAsync(HttpMethod.Get, $"stream-keys/room/{room.Id}");
        none.Should().Be(404);
        ((string)noneBody["message"]!).Should().Be("No active key found");
        var key = await ctx.PostJsonAsync($"stream-keys/room/{room.Id}");
        ((string)key["url"]!).Should().StartWith("rtmp://");
        var (duplicate, dupBody) = await ctx.ErrorAsync(HttpMethod.Post, $"stream-keys/room/{room.Id}", "{}");
        duplicate.Should().Be(400);
        ((string)dupBody["message"]!).Should().Be("Active key already exists");
        var got = await ctx.GetJsonAsync($"stream-keys/room/{room.Id}");
        ((string)got["data"]![0]!["key"]!).Should().Be((string)key["key"]!);
        ((string)(await ctx.PostJsonAsync($"stream-keys/room/{room.Id}/disable"))["message"]!).Should().Be("key disabled successfully");
        var (gone, goneBody) = await ctx.ErrorAsync(HttpMethod.Post, $"stream-keys/room/{room.Id}/disable", "{}");
        gone.Should().Be(404);
        ((string)goneBody["message"]!).Should().Be("Key not found");
    }

    [Fact]
    public async Task Analytics_events_page_by_next_until_it_is_empty()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("events");
        var seeded = ctx.Fake.Seed.TrackEvents(room.Id, 45);
        ctx.Fake.Analytics.AddRecordingEvent(room.Id, beamId: "beam-1");
        ctx.Fake.Analytics.AddErrorEvent(room.Id);

        var ids = new List<string>();
        var pages = 0;
        string? start = null;
        var types = "type=track.add.success&type=track.update.success&type=track.remove.success";
        while (true)
        {
            var page = await ctx.GetJsonAsync($"analytics/events?room_id={room.Id}&{types}" + (start is null ? string.Empty : "&start=" + start));
            pages++;
            ((int)page["limit"]!).Should().Be(10);
            ((int)page["total"]!).Should().Be(45);
            var events = page["events"]!.AsArray();
            events.Should().OnlyContain(e => (string)e!["version"]! == "2.0" && ((string)e["type"]!).StartsWith("track."));
            ids.AddRange(events.Select(e => (string)e!["id"]!));
            var next = (string)page["next"]!;
            if (next.Length == 0)
            {
                break;
            }

            next.Should().Be(ids[^1]);
            start = next;
        }

        pages.Should().Be(5);
        ids.Should().Equal(seeded);

        var all = await ctx.GetJsonAsync($"analytics/events?room_id={room.Id}&limit=100");
        ((int)all["total"]!).Should().Be(47);
        ((string)all["next"]!).Should().BeEmpty();
        var beam = await ctx.GetJsonAsync($"analytics/events?room_id={room.Id}&type=beam.recording.success&beam_id=beam-1");
        ((string)beam["events"]![0]!["data"]!["beam_id"]!).Should().Be("beam-1");
        var errors = await ctx.GetJsonAsync($"analytics/events?room_id={room.Id}&error=true");
        errors["events"]!.AsArray().Select(e => (string)e!["type"]!).Should().Equal("client.join.failed");
        var onePerPage = await ctx.GetJsonAsync($"analytics/events?room_id={room.Id}&limit=1&type=beam.recording.success");
        ((string)onePerPage["next"]!).Should().BeEmpty("a single matching event leaves nothing after it");
    }

    [Fact]
    public async Task Webhook_history_pages_by_number_and_replay_completes_on_the_clock()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("hooks");
        ctx.Fake.Seed.WebhookDeliveries(room.Id, 25, failEvery: 5);

        var page2 = await ctx.GetJsonAsync($"analytics/webhooks?room_id={room.Id}&limit=10&page=2");
        page2["events"]!.AsArray().Should().HaveCount(10);
        var pagination = page2["pagination"]!;
        ((int)pagination["total_pages"]!).Should().Be(3);
        ((int)pagination["total_items"]!).Should().Be(25);
        ((bool)pagination["has_next"]!).Should().BeTrue();
        ((bool)pagination["has_prev"]!).Should().BeTrue();
        var failed = await ctx.GetJsonAsync("analytics/webhooks?status=failed");
        ((int)failed["summary"]!["total_events"]!).Should().Be(5);
        var (old, oldBody) = await ctx.ErrorAsync(HttpMethod.Get, "analytics/webhooks?start_time=2024-01-01T00:00:00Z");
        old.Should().Be(400);
        ((string)oldBody["message"]!).Should().Be("start_time must be within the last 30 days");

        var replay = await ctx.PostJsonAsync("analytics/webhooks/replay", $"{{\"room_id\":\"{room.Id}\"}}");
        ((string)replay["status"]!).Should().Be("started");
        var again = await ctx.PostJsonAsync("analytics/webhooks/replay", $"{{\"room_id\":\"{room.Id}\"}}");
        ((string)again["status"]!).Should().Be("already_running");
        ((string)again["workflow_id"]!).Should().Be((string)replay["workflow_id"]!);
        var id = (string)replay["workflow_id"]!;
        ((string)(await ctx.GetJsonAsync($"analytics/webhooks/replay/{id}"))["status"]!).Should().Be("Running");
        ctx.Time.Advance(TimeSpan.FromSeconds(10));
        var done = await ctx.GetJsonAsync($"analytics/webhooks/replay/{id}");
        ((string)done["status"]!).Should().Be("completed");
        ((int)done["progress"]!["total"]!).Should().Be(5, "replay defaults to failed deliveries");
        var (unknown, _) = await ctx.ErrorAsync(HttpMethod.Get, "analytics/webhooks/replay/nope");
        unknown.Should().Be(404);
    }

    [Fact]
    public async Task Peer_stats_are_served_after_the_session_ends()
    {
        using var ctx = new FakeApiTestContext();
        var (room, peer) = ctx.RoomWithHost("stats");
        var (active, _) = await ctx.ErrorAsync(HttpMethod.Get, $"analytics/peer-stats?peer_id={peer.Id}&session_id={peer.SessionId}");
        active.Should().Be(400);
        ctx.Time.Advance(TimeSpan.FromMinutes(5));
        ctx.Fake.Peers.Leave(peer.Id);
        var stats = await ctx.GetJsonAsync($"analytics/peer-stats?peer_id={peer.Id}&session_id={peer.SessionId}");
        var series = stats["publisher"]!["video"]![0]!["time_series"]!;
        series["timestamps"]!.AsArray().Should().HaveCount(10);
        ((long)series["timestamps"]![0]!).Should().Be(FakeApiTestContext.Start.ToUnixTimeMilliseconds());
        var (missing, _) = await ctx.ErrorAsync(HttpMethod.Get, $"analytics/peer-stats?session_id={peer.SessionId}");
        missing.Should().Be(400);
    }
}
