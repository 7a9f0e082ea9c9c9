using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.ActiveRooms;

/// <summary>Argument validation (before any request), escaping of hostile ids and edge-case bodies.</summary>
public sealed class ActiveRoomsBehaviourTests
{
    private static async Task AssertRejectedAsync(Func<IActiveRoomsService, Task> call, string paramName, Type? exceptionType = null)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var exception = await FluentActions.Awaiting(() => call(client.ActiveRooms)).Should().ThrowAsync<ArgumentException>();

        exception.Which.ParamName.Should().Be(paramName);
        if (exceptionType is not null)
        {
            exception.Which.Should().BeOfType(exceptionType);
        }

        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(BadIds.WithExceptionType), MemberType = typeof(BadIds))]
    public async Task Every_method_rejects_a_bad_room_id_without_sending(string? roomId, Type exceptionType)
    {
        var id = roomId!;
        await AssertRejectedAsync(s => s.GetAsync(id), "roomId", exceptionType);
        await AssertRejectedAsync(s => s.ListPeersAsync(id), "roomId", exceptionType);
        await AssertRejectedAsync(s => s.GetPeerAsync(id, "peer-a"), "roomId", exceptionType);
        await AssertRejectedAsync(s => s.UpdatePeerAsync(id, "peer-a", new UpdatePeerOptions { Name = "x" }), "roomId", exceptionType);
        await AssertRejectedAsync(s => s.SendMessageAsync(id, new SendMessageOptions { Message = "x" }), "roomId", exceptionType);
        await AssertRejectedAsync(s => s.RemovePeersAsync(id, RemovePeersOptions.ByRole("guest")), "roomId", exceptionType);
        await AssertRejectedAsync(s => s.EndAsync(id), "roomId", exceptionType);
    }

    [Theory]
    [MemberData(nameof(BadIds.WithExceptionType), MemberType = typeof(BadIds))]
    public async Task Peer_methods_reject_a_bad_peer_id_without_sending(string? peerId, Type exceptionType)
    {
        var id = peerId!;
        await AssertRejectedAsync(s => s.GetPeerAsync("room-1", id), "peerId", exceptionType);
        await AssertRejectedAsync(s => s.UpdatePeerAsync("room-1", id, new UpdatePeerOptions { Name = "x" }), "peerId", exceptionType);
    }

    [Fact]
    public async Task Null_options_are_rejected_where_required()
    {
        await AssertRejectedAsync(s => s.UpdatePeerAsync("room-1", "peer-a", null!), "options", typeof(ArgumentNullException));
        await AssertRejectedAsync(s => s.SendMessageAsync("room-1", null!), "options", typeof(ArgumentNullException));
        await AssertRejectedAsync(s => s.RemovePeersAsync("room-1", null!), "options", typeof(ArgumentNullException));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task SendMessageAsync_requires_a_message(string? message)
    {
        await AssertRejectedAsync(s => s.SendMessageAsync("room-1", new SendMessageOptions { Message = message, PeerId = "peer-a" }), "options");
    }

    [Fact]
    public async Task SendMessageAsync_rejects_a_blank_target_that_would_broadcast()
    {
        await AssertRejectedAsync(s => s.SendMessageAsync("room-1", new SendMessageOptions { Message = "hi", PeerId = " " }), "options");
        await AssertRejectedAsync(s => s.SendMessageAsync("room-1", new SendMessageOptions { Message = "hi", Role = " " }), "options");
    }

    [Fact]
    public async Task RemovePeersAsync_requires_peer_id_or_role()
    {
        await AssertRejectedAsync(s => s.RemovePeersAsync("room-1", new RemovePeersOptions { Reason = "bye" }), "options");
        await AssertRejectedAsync(s => s.RemovePeersAsync("room-1", new RemovePeersOptions { Role = " " }), "options");
    }

    [Fact]
    public void RemovePeersOptions_factories_validate_their_argument()
    {
        FluentActions.Invoking(() => RemovePeersOptions.ByPeerId(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("peerId");
        FluentActions.Invoking(() => RemovePeersOptions.ByRole(" ")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("role");
        var byId = RemovePeersOptions.ByPeerId("peer-a", "spam");
        byId.PeerId.Should().Be("peer-a");
        byId.Role.Should().BeNull();
        byId.Reason.Should().Be("spam");
        RemovePeersOptions.ByRole("guest").Role.Should().Be("guest");
    }

    [Fact]
    public async Task UpdatePeerAsync_requires_at_least_one_field()
    {
        await AssertRejectedAsync(s => s.UpdatePeerAsync("room-1", "peer-a", new UpdatePeerOptions()), "options");
        await AssertRejectedAsync(s => s.UpdatePeerAsync("room-1", "peer-a", new UpdatePeerOptions { Role = " " }), "options");
    }

    [Fact]
    public async Task UpdatePeerAsync_allows_clearing_metadata_with_an_empty_string()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"id":"peer-a","metadata":""}""");
        using var client = TestClients.Create(handler);

        var peer = await client.ActiveRooms.UpdatePeerAsync("room-1", "peer-a", new UpdatePeerOptions { Metadata = "" });

        handler.Requests.Single().Body.Should().Be("""{"metadata":""}""");
        peer.Metadata.Should().BeEmpty();
    }

    [Fact]
    public async Task ListPeersAsync_rejects_blank_filters()
    {
        await AssertRejectedAsync(s => s.ListPeersAsync("room-1", new PeerListOptions { Role = "" }), "options");
        await AssertRejectedAsync(s => s.ListPeersAsync("room-1", new PeerListOptions { UserId = "  " }), "options");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"peers":null}""")]
    public async Task ListPeersAsync_returns_an_empty_map_when_peers_is_missing_unlike_node_undefined(string body)
    {
        var handler = new RecordingHandler().Enqueue(200, body);
        using var client = TestClients.Create(handler);

        var peers = await client.ActiveRooms.ListPeersAsync("room-1");

        peers.Should().NotBeNull().And.BeEmpty();
        handler.Requests.Single().PathAndQuery.Should().Be("/v2/active-rooms/room-1/peers");
    }

    [Fact]
    public async Task Hostile_ids_are_escaped_as_single_segments()
    {
        var handler = new RecordingHandler().AnswerEveryRequestWith("""{"id":"x","message":"ok"}""");
        using var client = TestClients.Create(handler);
        const string roomId = "../rooms?x=1#y";
        const string peerId = "a/b c%d";

        await client.ActiveRooms.GetAsync(roomId);
        await client.ActiveRooms.GetPeerAsync(roomId, peerId);
        await client.ActiveRooms.UpdatePeerAsync(roomId, peerId, new UpdatePeerOptions { Name = "n" });
        await client.ActiveRooms.ListPeersAsync(roomId, new PeerListOptions { Role = "a&b=c" });
        await client.ActiveRooms.SendMessageAsync(roomId, new SendMessageOptions { Message = "m" });
        await client.ActiveRooms.RemovePeersAsync(roomId, RemovePeersOptions.ByPeerId(peerId));
        await client.ActiveRooms.EndAsync(roomId);

        const string room = "..%2Frooms%3Fx%3D1%23y";
        const string peer = "a%2Fb%20c%25d";
        handler.Requests.Select(r => r.PathAndQuery).Should().Equal(
            $"/v2/active-rooms/{room}",
            $"/v2/active-rooms/{room}/peers/{peer}",
            $"/v2/active-rooms/{room}/peers/{peer}",
            $"/v2/active-rooms/{room}/peers?role=a%26b%3Dc",
            $"/v2/active-rooms/{room}/send-message",
            $"/v2/active-rooms/{room}/remove-peers",
            $"/v2/active-rooms/{room}/end-room");
        handler.Requests[5].Body.Should().Be("""{"peer_id":"a/b c%d"}""");
    }

    [Fact]
    public async Task SendMessageAsync_does_not_mutate_the_callers_options()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"message":"message sent"}""");
        using var client = TestClients.Create(handler);
        var options = new SendMessageOptions { Message = "hi", Role = "guest" };

        await client.ActiveRooms.SendMessageAsync("room-1", options);

        options.Message.Should().Be("hi");
        options.Role.Should().Be("guest");
        options.PeerId.Should().BeNull();
        options.Type.Should().BeNull();
    }

    [Fact]
    public async Task GetPeerAsync_maps_404_to_not_found()
    {
        var exception = await TestClients.FailedCallAsync<HmsNotFoundException>(
            404, """{"code":404,"message":"peer not found"}""", c => c.ActiveRooms.GetPeerAsync("room-1", "gone"));

        exception.Operation.Should().Be("ActiveRooms.GetPeer");
    }

    [Fact]
    public void Track_enums_compare_case_insensitively_and_keep_raw_values()
    {
        PeerTrackType type = "VIDEO";
        type.Should().Be(PeerTrackType.Video);
        type.ToString().Should().Be("VIDEO");
        (new PeerTrackSource("Screen") == PeerTrackSource.Screen).Should().BeTrue();
        new PeerTrackSource("whiteboard").Should().NotBe(PeerTrackSource.Screen);
        default(PeerTrackType).ToString().Should().BeEmpty();
    }
}
