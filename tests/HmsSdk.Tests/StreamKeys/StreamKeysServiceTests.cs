using System.Text.Json;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using HmsSdk.Tests.Rooms;
using HmsSdk.StreamKeys;

namespace HmsSdk.Tests.StreamKeys;

public class StreamKeysServiceTests
{
    private const string KeyJson = """
        {"id":"sk-1","url":"rtmp://ingest.100ms.live/live","key":"live_sk_SUPERSECRET","room_id":"room-1",
         "customer_id":"cust-1","app_id":"app-1","enabled":true,
         "created_at":"2023-03-02T07:44:27.010516042Z","updated_at":"2023-03-02T07:44:27Z","ingest_region":"in"}
        """;

    private static void AssertKey(StreamKey key)
    {
        key.Id.Should().Be("sk-1");
        key.Url.Should().Be("rtmp://ingest.100ms.live/live");
        key.Key.Should().Be("live_sk_SUPERSECRET");
        key.RoomId.Should().Be("room-1");
        key.CustomerId.Should().Be("cust-1");
        key.AppId.Should().Be("app-1");
        key.Enabled.Should().BeTrue();
        key.CreatedAt.Should().Be(new DateTimeOffset(2023, 3, 2, 7, 44, 27, TimeSpan.Zero).AddTicks(105160));
        key.UpdatedAt.Should().Be(new DateTimeOffset(2023, 3, 2, 7, 44, 27, TimeSpan.Zero));
        key.AdditionalProperties!["ingest_region"].GetString().Should().Be("in");
    }

    [Fact]
    public async Task CreateAsync_golden_posts_empty_object()
    {
        using var wire = new WireApi().Respond("POST", "/v2/stream-keys/room/room-1", KeyJson);

        var key = await wire.Client.StreamKeys.CreateAsync("room-1");

        wire.ShouldHaveReceived("POST", "/v2/stream-keys/room/room-1", jsonBody: "{}");
        AssertKey(key);
    }

    [Fact]
    public async Task GetAsync_golden_returns_the_active_key_from_the_data_envelope()
    {
        using var wire = new WireApi().Respond("GET", "/v2/stream-keys/room/room-1", $$"""{"data":[{{KeyJson}}],"last":"sk-1"}""");

        var key = await wire.Client.StreamKeys.GetAsync("room-1");

        wire.ShouldHaveReceived("GET", "/v2/stream-keys/room/room-1");
        AssertKey(key);
    }

    [Fact]
    public async Task GetAsync_with_empty_data_is_a_lookup_miss()
    {
        var ex = await TestClients.FailedCallAsync<HmsNotFoundException>(200, """{"data":[],"last":""}""", c => c.StreamKeys.GetAsync("room-1"));

        ex.IsLookupMiss.Should().BeTrue();
        ex.ErrorMessage.Should().Be("No active stream key found in the room with id - room-1");
        ex.Operation.Should().Be("StreamKeys.Get");
    }

    [Fact]
    public async Task GetAsync_api_404_is_not_a_lookup_miss()
    {
        var ex = await TestClients.FailedCallAsync<HmsNotFoundException>(404, """{"code":404,"message":"No active key found"}""", c => c.StreamKeys.GetAsync("room-1"));

        ex.IsLookupMiss.Should().BeFalse();
        ex.ErrorMessage.Should().Be("No active key found");
    }

    [Fact]
    public async Task DisableAsync_golden_posts_to_disable_and_returns_the_message()
    {
        using var wire = new WireApi().Respond("POST", "/v2/stream-keys/room/room-1/disable", """{"message":"key disabled successfully","extra":1}""");

        var result = await wire.Client.StreamKeys.DisableAsync("room-1");

        wire.ShouldHaveReceived("POST", "/v2/stream-keys/room/room-1/disable", jsonBody: "{}");
        result.Message.Should().Be("key disabled successfully");
        result.AdditionalProperties!["extra"].GetInt32().Should().Be(1);
    }

    [Fact]
    public void The_secret_key_never_appears_in_ToString()
    {
        var key = JsonSerializer.Deserialize(KeyJson, StreamKeysJsonContext.Default.StreamKey)!;

        key.ToString().Should().NotContain("SUPERSECRET").And.Contain("[redacted]").And.Contain("sk-1");
    }

    [Fact]
    public async Task Hostile_room_ids_are_escaped_as_one_segment()
    {
        var handler = new RecordingHandler()
            .Enqueue(200, KeyJson)
            .Enqueue(200, $$"""{"data":[{{KeyJson}}]}""")
            .Enqueue(200, """{"message":"ok"}""");
        using var client = TestClients.Create(handler);

        await client.StreamKeys.CreateAsync("a/b?c");
        await client.StreamKeys.GetAsync("a/b?c");
        await client.StreamKeys.DisableAsync("a/b?c");

        handler.Requests.Select(r => r.PathAndQuery).Should().Equal(
            "/v2/stream-keys/room/a%2Fb%3Fc",
            "/v2/stream-keys/room/a%2Fb%3Fc",
            "/v2/stream-keys/room/a%2Fb%3Fc/disable");
    }

    [Theory]
    [MemberData(nameof(BadIds.WithExceptionType), MemberType = typeof(BadIds))]
    public async Task Bad_room_ids_throw_before_any_request(string? id, Type exceptionType)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        (await Catch.Async(() => client.StreamKeys.CreateAsync(id!))).ShouldBeArgumentError(exceptionType, "roomId");
        (await Catch.Async(() => client.StreamKeys.GetAsync(id!))).ShouldBeArgumentError(exceptionType, "roomId");
        (await Catch.Async(() => client.StreamKeys.DisableAsync(id!))).ShouldBeArgumentError(exceptionType, "roomId");
        handler.Requests.Should().BeEmpty();
    }
}
