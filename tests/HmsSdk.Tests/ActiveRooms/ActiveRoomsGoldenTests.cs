using HmsSdk.Tests.Infrastructure;
using System.Text.Json;
using FluentAssertions;
using static HmsSdk.Tests.Infrastructure.GoldenTimes;

namespace HmsSdk.Tests.ActiveRooms;

/// <summary>One golden wire test per method: exact request on the wire, complete deserialization of a realistic answer.</summary>
public sealed class ActiveRoomsGoldenTests : IDisposable
{
    private const string PeerWithTracksJson = """
        {
          "id": "peer-a",
          "name": "Ada",
          "role": "host",
          "user_id": "user-42",
          "metadata": "{\"hand\":true}",
          "joined_at": "2024-05-06T07:08:09Z",
          "tracks": {
            "trk-audio": {
              "id": "trk-audio", "stream_id": "stream-1", "mute": false, "type": "audio", "source": "regular",
              "started_at": "2024-05-06T07:08:10.123Z", "description": "mic"
            },
            "trk-holo": {
              "id": "trk-holo", "stream_id": "stream-2", "mute": true, "type": "hologram", "source": "spatial-capture",
              "started_at": "2024-05-06T07:08:11.123456789Z", "description": "", "codec": "av1"
            }
          },
          "network_quality": 4
        }
        """;

    private readonly WireApi _wire = new();

