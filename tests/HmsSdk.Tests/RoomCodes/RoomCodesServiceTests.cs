using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using HmsSdk.Tests.Rooms;

namespace HmsSdk.Tests.RoomCodes;

public class RoomCodesServiceTests
{
    private static string CodeJson(string code, string role = "host", bool enabled = true) => $$"""
        {"code":"{{code}}","room_id":"room-1","role":"{{role}}","enabled":{{(enabled ? "true" : "false")}},
         "created_at":"2023-03-02T07:44:27.010516042Z","updated_at":"2023-03-02T07:44:27.123Z","tier":"gold"}
        """;

    private static void AssertCode(RoomCode code, string value, string role = "host", bool enabled = true)
    {
        code.Code.Should().Be(value);
        code.RoomId.Should().Be("room-1");
        code.Role.Should().Be(role);
        code.Enabled.Should().Be(enabled);
        code.CreatedAt.Should().Be(new DateTimeOffset(2023, 3, 2, 7, 44, 27, TimeSpan.Zero).AddTicks(105160));
        code.UpdatedAt.Should().Be(new DateTimeOffset(2023, 3, 2, 7, 44, 27, 123, TimeSpan.Zero));
        code.AdditionalProperties!["tier"].GetString().Should().Be("gold");
    }

    [Fact]
    public async Task ListAsync_golden_sends_filters_and_deserializes()
    {
        using var wire = new WireApi().Respond("GET", "/v2/room-codes/room/room-1", $$"""{"limit":20,"data":[{{CodeJson("abc-defg-hij")}}],"last":""}""");

        var codes = new List<RoomCode>();
        await foreach (var code in wire.Client.RoomCodes.ListAsync("room-1", new RoomCodeListOptions { Role = "host", Enabled = true, Limit = 20 }))
        {
            codes.Add(code);
        }

        wire.ShouldHaveReceived("GET", "/v2/room-codes/room/room-1", "role=host&enabled=true&limit=20");
        codes.Should().ContainSingle();
        AssertCode(codes[0], "abc-defg-hij");
    }

    [Fact]
    public async Task ListAsync_pages_through_two_pages_with_last_as_start()
    {
        var first = string.Join(",", Enumerable.Range(1, 10).Select(i => CodeJson("c-" + i)));
        var handler = new RecordingHandler()
            .Enqueue(200, $$"""{"limit":10,"data":[{{first}}],"last":"c-10"}""")
            .Enqueue(200, $$"""{"limit":10,"data":[{{CodeJson("c-11")}}],"last":""}""");
        using var client = TestClients.Create(handler);

        var codes = new List<string>();
        await foreach (var code in client.RoomCodes.ListAsync("room-1"))
        {
            codes.Add(code.Code);
        }

        codes.Should().Equal(Enumerable.Range(1, 11).Select(i => "c-" + i));
        handler.Requests.Select(r => r.PathAndQuery).Should().Equal("/v2/room-codes/room/room-1", "/v2/room-codes/room/room-1?start=c-10");
    }

