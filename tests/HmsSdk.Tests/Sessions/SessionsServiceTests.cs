using System.Text.Json;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using HmsSdk.Tests.Rooms;
using HmsSdk.Sessions;

namespace HmsSdk.Tests.Sessions;

public class SessionsServiceTests
{
    internal const string SessionJson = """
        {
          "id": "sess-1",
          "room_id": "room-1",
          "customer_id": "cust-1",
          "app_id": "app-1",
          "active": false,
          "peers": {
            "peer-a": {
              "id": "peer-a",
              "session_id": "sess-1",
              "name": "Alice",
              "role": "host",
              "user_id": "u-1",
              "user": "u-1",
              "joined_at": "2023-03-02T07:44:27.010516042Z",
              "left_at": "2023-03-02T08:00:00.5Z",
              "device": "chrome"
            },
            "peer-b": {
              "id": "peer-b",
              "session_id": "sess-1",
              "name": "Bob",
              "role": "guest",
              "user_id": "u-2",
              "joined_at": "2023-03-02T07:50:00Z",
              "left_at": null
            }
          },
          "created_at": "2023-03-02T07:44:00.123Z",
          "updated_at": "2023-03-02T08:00:01Z",
          "future_field": [1, 2]
        }
        """;

    private static string SmallSession(string id) =>
        $$"""{"id":"{{id}}","room_id":"room-1","active":true,"peers":{},"created_at":"2024-01-01T00:00:00Z"}""";