    private IActiveRoomsService Service => _wire.Client.ActiveRooms;

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task GetAsync_gets_the_active_room_and_reads_every_field()
    {
        _wire.Respond("GET", "/v2/active-rooms/room-1", 200, """
            {
              "id": "room-1", "name": "standup", "customer_id": "cust-9",
              "session": { "id": "sess-1", "created_at": "2024-05-06T07:08:11.123456789Z", "peers": ["peer-a", "peer-b"], "region": "in" },
              "enabled": true
            }
            """);

        var room = await Service.GetAsync("room-1");

        WireApi.ShouldMatch(_wire.SingleRequest(), "GET", "/v2/active-rooms/room-1");
        room.Id.Should().Be("room-1");
        room.Name.Should().Be("standup");
        room.CustomerId.Should().Be("cust-9");
        room.Session!.Id.Should().Be("sess-1");
        room.Session.CreatedAt.Should().Be(Nanos);
        room.Session.Peers.Should().Equal("peer-a", "peer-b");
        room.Session.AdditionalProperties!["region"].GetString().Should().Be("in");
        room.AdditionalProperties!["enabled"].GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task ListPeersAsync_sends_filters_and_returns_the_peers_map()
    {
        _wire.Respond("GET", "/v2/active-rooms/room-1/peers", 200, """
            {
              "peers": {
                "peer-a": { "id": "peer-a", "name": "Ada", "user_id": "user-42", "metadata": "", "role": "host", "joined_at": "2024-05-06T07:08:09Z", "device": "web" },
                "peer-b": { "id": "peer-b", "name": "Bo", "user_id": "user-42", "metadata": "{}", "role": "host", "joined_at": "2024-05-06T07:08:10.123Z" }
              },
              "count": 2
            }
            """);

        var peers = await Service.ListPeersAsync("room-1", new PeerListOptions { UserId = "user-42", Role = "host" });

        WireApi.ShouldMatch(_wire.SingleRequest(), "GET", "/v2/active-rooms/room-1/peers", "user_id=user-42&role=host");
        peers.Keys.Should().BeEquivalentTo("peer-a", "peer-b");
        var ada = peers["peer-a"];
        ada.Id.Should().Be("peer-a");
        ada.Name.Should().Be("Ada");
        ada.UserId.Should().Be("user-42");
        ada.Metadata.Should().BeEmpty();
        ada.Role.Should().Be("host");
        ada.JoinedAt.Should().Be(WholeSeconds);
        ada.AdditionalProperties!["device"].GetString().Should().Be("web");
        peers["peer-b"].JoinedAt.Should().Be(Millis);
        peers["peer-b"].Metadata.Should().Be("{}");
    }

    [Fact]
    public async Task GetPeerAsync_gets_the_peer_with_tracks_and_keeps_unknown_enum_values()
    {
        _wire.Respond("GET", "/v2/active-rooms/room-1/peers/peer-a", 200, PeerWithTracksJson);

        var peer = await Service.GetPeerAsync("room-1", "peer-a");

        WireApi.ShouldMatch(_wire.SingleRequest(), "GET", "/v2/active-rooms/room-1/peers/peer-a");
        AssertPeerWithTracks(peer);
    }

    [Fact]
    public async Task UpdatePeerAsync_posts_only_the_set_fields_and_returns_the_peer()
    {
        _wire.Respond("POST", "/v2/active-rooms/room-1/peers/peer-a", 200, PeerWithTracksJson);

        var peer = await Service.UpdatePeerAsync("room-1", "peer-a", new UpdatePeerOptions { Name = "Ada", Metadata = "{\"hand\":true}" });

        WireApi.ShouldMatch(_wire.SingleRequest(), "POST", "/v2/active-rooms/room-1/peers/peer-a", jsonBody: """{"name":"Ada","metadata":"{\"hand\":true}"}""");
        AssertPeerWithTracks(peer);
    }

    [Fact]
    public async Task SendMessageAsync_targets_a_peer_with_peer_id_not_node_peerId()
    {
        _wire.Respond("POST", "/v2/active-rooms/room-1/send-message", 200, """{"message":"message sent","trace":"t-1"}""");

        var ack = await Service.SendMessageAsync("room-1", new SendMessageOptions { Message = "hi Ada", PeerId = "peer-a", Type = "chat" });

        var request = _wire.SingleRequest();
        WireApi.ShouldMatch(request, "POST", "/v2/active-rooms/room-1/send-message", jsonBody: """{"message":"hi Ada","peer_id":"peer-a","type":"chat"}""");
        // Node's RoomMessageParams sent "peerId", which the API ignores, so "targeted" messages were broadcast.
        JsonDocument.Parse(request.Body!).RootElement.TryGetProperty("peerId", out _).Should().BeFalse();
        ack.Message.Should().Be("message sent");
        ack.AdditionalProperties!["trace"].GetString().Should().Be("t-1");
    }

    [Fact]
    public async Task SendMessageAsync_to_a_role_sends_role()
    {
        _wire.Respond("POST", "/v2/active-rooms/room-1/send-message", 200, """{"message":"message sent"}""");

        await Service.SendMessageAsync("room-1", new SendMessageOptions { Message = "break", Role = "guest" });

        WireApi.ShouldMatch(_wire.SingleRequest(), "POST", "/v2/active-rooms/room-1/send-message", jsonBody: """{"message":"break","role":"guest"}""");
    }

    [Fact]
    public async Task RemovePeersAsync_by_peer_id_sends_peer_id_and_reason()
    {
        _wire.Respond("POST", "/v2/active-rooms/room-1/remove-peers", 200, """{"message":"peer remove request submitted"}""");

        var ack = await Service.RemovePeersAsync("room-1", RemovePeersOptions.ByPeerId("peer-a", "spam"));

        WireApi.ShouldMatch(_wire.SingleRequest(), "POST", "/v2/active-rooms/room-1/remove-peers", jsonBody: """{"peer_id":"peer-a","reason":"spam"}""");
        ack.Message.Should().Be("peer remove request submitted");
    }

    [Fact]
    public async Task RemovePeersAsync_by_role_sends_role_only()
    {
        _wire.Respond("POST", "/v2/active-rooms/room-1/remove-peers", 200, """{"message":"peer remove request submitted"}""");

        await Service.RemovePeersAsync("room-1", RemovePeersOptions.ByRole("guest"));

        WireApi.ShouldMatch(_wire.SingleRequest(), "POST", "/v2/active-rooms/room-1/remove-peers", jsonBody: """{"role":"guest"}""");
    }

    [Fact]
    public async Task EndAsync_posts_end_room_with_reason_and_lock()
    {
        _wire.Respond("POST", "/v2/active-rooms/room-1/end-room", 200, """{"message":"session is ending"}""");

        var ack = await Service.EndAsync("room-1", new EndRoomOptions { Reason = "done", Lock = true });

        WireApi.ShouldMatch(_wire.SingleRequest(), "POST", "/v2/active-rooms/room-1/end-room", jsonBody: """{"reason":"done","lock":true}""");
        ack.Message.Should().Be("session is ending");
    }

    [Fact]
    public async Task EndAsync_without_options_posts_an_empty_object()
    {
        _wire.Respond("POST", "/v2/active-rooms/room-1/end-room", 200, """{"message":"session is ending"}""");

        await Service.EndAsync("room-1");

        WireApi.ShouldMatch(_wire.SingleRequest(), "POST", "/v2/active-rooms/room-1/end-room", jsonBody: "{}");
    }

    private static void AssertPeerWithTracks(ActivePeerWithTracks peer)
    {
        peer.Id.Should().Be("peer-a");
        peer.Name.Should().Be("Ada");
        peer.Role.Should().Be("host");
        peer.UserId.Should().Be("user-42");
        peer.Metadata.Should().Be("{\"hand\":true}");
        peer.JoinedAt.Should().Be(WholeSeconds);
        peer.AdditionalProperties!["network_quality"].GetInt32().Should().Be(4);
        peer.Tracks!.Keys.Should().BeEquivalentTo("trk-audio", "trk-holo");

        var audio = peer.Tracks["trk-audio"];
        audio.Id.Should().Be("trk-audio");
        audio.StreamId.Should().Be("stream-1");
        audio.Mute.Should().BeFalse();
        audio.Type.Should().Be(PeerTrackType.Audio);
        audio.Source.Should().Be(PeerTrackSource.Regular);
        audio.StartedAt.Should().Be(Millis);
        audio.Description.Should().Be("mic");
        audio.AdditionalProperties.Should().BeNull();

        var holo = peer.Tracks["trk-holo"];
        holo.Id.Should().Be("trk-holo");
        holo.StreamId.Should().Be("stream-2");
        holo.Mute.Should().BeTrue();
        holo.Type!.Value.ToString().Should().Be("hologram");
        holo.Source!.Value.ToString().Should().Be("spatial-capture");
        holo.StartedAt.Should().Be(Nanos);
        holo.Description.Should().BeEmpty();
        holo.AdditionalProperties!["codec"].GetString().Should().Be("av1");
    }
}