    [Fact]
    public async Task CreateAsync_golden_posts_empty_object_and_returns_every_code()
    {
        using var wire = new WireApi().Respond("POST", "/v2/room-codes/room/room-1",
            $$"""{"data":[{{CodeJson("aaa-aaaa-aaa")}},{{CodeJson("bbb-bbbb-bbb", "guest", false)}}]}""");

        var codes = await wire.Client.RoomCodes.CreateAsync("room-1");

        wire.ShouldHaveReceived("POST", "/v2/room-codes/room/room-1", jsonBody: "{}");
        codes.Should().HaveCount(2);
        AssertCode(codes[0], "aaa-aaaa-aaa");
        AssertCode(codes[1], "bbb-bbbb-bbb", "guest", enabled: false);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"data":null}""")]
    public async Task CreateAsync_without_data_returns_an_empty_list_like_node(string body)
    {
        var handler = new RecordingHandler().Enqueue(200, body);
        using var client = TestClients.Create(handler);

        var codes = await client.RoomCodes.CreateAsync("room-1");

        codes.Should().NotBeNull().And.BeEmpty();
    }

    [Fact]
    public async Task CreateForRoleAsync_golden_posts_to_the_role_path()
    {
        using var wire = new WireApi().Respond("POST", "/v2/room-codes/room/room-1/role/guest", CodeJson("ccc-cccc-ccc", "guest"));

        var code = await wire.Client.RoomCodes.CreateForRoleAsync("room-1", "guest");

        wire.ShouldHaveReceived("POST", "/v2/room-codes/room/room-1/role/guest", jsonBody: "{}");
        AssertCode(code, "ccc-cccc-ccc", "guest");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SetEnabledAsync_golden_posts_code_and_enabled(bool enabled)
    {
        using var wire = new WireApi().Respond("POST", "/v2/room-codes/code", CodeJson("abc-defg-hij", enabled: enabled));

        var code = await wire.Client.RoomCodes.SetEnabledAsync("abc-defg-hij", enabled);

        wire.ShouldHaveReceived("POST", "/v2/room-codes/code", jsonBody: $$"""{"code":"abc-defg-hij","enabled":{{(enabled ? "true" : "false")}}}""");
        AssertCode(code, "abc-defg-hij", enabled: enabled);
    }

    [Fact]
    public async Task ExchangeForAuthTokenAsync_golden_posts_to_the_auth_host_without_authorization()
    {
        using var wire = new WireApi().Respond("POST", "/auth/v2/token", """{"token":"eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiaG9zdCJ9.c2lnbmF0dXJl","expires_in":86400}""");

        var result = await wire.Client.RoomCodes.ExchangeForAuthTokenAsync("abc-defg-hij", "u-42");

        var request = wire.SingleRequest();
        WireApi.ShouldMatch(request, "POST", "/auth/v2/token", jsonBody: """{"code":"abc-defg-hij","user_id":"u-42"}""");
        request.Headers!.Keys.Should().NotContain(k => k.Equals("Authorization", StringComparison.OrdinalIgnoreCase));
        result.Token.Should().Be("eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiaG9zdCJ9.c2lnbmF0dXJl");
        result.AdditionalProperties!["expires_in"].GetInt32().Should().Be(86400);
        result.ToString().Should().NotContain("eyJ").And.Contain("[redacted]");
    }

    [Fact]
    public async Task ExchangeForAuthTokenAsync_without_user_id_sends_only_the_code()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"token":"t.o.k"}""");
        using var client = TestClients.Create(handler);

        var result = await client.RoomCodes.ExchangeForAuthTokenAsync("abc-defg-hij");

        var request = handler.Requests.Single();
        request.Uri.Should().Be(new Uri("https://auth.100ms.live/v2/token"));
        request.Body.Should().Be("""{"code":"abc-defg-hij"}""");
        request.Header("Authorization").Should().BeNull();
        result.Token.Should().Be("t.o.k");
    }

    [Fact]
    public async Task ExchangeForAuthTokenAsync_maps_the_auth_hosts_error_body()
    {
        var ex = await TestClients.FailedCallAsync<HmsBadRequestException>(
            400, """{"code":400,"message":"room code is disabled"}""", c => c.RoomCodes.ExchangeForAuthTokenAsync("abc-defg-hij"));

        ex.ErrorMessage.Should().Be("room code is disabled");
        ex.Operation.Should().Be("RoomCodes.ExchangeForAuthToken");
    }

    [Fact]
    public async Task ExchangeForAuthTokenAsync_retries_a_503_like_the_web_sdk()
    {
        var handler = new RecordingHandler()
            .Enqueue(503, """{"code":503,"message":"busy"}""")
            .Enqueue(200, """{"token":"t.o.k"}""");
        using var client = TestClients.Create(handler);

        var result = await client.RoomCodes.ExchangeForAuthTokenAsync("abc-defg-hij");

        result.Token.Should().Be("t.o.k");
        handler.Requests.Should().HaveCount(2);
        handler.Requests.Select(r => r.Body).Distinct().Should().ContainSingle();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"token":""}""")]
    public async Task ExchangeForAuthTokenAsync_without_token_is_a_serialization_error(string body)
    {
        var handler = new RecordingHandler().Enqueue(200, body);
        using var client = TestClients.Create(handler);

        var act = () => client.RoomCodes.ExchangeForAuthTokenAsync("abc-defg-hij");

        (await act.Should().ThrowAsync<HmsSerializationException>()).Which.Operation.Should().Be("RoomCodes.ExchangeForAuthToken");
    }

    [Fact]
    public async Task Hostile_room_id_and_role_are_escaped_as_single_segments()
    {
        var handler = new RecordingHandler()
            .Enqueue(200, CodeJson("x"))
            .Enqueue(200, """{"data":[]}""")
            .Enqueue(200, """{"data":[]}""");
        using var client = TestClients.Create(handler);

        await client.RoomCodes.CreateForRoleAsync("a/b?c", "host/../admin");
        await client.RoomCodes.CreateAsync("a/b?c");
        await foreach (var _ in client.RoomCodes.ListAsync("a/b?c", new RoomCodeListOptions { Role = "x&enabled=false" }))
        {
        }

        handler.Requests.Select(r => r.PathAndQuery).Should().Equal(
            "/v2/room-codes/room/a%2Fb%3Fc/role/host%2F..%2Fadmin",
            "/v2/room-codes/room/a%2Fb%3Fc",
            "/v2/room-codes/room/a%2Fb%3Fc?role=x%26enabled%3Dfalse");
    }

    [Theory]
    [MemberData(nameof(BadIds.WithExceptionType), MemberType = typeof(BadIds))]
    public async Task Bad_room_ids_and_roles_throw_before_any_request(string? id, Type exceptionType)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        Catch.Sync(() => client.RoomCodes.ListAsync(id!)).ShouldBeArgumentError(exceptionType, "roomId");
        (await Catch.Async(() => client.RoomCodes.CreateAsync(id!))).ShouldBeArgumentError(exceptionType, "roomId");
        (await Catch.Async(() => client.RoomCodes.CreateForRoleAsync(id!, "host"))).ShouldBeArgumentError(exceptionType, "roomId");
        (await Catch.Async(() => client.RoomCodes.CreateForRoleAsync("room-1", id!))).ShouldBeArgumentError(exceptionType, "role");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, typeof(ArgumentNullException))]
    [InlineData("", typeof(ArgumentException))]
    [InlineData(" ", typeof(ArgumentException))]
    public async Task Bad_codes_throw_before_any_request(string? code, Type exceptionType)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        (await Catch.Async(() => client.RoomCodes.SetEnabledAsync(code!, true))).ShouldBeArgumentError(exceptionType, "code");
        (await Catch.Async(() => client.RoomCodes.ExchangeForAuthTokenAsync(code!))).ShouldBeArgumentError(exceptionType, "code");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Blank_user_id_throws_before_any_request(string userId)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        (await Catch.Async(() => client.RoomCodes.ExchangeForAuthTokenAsync("abc-defg-hij", userId))).ShouldBeArgumentError(typeof(ArgumentException), "userId");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(9)]
    [InlineData(101)]
    public void Out_of_range_limit_and_blank_role_filter_throw_before_any_request(int limit)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        Catch.Sync(() => client.RoomCodes.ListAsync("room-1", new RoomCodeListOptions { Limit = limit }))
            .Should().BeOfType<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options");
        Catch.Sync(() => client.RoomCodes.ListAsync("room-1", new RoomCodeListOptions { Role = "" }))
            .Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }
}
