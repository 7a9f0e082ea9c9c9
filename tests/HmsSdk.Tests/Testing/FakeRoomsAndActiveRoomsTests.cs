using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace HmsSdk.Tests.Testing;

public sealed class FakeRoomsAndActiveRoomsTests
{
    [Fact]
    public async Task Create_room_is_an_upsert_by_case_insensitive_name()
    {
        using var ctx = new FakeApiTestContext();
        var created = await ctx.PostJsonAsync("rooms", "{\"name\":\"Standup\",\"description\":\"first\"}");
        ctx.Time.Advance(TimeSpan.FromSeconds(3));
        var again = await ctx.PostJsonAsync("rooms", "{\"name\":\"standup\",\"description\":\"second\",\"region\":\"eu\"}");

        ((string)again["id"]!).Should().Be((string)created["id"]!);
        ((string)again["description"]!).Should().Be("second");
        ((string)again["region"]!).Should().Be("eu");
        ((string)again["created_at"]!).Should().Be((string)created["created_at"]!);
        ((string)again["updated_at"]!).Should().Be("2025-03-01T12:00:03.000Z");
        ((string)again["template_id"]!).Should().Be(ctx.Fake.DefaultTemplateId);
        ((string)again["customer_id"]!).Should().Be(ctx.Fake.CustomerId);
        ((bool)again["recording_source_template"]!).Should().BeTrue();
        ctx.Fake.Rooms.Count.Should().Be(1);

        var generated = await ctx.PostJsonAsync("rooms");
        ((string)generated["name"]!).Should().NotBeNullOrEmpty();
        ((string)generated["id"]!).Should().MatchRegex("^[0-9a-f]{24}$");
    }

    [Fact]
    public async Task Rooms_list_defaults_to_enabled_and_filters_by_name_and_template()
    {
        using var ctx = new FakeApiTestContext();
        var rooms = ctx.Fake.Seed.Rooms(3);
        var disabled = await ctx.PostJsonAsync($"rooms/{rooms[1].Id}", "{\"enabled\":false}");
        ((bool)disabled["enabled"]!).Should().BeFalse();

        var list = await ctx.GetJsonAsync("rooms");
        list["data"]!.AsArray().Select(r => (string)r!["id"]!).Should().Equal(rooms[0].Id, rooms[2].Id);
        var off = await ctx.GetJsonAsync("rooms?enabled=false");
        off["data"]!.AsArray().Select(r => (string)r!["id"]!).Should().Equal(rooms[1].Id);
        var byName = await ctx.GetJsonAsync("rooms?name=ROOM-3");
        byName["data"]!.AsArray().Should().ContainSingle().Which!["id"]!.GetValue<string>().Should().Be(rooms[2].Id);
        var byTemplate = await ctx.GetJsonAsync("rooms?template_id=ffffffffffffffffffffffff");
        byTemplate["data"]!.AsArray().Should().BeEmpty();
    }

    [Theory]
    [InlineData("{\"name\": ", "Invalid request body")]
    [InlineData("[1,2]", "Invalid request body")]
    [InlineData("{\"name\": 42}", "Invalid body param: name")]
    [InlineData("{\"name\": \"has space\"}", "Invalid body param: name")]
    [InlineData("{\"template\": \"x\"}", "Invalid body param: template. Use template_id")]
    [InlineData("{\"template_id\": \"ffffffffffffffffffffffff\"}", "Error: template not found")]
    [InlineData("{\"max_duration_seconds\": 60}", "Invalid body param: max_duration_seconds less than 120 seconds")]
    [InlineData("{\"max_duration_seconds\": 50000}", "Invalid body param: max_duration_seconds greater than 43200 seconds")]
    [InlineData("{\"region\": \"mars\"}", "Error: region not supported")]
    [InlineData("{\"large_room\": \"yes\"}", "Invalid body param: large_room")]
    [InlineData("{\"recording_info\": {\"enabled\": true, \"upload_info\": {\"type\": \"s3\"}}}", "Bucket location is missing")]
    public async Task Bad_room_bodies_are_400_and_change_nothing(string body, string message)
    {
        using var ctx = new FakeApiTestContext();
        var (status, error) = await ctx.ErrorAsync(HttpMethod.Post, "rooms", body);
        status.Should().Be(400);
        ((int)error["code"]!).Should().Be(400);
        ((string)error["message"]!).Should().Be(message);
        error["details"].Should().BeOfType<JsonArray>();
        ctx.Fake.Rooms.Count.Should().Be(0);
    }

