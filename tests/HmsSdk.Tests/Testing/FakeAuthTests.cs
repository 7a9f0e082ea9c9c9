using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Text;
using FluentAssertions;
using HmsSdk.Testing;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace HmsSdk.Tests.Testing;

public sealed class FakeAuthTests
{
    private static string Mint(FakeApiTestContext ctx, string secret, string type = "management", DateTimeOffset? notBefore = null, TimeSpan? lifetime = null, string? accessKey = null)
    {
        var now = ctx.Time.GetUtcNow();
        var nbf = notBefore ?? now;
        var payload = new JwtPayload
        {
            { "access_key", accessKey ?? ctx.Fake.AccessKey },
            { "type", type },
            { "version", 2 },
            { "iat", now.ToUnixTimeSeconds() },
            { "nbf", nbf.ToUnixTimeSeconds() },
            { "exp", now.Add(lifetime ?? TimeSpan.FromHours(1)).ToUnixTimeSeconds() },
            { "jti", "9d6b1e33-3c70-4b8e-9a55-2f1d3f9c1c11" },
        };
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        var token = new JwtSecurityToken(new JwtHeader(new SigningCredentials(key, SecurityAlgorithms.HmacSha256)), payload);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    private const string Secret = "test-secret-that-is-long-enough-0123456789";

    [Fact]
    public async Task A_token_minted_by_the_IdentityModel_library_with_the_secret_is_accepted()
    {
        using var ctx = new FakeApiTestContext();
        using var response = await ctx.SendAsync(HttpMethod.Get, "rooms", token: Mint(ctx, Secret));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_fake_own_management_token_validates_with_IdentityModel()
    {
        using var ctx = new FakeApiTestContext();
        var token = ctx.Fake.CreateManagementToken(TimeSpan.FromMinutes(5));
        var handler = new JwtSecurityTokenHandler();
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secret)),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        };
        handler.ValidateToken(token, parameters, out var validated);
        var jwt = (JwtSecurityToken)validated;
        jwt.Payload["type"].Should().Be("management");
        jwt.Payload["access_key"].Should().Be("test-access-key");
        jwt.ValidTo.Should().Be(FakeApiTestContext.Start.AddMinutes(5).UtcDateTime);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("bad-signature")]
    [InlineData("wrong-type")]
    [InlineData("wrong-access-key")]
    [InlineData("not-yet-valid")]
    [InlineData("garbage")]
    [InlineData("basic-scheme")]
    public async Task Invalid_tokens_get_401_with_the_documented_error_body(string kind)
    {
        using var ctx = new FakeApiTestContext();
        using var request = new HttpRequestMessage(HttpMethod.Get, "rooms");
        switch (kind)
        {
            case "bad-signature": request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Mint(ctx, "another-secret-that-is-long-enough-000000")); break;
            case "wrong-type": request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Mint(ctx, Secret, type: "app")); break;
            case "wrong-access-key": request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Mint(ctx, Secret, accessKey: "someone-else")); break;
            case "not-yet-valid": request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Mint(ctx, Secret, notBefore: ctx.Time.GetUtcNow().AddMinutes(10))); break;
            case "garbage": request.Headers.TryAddWithoutValidation("Authorization", "Bearer not.a.jwt"); break;
            case "basic-scheme": request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz"); break;
        }

        using var response = await ctx.Http.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        ((int)body["code"]!).Should().Be(401);
        ((string)body["message"]!).Should().Be("Token validation error");
        body["details"]!.AsArray().Should().ContainSingle();
        ctx.Fake.Rooms.Count.Should().Be(0, "a rejected request must not reach the handlers");
    }

    [Fact]
    public async Task A_token_expires_when_the_fake_clock_passes_exp()
    {
        using var ctx = new FakeApiTestContext();
        var token = ctx.Fake.CreateManagementToken(TimeSpan.FromMinutes(30));
        using (var ok = await ctx.SendAsync(HttpMethod.Get, "rooms", token: token))
        {
            ok.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        ctx.Time.Advance(TimeSpan.FromMinutes(30));
        var (status, body) = await ctx.ErrorAsync(HttpMethod.Get, "rooms", token: token);
        status.Should().Be(401);
        ((string)body["details"]![0]!).Should().Contain("expired");
    }

    [Fact]
    public async Task Every_response_carries_a_deterministic_request_id_and_json_content_type()
    {
        async Task<List<string>> IdsAsync()
        {
            using var ctx = new FakeApiTestContext();
            var ids = new List<string>();
            foreach (var path in new[] { "rooms", "rooms/000000000000000000000000", "nope" })
            {
                using var response = await ctx.SendAsync(HttpMethod.Get, path);
                response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
                ids.Add(response.Headers.GetValues("X-Request-Id").Single());
            }

            using var unauthorized = await ctx.SendAsync(HttpMethod.Get, "rooms", token: "x");
            ids.Add(unauthorized.Headers.GetValues("X-Request-Id").Single());
            ctx.Fake.Requests.Select(r => r.RequestId).Should().Equal(ids);
            return ids;
        }

        var first = await IdsAsync();
        var second = await IdsAsync();
        first.Should().OnlyHaveUniqueItems();
        second.Should().Equal(first, "the same seed and the same calls give the same ids");
    }

    [Fact]
    public async Task The_request_log_keeps_headers_and_body_but_never_the_token()
    {
        using var ctx = new FakeApiTestContext();
        var token = ctx.Fake.CreateManagementToken();
        using var request = new HttpRequestMessage(HttpMethod.Post, "rooms?x=1&x=2") { Content = new StringContent("{\"name\":\"log-me\"}", Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        request.Headers.TryAddWithoutValidation("User-Agent", "fake-tests/1.0");
        using var response = await ctx.Http.SendAsync(request);

        var recorded = ctx.Fake.Requests.Single();
        recorded.Method.Should().Be("POST");
        recorded.Path.Should().Be("/v2/rooms");
        recorded.GetQueryValues("x").Should().Equal("1", "2");
        recorded.Body.Should().Be("{\"name\":\"log-me\"}");
        recorded.Headers["User-Agent"].Should().Be("fake-tests/1.0");
        recorded.Headers["Content-Type"].Should().StartWith("application/json");
        recorded.Headers["Authorization"].Should().Be("Bearer [redacted]");
        recorded.Headers.Values.Should().NotContain(v => v.Contains(token));
        recorded.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task Unknown_routes_are_404_and_wrong_methods_405_with_error_bodies()
    {
        using var ctx = new FakeApiTestContext();
        var (status, body) = await ctx.ErrorAsync(HttpMethod.Get, "no-such-thing");
        status.Should().Be(404);
        ((int)body["code"]!).Should().Be(404);
        var (methodStatus, methodBody) = await ctx.ErrorAsync(HttpMethod.Delete, "rooms");
        methodStatus.Should().Be(405);
        ((int)methodBody["code"]!).Should().Be(405);
    }
}
