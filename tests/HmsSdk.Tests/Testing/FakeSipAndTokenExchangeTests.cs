using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Testing;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace HmsSdk.Tests.Testing;

public sealed class FakeSipAndTokenExchangeTests
{
    private const string Secret = "test-secret-that-is-long-enough-0123456789";
    private const string TrunkBody = "{\"username\":\"trunk-user\",\"password\":\"pw-1\",\"address\":\"my.pstn.example\",\"from\":\"+15550100\"}";

    private static string CallBody(string roomCode, string trunkId, string extra = "") =>
        $"{{\"to\":\"+15550199\",\"room_code\":\"{roomCode}\",\"trunk_id\":\"{trunkId}\"{extra}}}";

    private static (FakeRoom Room, FakeRoomCode Code, FakeSipTrunk Trunk) SeedCallable(FakeApiTestContext ctx, string role = "guest")
    {
        var room = ctx.Fake.Rooms.Create("dial-in");
        return (room, ctx.Fake.RoomCodes.Create(room.Id, role), ctx.Fake.Sip.CreateTrunk());
    }

    private static void ShouldBeBareError(JsonObject body, int code, string message)
    {
        ((int)body["code"]!).Should().Be(code);
        ((string)body["message"]!).Should().Be(message);
        body.ContainsKey("details").Should().BeFalse("SIP and auth-host errors are plain {code, message}");
    }

