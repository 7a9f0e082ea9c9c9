using System.IdentityModel.Tokens.Jwt;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Core;

public class HeaderTests
{
    [Fact]
    public async Task Every_request_carries_bearer_management_token_accept_and_user_agent()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler, configure: o => o.UserAgentSuffix = "my-app/1.2");

        await client.Api.GetAsync("/rooms");

        var sent = handler.Requests.Single();
        sent.Header("Accept").Should().Be("application/json");
        sent.Header("User-Agent").Should().MatchRegex(@"^HmsSdk/\d+\.\d+\.\d+ \(\.NET [^;]+; [^)]+\) my-app/1\.2$");
        var authorization = sent.Header("Authorization");
        authorization.Should().StartWith("Bearer ");
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(authorization!["Bearer ".Length..]);
        jwt.Payload["type"].Should().Be("management");
        jwt.Payload["access_key"].Should().Be(TestClients.AccessKey);
    }

    [Fact]
    public async Task A_post_without_body_sends_an_empty_json_object()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await client.Api.PostAsync("/recordings/abc/stop");

        var sent = handler.Requests.Single();
        sent.Body.Should().Be("{}");
        sent.Header("Content-Type").Should().StartWith("application/json");
    }

    [Fact]
    public async Task The_management_token_is_reused_across_requests()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await client.Api.GetAsync("/rooms");
        await client.Api.GetAsync("/sessions");

        handler.Requests.Select(r => r.Header("Authorization")).Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task Per_request_headers_are_added_but_cannot_replace_authorization()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);
        var options = new HmsRequestOptions();
        options.Headers["X-Correlation-Id"] = "corr-1";
        options.Headers["Authorization"] = "Bearer attacker";

        await client.Api.GetAsync("/rooms", requestOptions: options);

        var sent = handler.Requests.Single();
        sent.Header("X-Correlation-Id").Should().Be("corr-1");
        sent.Header("Authorization").Should().NotBe("Bearer attacker");
    }

    [Fact]
    public async Task OnResponse_exposes_status_headers_and_request_id()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"ok":true}""", ("X-Request-Id", "req-42"));
        using var client = TestClients.Create(handler);
        HmsResponse? seen = null;

        await client.Api.GetAsync("/rooms", requestOptions: new HmsRequestOptions { OnResponse = r => seen = r });

        seen.Should().NotBeNull();
        seen!.StatusCode.Should().Be(200);
        seen.RequestId.Should().Be("req-42");
        seen.ContentText.Should().Be("""{"ok":true}""");
    }
}