    private static void AssertFullSession(Session session)
    {
        session.Id.Should().Be("sess-1");
        session.RoomId.Should().Be("room-1");
        session.CustomerId.Should().Be("cust-1");
        session.AppId.Should().Be("app-1");
        session.Active.Should().BeFalse();
        session.CreatedAt.Should().Be(new DateTimeOffset(2023, 3, 2, 7, 44, 0, 123, TimeSpan.Zero));
        session.UpdatedAt.Should().Be(new DateTimeOffset(2023, 3, 2, 8, 0, 1, TimeSpan.Zero));
        session.AdditionalProperties!["future_field"].GetArrayLength().Should().Be(2);
        session.Peers.Keys.Should().BeEquivalentTo("peer-a", "peer-b");
        var alice = session.Peers["peer-a"];
        alice.Id.Should().Be("peer-a");
        alice.SessionId.Should().Be("sess-1");
        alice.Name.Should().Be("Alice");
        alice.Role.Should().Be("host");
        alice.UserId.Should().Be("u-1");
        alice.User.Should().Be("u-1");
        alice.JoinedAt.Should().Be(new DateTimeOffset(2023, 3, 2, 7, 44, 27, TimeSpan.Zero).AddTicks(105160));
        alice.LeftAt.Should().Be(new DateTimeOffset(2023, 3, 2, 8, 0, 0, 500, TimeSpan.Zero));
        alice.AdditionalProperties!["device"].GetString().Should().Be("chrome");
        var bob = session.Peers["peer-b"];
        bob.User.Should().BeNull();
        bob.LeftAt.Should().BeNull();
        bob.JoinedAt.Should().Be(new DateTimeOffset(2023, 3, 2, 7, 50, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task GetAsync_golden_get_by_id_and_full_deserialization()
    {
        using var wire = new WireApi().Respond("GET", "/v2/sessions/sess-1", SessionJson);

        var session = await wire.Client.Sessions.GetAsync("sess-1");

        wire.ShouldHaveReceived("GET", "/v2/sessions/sess-1");
        AssertFullSession(session);
    }

    [Fact]
    public async Task ListAsync_golden_sends_every_filter_and_limit()
    {
        using var wire = new WireApi().Respond("GET", "/v2/sessions", $$"""{"limit":25,"data":[{{SessionJson}}],"last":"sess-1"}""");

        var sessions = new List<Session>();
        await foreach (var session in wire.Client.Sessions.ListAsync(new SessionListOptions
        {
            RoomId = "room-1",
            Active = false,
            After = new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero),
            Before = new DateTimeOffset(2023, 3, 3, 0, 0, 0, TimeSpan.Zero),
            Limit = 25,
        }))
        {
            sessions.Add(session);
        }

        wire.ShouldHaveReceived("GET", "/v2/sessions", "room_id=room-1&active=false&after=2023-03-01T00%3A00%3A00.000Z&before=2023-03-03T00%3A00%3A00.000Z&limit=25");
        sessions.Should().ContainSingle();
        AssertFullSession(sessions[0]);
    }

    [Fact]
    public async Task ListAsync_sends_after_and_before_which_node_dropped()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"limit":10,"data":[]}""");
        using var client = TestClients.Create(handler);

        await foreach (var _ in client.Sessions.ListAsync(new SessionListOptions
        {
            After = new DateTimeOffset(2024, 5, 1, 1, 0, 0, TimeSpan.FromHours(-4)),
            Before = new DateTimeOffset(2024, 5, 1, 23, 59, 59, 999, TimeSpan.Zero),
        }))
        {
        }

        Uri.UnescapeDataString(handler.Requests.Single().Uri.Query)
            .Should().Be("?after=2024-05-01T05:00:00.000Z&before=2024-05-01T23:59:59.999Z");
    }

    [Fact]
    public async Task ListAsync_pages_through_two_pages_with_last_as_start()
    {
        var firstPage = string.Join(",", Enumerable.Range(1, 10).Select(i => SmallSession("s-" + i)));
        var handler = new RecordingHandler()
            .Enqueue(200, $$"""{"limit":10,"data":[{{firstPage}}],"last":"s-10"}""")
            .Enqueue(200, $$"""{"limit":10,"data":[{{SmallSession("s-11")}}],"last":"s-11"}""");
        using var client = TestClients.Create(handler);

        var ids = new List<string>();
        await foreach (var session in client.Sessions.ListAsync(new SessionListOptions { RoomId = "room-1" }))
        {
            ids.Add(session.Id);
            session.Peers.Should().BeEmpty();
        }

        ids.Should().Equal(Enumerable.Range(1, 11).Select(i => "s-" + i));
        handler.Requests.Select(r => r.PathAndQuery).Should().Equal(
            "/v2/sessions?room_id=room-1",
            "/v2/sessions?room_id=room-1&start=s-10");
    }

    [Fact]
    public async Task GetActiveByRoomAsync_golden_single_request_returns_first_match()
    {
        using var wire = new WireApi().Respond("GET", "/v2/sessions", $$"""{"limit":10,"data":[{{SessionJson}}],"last":"sess-1"}""");

        var session = await wire.Client.Sessions.GetActiveByRoomAsync("room-1");

        wire.ShouldHaveReceived("GET", "/v2/sessions", "room_id=room-1&active=true");
        AssertFullSession(session);
    }

    [Theory]
    [InlineData("""{"limit":10,"data":[],"last":""}""")]
    [InlineData("""{"limit":10}""")]
    public async Task GetActiveByRoomAsync_miss_throws_typed_not_found_with_nodes_exact_text(string body)
    {
        var ex = await TestClients.FailedCallAsync<HmsNotFoundException>(200, body, c => c.Sessions.GetActiveByRoomAsync("room-1"));

        ex.IsLookupMiss.Should().BeTrue();
        ex.ErrorMessage.Should().Be("No active Session found in the room with id - room-1");
        ex.StatusCode.Should().Be(404);
        ex.Operation.Should().Be("Sessions.GetActiveByRoom");
    }

    [Fact]
    public void Null_peers_deserialize_as_an_empty_map()
    {
        var session = JsonSerializer.Deserialize("""{"id":"s","peers":null,"created_at":"2024-01-01T00:00:00Z"}""", SessionsJsonContext.Default.Session)!;

        session.Peers.Should().NotBeNull().And.BeEmpty();
        session.ToString().Should().Contain("Peers = 0");
    }

    [Fact]
    public async Task Hostile_ids_are_escaped_in_path_and_query()
    {
        var handler = new RecordingHandler()
            .Enqueue(200, SessionJson)
            .Enqueue(200, $$"""{"data":[{{SessionJson}}]}""");
        using var client = TestClients.Create(handler);

        await client.Sessions.GetAsync("a/b?c");
        await client.Sessions.GetActiveByRoomAsync("r&active=false");

        handler.Requests.Select(r => r.PathAndQuery).Should().Equal(
            "/v2/sessions/a%2Fb%3Fc",
            "/v2/sessions?room_id=r%26active%3Dfalse&active=true");
    }

    [Theory]
    [MemberData(nameof(BadIds.WithExceptionType), MemberType = typeof(BadIds))]
    public async Task Bad_ids_throw_before_any_request(string? id, Type exceptionType)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        (await Catch.Async(() => client.Sessions.GetAsync(id!))).ShouldBeArgumentError(exceptionType, "sessionId");
        (await Catch.Async(() => client.Sessions.GetActiveByRoomAsync(id!))).ShouldBeArgumentError(exceptionType, "roomId");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(9)]
    [InlineData(101)]
    public void Out_of_range_limit_throws_before_any_request(int limit)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        Catch.Sync(() => client.Sessions.ListAsync(new SessionListOptions { Limit = limit }))
            .Should().BeOfType<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Blank_room_filter_and_inverted_dates_throw_before_any_request()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        Catch.Sync(() => client.Sessions.ListAsync(new SessionListOptions { RoomId = " " }))
            .Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("options");
        Catch.Sync(() => client.Sessions.ListAsync(new SessionListOptions { After = DateTimeOffset.UnixEpoch.AddSeconds(1), Before = DateTimeOffset.UnixEpoch }))
            .Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }
}