    [Fact]
    public async Task Trunks_are_created_and_updated_and_unknown_trunks_are_404()
    {
        using var ctx = new FakeApiTestContext();
        var created = await ctx.PostJsonAsync("sip/outbound/trunks", TrunkBody);
        var id = (string)created["id"]!;
        created.AsObject().Select(p => p.Key).Should().Equal("id");
        ctx.Fake.Sip.Trunks.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = id, Username = "trunk-user", Password = "pw-1", Address = "my.pstn.example", From = "+15550100" });

        ctx.Time.Advance(TimeSpan.FromMinutes(1));
        var updated = await ctx.PostJsonAsync($"sip/outbound/trunks/{id}", "{\"address\":\"other.pstn.example\",\"from\":\"+15550111\"}");
        ((string)updated["id"]!).Should().Be(id);
        var trunk = ctx.Fake.Sip.Trunks.Single();
        (trunk.Address, trunk.From, trunk.Username).Should().Be(("other.pstn.example", "+15550111", "trunk-user"));
        trunk.UpdatedAt.Should().Be(FakeApiTestContext.Start.AddMinutes(1));

        var (missing, missingBody) = await ctx.ErrorAsync(HttpMethod.Post, "sip/outbound/trunks/no-such-trunk", TrunkBody);
        missing.Should().Be(404);
        ShouldBeBareError(missingBody, 404, "trunk not found");
        var (noAddress, noAddressBody) = await ctx.ErrorAsync(HttpMethod.Post, "sip/outbound/trunks", "{\"username\":\"u\"}");
        noAddress.Should().Be(400);
        ShouldBeBareError(noAddressBody, 400, "address is mandatory");
        ctx.Fake.Sip.Trunks.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("{\"room_code\":\"abc-defg-hij\",\"trunk_id\":\"t\"}", "to is mandatory")]
    [InlineData("{\"to\":\"+1555\",\"trunk_id\":\"t\"}", "room_code is mandatory")]
    [InlineData("{\"to\":\"+1555\",\"room_code\":\"abc-defg-hij\"}", "trunk_id is mandatory")]
    [InlineData("{\"to\":\"\",\"room_code\":\"abc-defg-hij\",\"trunk_id\":\"t\"}", "to is mandatory")]
    [InlineData("{\"to\":15550199,\"room_code\":\"abc-defg-hij\",\"trunk_id\":\"t\"}", "to must be a string")]
    [InlineData("{\"to\":\"+1555\",\"room_code\":\"abc-defg-hij\",\"trunk_id\":\"t\",\"video\":\"yes\"}", "video must be a boolean")]
    [InlineData("{\"to\":\"+1555\",\"room_code\":\"abc-defg-hij\",\"trunk_id\":\"t\",\"headers\":{\"X-A\":1}}", "headers must be an object of strings")]
    public async Task A_call_without_its_mandatory_fields_is_400(string body, string message)
    {
        using var ctx = new FakeApiTestContext();
        var (status, error) = await ctx.ErrorAsync(HttpMethod.Post, "sip/outbound/call", body);
        status.Should().Be(400);
        ShouldBeBareError(error, 400, message);
        ctx.Fake.Sip.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_call_needs_a_known_trunk_and_a_usable_room_code()
    {
        using var ctx = new FakeApiTestContext();
        var (room, code, trunk) = SeedCallable(ctx);

        var (unknownTrunk, trunkBody) = await ctx.ErrorAsync(HttpMethod.Post, "sip/outbound/call", CallBody(code.Code, "no-such-trunk"));
        unknownTrunk.Should().Be(404);
        ShouldBeBareError(trunkBody, 404, "trunk not found");
        var (unknownCode, codeBody) = await ctx.ErrorAsync(HttpMethod.Post, "sip/outbound/call", CallBody("zzz-zzzz-zzz", trunk.Id));
        unknownCode.Should().Be(404);
        ShouldBeBareError(codeBody, 404, "room code not found");

        ctx.Fake.RoomCodes.SetEnabled(code.Code, false);
        var (disabledCode, disabledBody) = await ctx.ErrorAsync(HttpMethod.Post, "sip/outbound/call", CallBody(code.Code, trunk.Id));
        disabledCode.Should().Be(403);
        ShouldBeBareError(disabledBody, 403, "room code is disabled");

        ctx.Fake.RoomCodes.SetEnabled(code.Code, true);
        ctx.Fake.Rooms.SetEnabled(room.Id, false);
        var (disabledRoom, _) = await ctx.ErrorAsync(HttpMethod.Post, "sip/outbound/call", CallBody(code.Code, trunk.Id));
        disabledRoom.Should().Be(403);
        ctx.Fake.Sessions.Active(room.Id).Should().BeNull("no failed call may open a session");
        ctx.Fake.Sip.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task An_answered_call_joins_a_sip_peer_with_the_code_role_and_opens_a_session()
    {
        using var ctx = new FakeApiTestContext();
        var (room, code, trunk) = SeedCallable(ctx, role: "guest");

        var call = await ctx.PostJsonAsync("sip/outbound/call", CallBody(code.Code, trunk.Id, ",\"name\":\"Alex\",\"user_id\":\"u-42\",\"headers\":{\"X-Ticket\":\"T-1\"}"));
        var callId = (string)call["id"]!;

        var session = ctx.Fake.Sessions.Active(room.Id);
        session.Should().NotBeNull("the SIP peer opens a session in the empty room");
        var peer = ctx.Fake.Peers.Connected(room.Id).Should().ContainSingle().Subject;
        peer.Should().BeEquivalentTo(new { Name = "Alex", Role = "guest", UserId = "u-42", Type = "sip", SessionId = session!.Id });
        ctx.Fake.Sip.Calls.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Id = callId,
            TrunkId = trunk.Id,
            To = "+15550199",
            RoomCode = code.Code,
            RoomId = room.Id,
            PeerId = peer.Id,
            Video = false,
            Headers = new Dictionary<string, string> { ["X-Ticket"] = "T-1" },
        });
        var active = await ctx.GetJsonAsync($"active-rooms/{room.Id}/peers/{peer.Id}");
        active["tracks"]!.AsObject().Select(t => (string)t.Value!["type"]!).Should().Equal(new[] { "audio" }, "a call without video publishes audio only");

        var videoCall = await ctx.PostJsonAsync("sip/outbound/call", CallBody(code.Code, trunk.Id, ",\"video\":true"));
        var second = ctx.Fake.Sip.Calls.Single(c => c.Id == (string)videoCall["id"]!);
        second.Video.Should().BeTrue();
        var secondPeer = ctx.Fake.Peers.Get(second.PeerId);
        (secondPeer.Name, secondPeer.SessionId).Should().Be(("+15550199", session.Id), "without a name the callee's number names the peer, in the same session");
    }

    [Fact]
    public async Task Dtmf_accepts_an_app_token_and_rejects_the_management_token()
    {
        using var ctx = new FakeApiTestContext();
        var (room, code, trunk) = SeedCallable(ctx);
        await ctx.PostJsonAsync("sip/outbound/call", CallBody(code.Code, trunk.Id));
        var appToken = ctx.Fake.CreateAppToken(room.Id, "host", "u-1");

        using (var ok = await ctx.SendAsync(HttpMethod.Post, "sip/dtmf", "{\"digits\":[\"1\",\"2\",\"#\",\"d\"]}", appToken))
        {
            ok.StatusCode.Should().Be(HttpStatusCode.OK);
            (await ok.Content.ReadAsStringAsync()).Should().Be("{}");
        }

        ctx.Fake.Sip.Dtmf.Should().ContainSingle().Which.Should().BeEquivalentTo(new { RoomId = room.Id, Digits = new[] { "1", "2", "#", "d" }, SentAt = FakeApiTestContext.Start });

        var (management, managementBody) = await ctx.ErrorAsync(HttpMethod.Post, "sip/dtmf", "{\"digits\":[\"1\"]}", ctx.Fake.CreateManagementToken());
        management.Should().Be(401);
        ShouldBeBareError(managementBody, 401, "Token validation error");

        var foreign = new FakeHmsApi(new FakeHmsApiOptions { AccessKey = "test-access-key", Secret = "another-secret-0123456789abcdef0123456789", TimeProvider = ctx.Time });
        var (wrongSecret, _) = await ctx.ErrorAsync(HttpMethod.Post, "sip/dtmf", "{\"digits\":[\"1\"]}", foreign.CreateAppToken(room.Id));
        wrongSecret.Should().Be(401);

        var expiring = ctx.Fake.CreateAppToken(room.Id, lifetime: TimeSpan.FromMinutes(1));
        ctx.Time.Advance(TimeSpan.FromMinutes(2));
        var (expired, _) = await ctx.ErrorAsync(HttpMethod.Post, "sip/dtmf", "{\"digits\":[\"1\"]}", expiring);
        expired.Should().Be(401);

        // Management routes still refuse app tokens.
        var (appOnRest, _) = await ctx.ErrorAsync(HttpMethod.Get, "rooms", token: appToken);
        appOnRest.Should().Be(401);
        ctx.Fake.Sip.Dtmf.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("{}", "digits are mandatory")]
    [InlineData("{\"digits\":[]}", "digits are mandatory")]
    [InlineData("{\"digits\":\"123\"}", "digits are mandatory")]
    [InlineData("{\"digits\":[\"e\"]}", "invalid digit")]
    [InlineData("{\"digits\":[\"12\"]}", "invalid digit")]
    [InlineData("{\"digits\":[\"A\"]}", "invalid digit")]
    [InlineData("{\"digits\":[1]}", "invalid digit")]
    [InlineData("{\"digits\":[\"1\",\"\"]}", "invalid digit")]
    public async Task Dtmf_validates_its_digits(string body, string message)
    {
        using var ctx = new FakeApiTestContext();
        var (room, code, trunk) = SeedCallable(ctx);
        await ctx.PostJsonAsync("sip/outbound/call", CallBody(code.Code, trunk.Id));
        var (status, error) = await ctx.ErrorAsync(HttpMethod.Post, "sip/dtmf", body, ctx.Fake.CreateAppToken(room.Id));
        status.Should().Be(400);
        ShouldBeBareError(error, 400, message);
        ctx.Fake.Sip.Dtmf.Should().BeEmpty();
    }

    [Fact]
    public async Task Dtmf_needs_a_sip_peer_in_the_token_room()
    {
        using var ctx = new FakeApiTestContext();
        var (room, _) = ctx.RoomWithHost("no-phones");
        var (status, error) = await ctx.ErrorAsync(HttpMethod.Post, "sip/dtmf", "{\"digits\":[\"1\"]}", ctx.Fake.CreateAppToken(room.Id));
        status.Should().Be(400);
        ShouldBeBareError(error, 400, "no sip peer in the room");
    }

    [Fact]
    public async Task The_auth_host_exchanges_a_room_code_for_an_app_token_without_authorization()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("join-by-code");
        var code = ctx.Fake.RoomCodes.Create(room.Id, "guest");
        ctx.Fake.AuthBaseUri.Should().Be(new Uri("https://fake-auth.100ms.local/v2"));
        using var http = new HttpClient(ctx.Fake.CreateHandler());

        var withUser = await ExchangeAsync(http, ctx.Fake.AuthBaseUri, $"{{\"code\":\"{code.Code}\",\"user_id\":\"u-42\"}}");
        withUser.Status.Should().Be(200);
        withUser.Body.Select(p => p.Key).Should().Equal("token");
        var jwt = Validate((string)withUser.Body["token"]!);
        jwt.Header.Alg.Should().Be("HS256");
        jwt.Payload["type"].Should().Be("app");
        jwt.Payload["access_key"].Should().Be("test-access-key");
        jwt.Payload["room_id"].Should().Be(room.Id);
        jwt.Payload["role"].Should().Be("guest");
        jwt.Payload["user_id"].Should().Be("u-42");
        Convert.ToInt64(jwt.Payload["version"]).Should().Be(2);
        jwt.Payload["jti"].Should().BeOfType<string>().Which.Should().NotBeEmpty();
        jwt.IssuedAt.Should().Be(FakeApiTestContext.Start.UtcDateTime);
        jwt.ValidFrom.Should().Be(FakeApiTestContext.Start.UtcDateTime);
        jwt.ValidTo.Should().Be(FakeApiTestContext.Start.AddHours(24).UtcDateTime);

        var anonymous = await ExchangeAsync(http, ctx.Fake.AuthBaseUri, $"{{\"code\":\"{code.Code}\"}}");
        Validate((string)anonymous.Body["token"]!).Payload.ContainsKey("user_id").Should().BeFalse("user_id is only a claim when it was given");

        var logged = ctx.Fake.Requests.Last!;
        logged.Path.Should().Be("/auth/v2/token");
        logged.Headers.ContainsKey("Authorization").Should().BeFalse();
        logged.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task The_exchanged_token_is_the_app_token_dtmf_accepts()
    {
        using var ctx = new FakeApiTestContext();
        var (_, code, trunk) = SeedCallable(ctx);
        await ctx.PostJsonAsync("sip/outbound/call", CallBody(code.Code, trunk.Id));
        using var http = new HttpClient(ctx.Fake.CreateHandler());
        var exchanged = await ExchangeAsync(http, ctx.Fake.AuthBaseUri, $"{{\"code\":\"{code.Code}\"}}");
        using var dtmf = await ctx.SendAsync(HttpMethod.Post, "sip/dtmf", "{\"digits\":[\"5\"]}", (string)exchanged.Body["token"]!);
        dtmf.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("unknown", 404, "room code not found")]
    [InlineData("disabled-code", 403, "room code is disabled")]
    [InlineData("disabled-room", 403, "room is disabled")]
    [InlineData("missing", 400, "code is mandatory")]
    public async Task A_failed_exchange_answers_code_and_message(string kind, int expected, string message)
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("join-by-code");
        var code = ctx.Fake.RoomCodes.Create(room.Id, "host");
        switch (kind)
        {
            case "disabled-code": ctx.Fake.RoomCodes.SetEnabled(code.Code, false); break;
            case "disabled-room": ctx.Fake.Rooms.SetEnabled(room.Id, false); break;
        }

        var body = kind switch
        {
            "unknown" => "{\"code\":\"zzz-zzzz-zzz\"}",
            "missing" => "{\"user_id\":\"u-1\"}",
            _ => $"{{\"code\":\"{code.Code}\"}}",
        };
        using var http = new HttpClient(ctx.Fake.CreateHandler());
        var (status, error) = await ExchangeAsync(http, ctx.Fake.AuthBaseUri, body);
        status.Should().Be(expected);
        ShouldBeBareError(error, expected, message);
    }

    [Fact]
    public async Task Faults_address_the_auth_host_by_its_internal_path()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("faulty-auth");
        var code = ctx.Fake.RoomCodes.Create(room.Id);
        ctx.Fake.Faults.Add("POST", "/auth/v2/token", FakeFault.TooManyRequests(TimeSpan.FromSeconds(3)));
        using var http = new HttpClient(ctx.Fake.CreateHandler());
        (await ExchangeAsync(http, ctx.Fake.AuthBaseUri, $"{{\"code\":\"{code.Code}\"}}")).Status.Should().Be(429);
        (await ExchangeAsync(http, ctx.Fake.AuthBaseUri, $"{{\"code\":\"{code.Code}\"}}")).Status.Should().Be(200);
        ctx.Fake.Requests.Select(r => r.InjectedFault is not null).Should().Equal(true, false);
    }

    [Fact]
    public async Task The_auth_host_serves_only_token_and_the_api_host_has_no_token_route()
    {
        using var ctx = new FakeApiTestContext();
        using var http = new HttpClient(ctx.Fake.CreateHandler());
        using var other = await http.PostAsync(new Uri(ctx.Fake.AuthBaseUri + "/rooms"), new StringContent("{}", Encoding.UTF8, "application/json"));
        other.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var get = await http.GetAsync(new Uri(ctx.Fake.AuthBaseUri + "/token"));
        get.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        var (onApi, _) = await ctx.ErrorAsync(HttpMethod.Post, "token", "{\"code\":\"abc-defg-hij\"}");
        onApi.Should().Be(404, "the exchange lives on the auth host only");
    }

    [Fact]
    public async Task A_custom_auth_base_uri_is_routed_and_an_overlapping_one_is_rejected()
    {
        using var ctx = new FakeApiTestContext(o => o.AuthBaseUri = new Uri("https://login.example.test/custom/v2/"));
        ctx.Fake.AuthBaseUri.Should().Be(new Uri("https://login.example.test/custom/v2"));
        var room = ctx.Fake.Rooms.Create("custom-auth");
        var code = ctx.Fake.RoomCodes.Create(room.Id);
        using var http = new HttpClient(ctx.Fake.CreateHandler());
        (await ExchangeAsync(http, ctx.Fake.AuthBaseUri, $"{{\"code\":\"{code.Code}\"}}")).Status.Should().Be(200);

        var overlapping = () => new FakeHmsApi(new FakeHmsApiOptions { AuthBaseUri = new Uri("https://fake.100ms.local/v2") });
        overlapping.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("options");
        var relative = () => new FakeHmsApi(new FakeHmsApiOptions { AuthBaseUri = new Uri("/v2", UriKind.Relative) });
        relative.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task Kestrel_serves_the_auth_host_under_a_path_prefix()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("over-http");
        var code = ctx.Fake.RoomCodes.Create(room.Id, "guest");
        await using var server = await ctx.Fake.StartServerAsync();
        server.AuthBaseUri.Should().Be(new Uri(server.BaseUri.GetLeftPart(UriPartial.Authority) + "/auth/v2"));
        using var http = new HttpClient();
        var (status, body) = await ExchangeAsync(http, server.AuthBaseUri, $"{{\"code\":\"{code.Code}\"}}");
        status.Should().Be(200);
        Validate((string)body["token"]!).Payload["room_id"].Should().Be(room.Id);
    }

    private static async Task<(int Status, JsonObject Body)> ExchangeAsync(HttpClient http, Uri authBaseUri, string body)
    {
        using var response = await http.PostAsync(new Uri(authBaseUri + "/token"), new StringContent(body, Encoding.UTF8, "application/json"));
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static JwtSecurityToken Validate(string token)
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secret)),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        };
        new JwtSecurityTokenHandler().ValidateToken(token, parameters, out var validated);
        return (JwtSecurityToken)validated;
    }
}
