using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using HmsSdk.Tests.Templates;
using HmsSdk.Sip;

namespace HmsSdk.Tests.Sip;

public sealed class SipServiceTests : IDisposable
{
    private readonly WireApi _api = new();

    public void Dispose() => _api.Dispose();

    private void ShouldHaveSentNothing() => _api.Server.LogEntries.Should().BeEmpty();

    private static SipTrunkOptions Trunk() => new()
    {
        Username = "trunk-user",
        Password = "trunk-password-123",
        Address = "my-trunk.pstn.twilio.com",
        From = "+15550100",
    };

    private const string TrunkBody = """
        { "username": "trunk-user", "password": "trunk-password-123", "address": "my-trunk.pstn.twilio.com", "from": "+15550100" }
        """;

    [Fact]
    public async Task CreateOutboundTrunk_posts_the_trunk_and_reads_its_id()
    {
        _api.Respond("POST", "/v2/sip/outbound/trunks", 200, """{ "id": "4a3b7c9d91", "region": "in" }""");

        var trunk = await _api.Client.Sip.CreateOutboundTrunkAsync(Trunk());

        var entry = _api.SingleRequest();
        WireApi.ShouldMatch(entry, "POST", "/v2/sip/outbound/trunks", "", TrunkBody);
        WireApi.Header(entry, "Content-Type").Should().StartWith("application/json");
        trunk.Id.Should().Be("4a3b7c9d91");
        trunk.AdditionalProperties!["region"].GetString().Should().Be("in");
    }