    [Theory]
    [InlineData("GET", "rooms/{missing}")]
    [InlineData("POST", "rooms/{missing}")]
    [InlineData("GET", "sessions/{missing}")]
    [InlineData("GET", "active-rooms/{missing}")]
    [InlineData("GET", "active-rooms/{room}")]
    [InlineData("GET", "active-rooms/{room}/peers")]
    [InlineData("POST", "active-rooms/{room}/end-room")]
    [InlineData("GET", "recordings/{missing}")]
    [InlineData("GET", "live-streams/{missing}")]
    [InlineData("GET", "external-streams/{missing}")]
    [InlineData("GET", "recording-assets/{missing}")]
    [InlineData("GET", "recording-assets/{missing}/presigned-url")]
    [InlineData("GET", "templates/{missing}")]
    [InlineData("GET", "polls/{missing}")]
    [InlineData("POST", "room-codes/room/{missing}")]
    [InlineData("GET", "stream-keys/room/{room}")]
    public async Task Unknown_ids_and_inactive_rooms_are_404_with_an_error_body(string method, string template)
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("idle");
        var path = template.Replace("{missing}", "aaaaaaaaaaaaaaaaaaaaaaaa").Replace("{room}", room.Id);
        var (status, body) = await ctx.ErrorAsync(new HttpMethod(method), path, method == "POST" ? "{}" : null);
        status.Should().Be(404);
        ((int)body["code"]!).Should().Be(404);
        ((string)body["message"]!).Should().NotBeNullOrEmpty();
        body["details"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Active_room_reflects_joined_peers_and_supports_peer_update_messages_and_removal()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("live");
        var host = ctx.Fake.Peers.Join(room.Id, "Ana", "host", "u-ana");
        ctx.Time.Advance(TimeSpan.FromSeconds(5));
        var guest1 = ctx.Fake.Peers.Join(room.Id, "Ben", "guest", "u-ben");
        var guest2 = ctx.Fake.Peers.Join(room.Id, "Chen", "guest", "u-chen");
        guest1.SessionId.Should().Be(host.SessionId);

        var active = await ctx.GetJsonAsync($"active-rooms/{room.Id}");
        ((string)active["session"]!["id"]!).Should().Be(host.SessionId);
        active["session"]!["peers"]!.AsArray().Select(p => (string)p!).Should().Equal(host.Id, guest1.Id, guest2.Id);

        var guests = await ctx.GetJsonAsync($"active-rooms/{room.Id}/peers?role=guest");
        guests["peers"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(new[] { guest1.Id, guest2.Id });
        var byUser = await ctx.GetJsonAsync($"active-rooms/{room.Id}/peers?user_id=u-ana");
        ((string)byUser["peers"]![host.Id]!["name"]!).Should().Be("Ana");
        var none = await ctx.GetJsonAsync($"active-rooms/{room.Id}/peers?role=viewer");
        none["peers"]!.AsObject().Should().BeEmpty();

        var peer = await ctx.GetJsonAsync($"active-rooms/{room.Id}/peers/{host.Id}");
        peer["tracks"]!.AsObject().Select(t => (string)t.Value!["type"]!).Should().BeEquivalentTo(new[] { "audio", "video" });
        var updated = await ctx.PostJsonAsync($"active-rooms/{room.Id}/peers/{guest1.Id}", "{\"name\":\"Benjamin\",\"role\":\"host\",\"metadata\":\"{\\\"hand\\\":true}\"}");
        ((string)updated["role"]!).Should().Be("host");
        ((string)updated["metadata"]!).Should().Be("{\"hand\":true}");
        var (badRole, _) = await ctx.ErrorAsync(HttpMethod.Post, $"active-rooms/{room.Id}/peers/{guest1.Id}", "{\"role\":\"ghost\"}");
        badRole.Should().Be(400);

        var sent = await ctx.PostJsonAsync($"active-rooms/{room.Id}/send-message", $"{{\"message\":\"hi\",\"peer_id\":\"{guest2.Id}\",\"type\":\"chat\"}}");
        ((string)sent["message"]!).Should().Be("message sent");
        ((string)ctx.Fake.SentMessages.Single()["peer_id"]!).Should().Be(guest2.Id);
        var (missingMessage, error) = await ctx.ErrorAsync(HttpMethod.Post, $"active-rooms/{room.Id}/send-message", "{\"role\":\"guest\"}");
        missingMessage.Should().Be(400);
        ((string)error["message"]!).Should().Be("Invalid body param: message");

        var (noTarget, _) = await ctx.ErrorAsync(HttpMethod.Post, $"active-rooms/{room.Id}/remove-peers", "{\"reason\":\"bye\"}");
        noTarget.Should().Be(400);
        var removed = await ctx.PostJsonAsync($"active-rooms/{room.Id}/remove-peers", "{\"role\":\"guest\",\"reason\":\"bye\"}");
        ((string)removed["message"]!).Should().Be("peer remove request submitted");
        ctx.Fake.Peers.Connected(room.Id).Select(p => p.Id).Should().BeEquivalentTo(new[] { host.Id, guest1.Id }, "guest1 became a host");

        var session = await ctx.GetJsonAsync($"sessions/{host.SessionId}");
        ((bool)session["active"]!).Should().BeTrue();
        ((string)session["peers"]![guest2.Id]!["left_at"]!).Should().Be("2025-03-01T12:00:05.000000000Z");
    }

    [Fact]
    public async Task End_room_with_lock_closes_the_session_and_disables_the_room()
    {
        using var ctx = new FakeApiTestContext();
        var (room, peer) = ctx.RoomWithHost("ending");
        ctx.Time.Advance(TimeSpan.FromMinutes(2));

        var ended = await ctx.PostJsonAsync($"active-rooms/{room.Id}/end-room", "{\"reason\":\"done\",\"lock\":true}");
        ((string)ended["message"]!).Should().Be("session is ending");

        var (status, _) = await ctx.ErrorAsync(HttpMethod.Get, $"active-rooms/{room.Id}");
        status.Should().Be(404);
        var stored = await ctx.GetJsonAsync($"rooms/{room.Id}");
        ((bool)stored["enabled"]!).Should().BeFalse();
        var session = await ctx.GetJsonAsync($"sessions/{peer.SessionId}");
        ((bool)session["active"]!).Should().BeFalse();
        ((string)session["updated_at"]!).Should().Be("2025-03-01T12:02:00.000000000Z");
        var join = () => ctx.Fake.Peers.Join(room.Id);
        join.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Sessions_open_on_first_join_and_close_on_last_leave()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("cycle");
        var a = ctx.Fake.Peers.Join(room.Id);
        var b = ctx.Fake.Peers.Join(room.Id);
        ctx.Fake.Peers.Leave(a.Id);
        ctx.Fake.Sessions.Active(room.Id)!.Id.Should().Be(a.SessionId);
        ctx.Fake.Peers.Leave(b.Id);
        ctx.Fake.Sessions.Active(room.Id).Should().BeNull();
        ctx.Fake.Sessions.Get(a.SessionId).Active.Should().BeFalse();
        var c = ctx.Fake.Peers.Join(room.Id);
        c.SessionId.Should().NotBe(a.SessionId, "a new join after close opens a new session");
        ctx.Fake.Analytics.EventCount(room.Id).Should().Be(3 * 2 + 2 * 2, "track add for 3 peers' two tracks, track remove for the two who left");
    }
}
