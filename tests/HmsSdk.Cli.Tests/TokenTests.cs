using System.IdentityModel.Tokens.Jwt;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HmsSdk.Cli.Tests;

/// <summary><c>hms token</c>: the only commands that print a secret; claims follow the 100ms auth-token docs.</summary>
public sealed class TokenTests
{
    [Fact]
    public async Task App_token_prints_only_the_jwt_with_the_documented_claims()
    {
        var harness = new CliHarness();
        var run = await harness.RunAsync("token", "app", "--room", "room-1", "--role", "host", "--user", "u-42", "--valid-for", "1h");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Lines.Should().ContainSingle();
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(run.Lines[0]);
        // docs/server-side/v2/introduction/authentication-and-tokens (auth token payload): access_key, room_id, user_id, role, type app, version 2.
        jwt.Claims.Should().Contain(c => c.Type == "access_key" && c.Value == harness.Fake.AccessKey);
        jwt.Claims.Should().Contain(c => c.Type == "room_id" && c.Value == "room-1");
        jwt.Claims.Should().Contain(c => c.Type == "role" && c.Value == "host");
        jwt.Claims.Should().Contain(c => c.Type == "user_id" && c.Value == "u-42");
        jwt.Claims.Should().Contain(c => c.Type == "type" && c.Value == "app");
        jwt.Payload.Expiration.Should().Be(new DateTimeOffset(jwt.Payload.IssuedAt).ToUnixTimeSeconds() + 3600, "--valid-for 1h");
        jwt.Payload.IssuedAt.Should().BeCloseTo(CliHarness.Start.UtcDateTime, TimeSpan.FromMinutes(1), "minted on the injected clock");
    }

    [Fact]
    public async Task App_token_json_carries_token_and_claims()
    {
        var run = await new CliHarness().RunAsync("token", "app", "--room", "room-1", "--role", "guest", "--json");

        using var json = JsonDocument.Parse(run.Lines.Single());
        json.RootElement.GetProperty("room_id").GetString().Should().Be("room-1");
        json.RootElement.GetProperty("role").GetString().Should().Be("guest");
        (DateTimeOffset.Parse(json.RootElement.GetProperty("expires_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            - DateTimeOffset.Parse(json.RootElement.GetProperty("issued_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(TimeSpan.FromHours(24), "the default lifetime");
        json.RootElement.GetProperty("token").GetString().Should().Contain(".");
    }

    [Fact]
    public async Task Management_token_is_accepted_by_the_api()
    {
        var harness = new CliHarness();
        var run = await harness.RunAsync("token", "management", "--valid-for", "15m");

        run.ExitCode.Should().Be(0);
        using var http = new HttpClient(harness.Fake.CreateHandler()) { BaseAddress = new Uri(harness.Fake.BaseUri + "/") };
        using var request = new HttpRequestMessage(HttpMethod.Get, "rooms");
        request.Headers.Authorization = new("Bearer", run.Lines.Single());
        (await http.SendAsync(request)).IsSuccessStatusCode.Should().BeTrue();
        var payload = new JwtSecurityTokenHandler().ReadJwtToken(run.Lines.Single()).Payload;
        payload.Expiration.Should().Be(new DateTimeOffset(payload.IssuedAt).ToUnixTimeSeconds() + 900, "--valid-for 15m");
    }
}