    [Fact]
    public async Task UpdateOutboundTrunk_posts_to_the_trunk_id()
    {
        _api.Respond("POST", "/v2/sip/outbound/trunks/4a3b7c9d91", 200, """{ "id": "4a3b7c9d91" }""");

        var trunk = await _api.Client.Sip.UpdateOutboundTrunkAsync("4a3b7c9d91", Trunk());

        WireApi.ShouldMatch(_api.SingleRequest(), "POST", "/v2/sip/outbound/trunks/4a3b7c9d91", "", TrunkBody);
        trunk.Id.Should().Be("4a3b7c9d91");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("..")]
    public async Task UpdateOutboundTrunk_rejects_bad_trunk_ids_before_sending(string? trunkId)
    {
        (await FluentActions.Awaiting(() => _api.Client.Sip.UpdateOutboundTrunkAsync(trunkId!, Trunk()))
            .Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("trunkId");
        ShouldHaveSentNothing();
    }

    [Fact]
    public async Task Trunk_methods_reject_null_options_before_sending()
    {
        (await FluentActions.Awaiting(() => _api.Client.Sip.CreateOutboundTrunkAsync(null!))
            .Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("options");
        (await FluentActions.Awaiting(() => _api.Client.Sip.UpdateOutboundTrunkAsync("t1", null!))
            .Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("options");
        ShouldHaveSentNothing();
    }

    [Fact]
    public void Trunk_ToString_never_shows_the_password()
    {
        var text = Trunk().ToString();

        text.Should().NotContain("trunk-password-123");
        text.Should().Contain("trunk-user").And.Contain("my-trunk.pstn.twilio.com");
    }

    [Fact]
    public async Task StartOutboundCall_posts_snake_case_body_and_reads_the_call_id()
    {
        _api.Respond("POST", "/v2/sip/outbound/call", 200, """{ "id": "a8b7c9d9e7f74", "status": "ringing-done" }""");
        var options = new StartSipCallOptions
        {
            To = "+16692418750",
            RoomCode = "abc-defg-hij",
            TrunkId = "65c6700f340713c4f7d",
            Name = "Alex",
            UserId = "user-42",
            Video = false,
            Headers = new Dictionary<string, string> { ["X-Customer-Id"] = "c-1" },
        };

        var call = await _api.Client.Sip.StartOutboundCallAsync(options, new HmsRequestOptions { Timeout = TimeSpan.FromMinutes(5) });

        WireApi.ShouldMatch(_api.SingleRequest(), "POST", "/v2/sip/outbound/call", "", """
            { "to": "+16692418750", "room_code": "abc-defg-hij", "trunk_id": "65c6700f340713c4f7d", "name": "Alex",
              "user_id": "user-42", "video": false, "headers": { "X-Customer-Id": "c-1" } }
            """);
        call.Id.Should().Be("a8b7c9d9e7f74");
        call.AdditionalProperties!["status"].GetString().Should().Be("ringing-done");
    }

    [Fact]
    public async Task StartOutboundCall_sends_only_the_required_fields_when_the_rest_is_unset()
    {
        _api.Respond("POST", "/v2/sip/outbound/call", 200, """{ "id": "c1" }""");

        await _api.Client.Sip.StartOutboundCallAsync(new StartSipCallOptions { To = "+1", RoomCode = "r-c", TrunkId = "t" });

        WireApi.ShouldMatch(_api.SingleRequest(), "POST", "/v2/sip/outbound/call", "", """{ "to": "+1", "room_code": "r-c", "trunk_id": "t" }""");
    }

    public static TheoryData<string, StartSipCallOptions> BadCalls => new()
    {
        { "no to", new StartSipCallOptions { RoomCode = "r", TrunkId = "t" } },
        { "blank to", new StartSipCallOptions { To = " ", RoomCode = "r", TrunkId = "t" } },
        { "no room code", new StartSipCallOptions { To = "+1", TrunkId = "t" } },
        { "no trunk", new StartSipCallOptions { To = "+1", RoomCode = "r", TrunkId = "" } },
        { "blank header name", new StartSipCallOptions { To = "+1", RoomCode = "r", TrunkId = "t", Headers = new Dictionary<string, string> { [" "] = "v" } } },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task StartOutboundCall_rejects_missing_required_fields_before_sending(string because, StartSipCallOptions options)
    {
        (await FluentActions.Awaiting(() => _api.Client.Sip.StartOutboundCallAsync(options))
            .Should().ThrowAsync<ArgumentException>(because)).Which.ParamName.Should().Be("options");
        (await FluentActions.Awaiting(() => _api.Client.Sip.StartOutboundCallAsync(null!))
            .Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("options");
        ShouldHaveSentNothing();
    }

    [Fact]
    public async Task StartOutboundCall_is_not_retried_on_a_server_error()
    {
        var handler = new RecordingHandler();
        handler.Enqueue(500, """{ "code": 500, "message": "boom" }""").Enqueue(200, """{ "id": "c2" }""");
        using var client = TestClients.Create(handler);

        await FluentActions.Awaiting(() => client.Sip.StartOutboundCallAsync(new StartSipCallOptions { To = "+1", RoomCode = "r", TrunkId = "t" }))
            .Should().ThrowAsync<HmsServerException>();

        handler.Requests.Should().HaveCount(1, "dialing twice would ring the callee twice");
    }

    [Fact]
    public async Task StartOutboundCall_maps_the_408_timed_out_answer()
    {
        _api.Respond("POST", "/v2/sip/outbound/call", 408, """{ "code": 408, "message": "timed out" }""");

        var error = await FluentActions.Awaiting(() => _api.Client.Sip.StartOutboundCallAsync(new StartSipCallOptions { To = "+1", RoomCode = "r", TrunkId = "t" }))
            .Should().ThrowAsync<HmsApiException>();

        error.Which.Message.Should().Contain("timed out");
        _api.Server.LogEntries.Should().HaveCount(1);
    }

    [Fact]
    public async Task SendDtmf_posts_digits_with_the_app_token_not_the_management_token()
    {
        _api.Respond("POST", "/v2/sip/outbound/trunks", 200, """{ "id": "t1" }""");
        _api.Respond("POST", "/v2/sip/dtmf", 200, "{}");
        const string appToken = "eyJhbGciOiJIUzI1NiJ9.app-token-payload.signature";

        await _api.Client.Sip.CreateOutboundTrunkAsync(Trunk());
        await _api.Client.Sip.SendDtmfAsync(new[] { "0", "1", "*", "#", "a", "d" }, appToken);

        var entries = _api.Server.LogEntries.OrderBy(e => e.RequestMessage!.DateTime).ToList();
        entries.Should().HaveCount(2);
        var managementHeader = WireApi.Header(entries[0], "Authorization");
        var dtmf = entries[1];
        WireApi.ShouldMatch(dtmf, "POST", "/v2/sip/dtmf", "", """{ "digits": ["0", "1", "*", "#", "a", "d"] }""");
        WireApi.Header(dtmf, "Authorization").Should().Be("Bearer " + appToken);
        managementHeader.Should().StartWith("Bearer ").And.NotBe("Bearer " + appToken);
        dtmf.RequestMessage!.Body.Should().NotContain(managementHeader!["Bearer ".Length..]);
    }

    [Fact]
    public async Task SendDtmf_is_not_retried_and_does_not_refresh_tokens_on_401()
    {
        var handler = new RecordingHandler();
        handler.Enqueue(401, """{ "code": 401, "message": "Token validation error" }""");
        using var client = TestClients.Create(handler);

        await FluentActions.Awaiting(() => client.Sip.SendDtmfAsync(new[] { "5" }, "app-token"))
            .Should().ThrowAsync<HmsUnauthorizedException>();

        handler.Requests.Should().ContainSingle().Which.Header("Authorization").Should().Be("Bearer app-token");
    }

    public static TheoryData<string, string[]> BadDigits => new()
    {
        { "empty", Array.Empty<string>() },
        { "letter e", new[] { "1", "e" } },
        { "upper case", new[] { "A" } },
        { "two characters", new[] { "12" } },
        { "empty entry", new[] { "" } },
        { "null entry", new string[] { null! } },
        { "space", new[] { " " } },
    };

    [Theory]
    [MemberData(nameof(BadDigits))]
    public async Task SendDtmf_rejects_bad_digits_before_sending(string because, string[] digits)
    {
        (await FluentActions.Awaiting(() => _api.Client.Sip.SendDtmfAsync(digits, "app-token"))
            .Should().ThrowAsync<ArgumentException>(because)).Which.ParamName.Should().Be("digits");
        (await FluentActions.Awaiting(() => _api.Client.Sip.SendDtmfAsync(null!, "app-token"))
            .Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("digits");
        ShouldHaveSentNothing();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("tok en")]
    [InlineData("token\r\nX-Evil: 1")]
    public async Task SendDtmf_rejects_blank_or_unsafe_app_tokens_without_echoing_them(string? appToken)
    {
        var error = await FluentActions.Awaiting(() => _api.Client.Sip.SendDtmfAsync(new[] { "1" }, appToken!))
            .Should().ThrowAsync<ArgumentException>();

        error.Which.ParamName.Should().Be("appToken");
        if (!string.IsNullOrWhiteSpace(appToken))
        {
            error.Which.Message.Should().NotContain(appToken);
        }

        ShouldHaveSentNothing();
    }

    [Fact]
    public void Json_bodies_use_snake_case_for_sip()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(
            new StartSipCallOptions { To = "+1", RoomCode = "r", TrunkId = "t", UserId = "u" },
            SipJsonContext.Default.StartSipCallOptions);

        JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse("""{ "to": "+1", "room_code": "r", "trunk_id": "t", "user_id": "u" }""")).Should().BeTrue(json);
    }
}
