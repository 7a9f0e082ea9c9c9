using System.Text;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace HmsSdk.Tests.Auth;

/// <summary>
/// Known-answer tests: tokens minted by the Node SDK (jsonwebtoken 9) with a frozen clock and a fixed jti
/// must be reproduced byte for byte.
/// </summary>
public sealed class TokenVectorTests
{
    public static TheoryData<string> VectorNames()
    {
        var names = new TheoryData<string>();
        foreach (TokenVector vector in TokenVector.LoadAll())
        {
            names.Add(vector.Name);
        }

        return names;
    }

    [Fact]
    public void Fixture_holds_all_eight_vectors_covering_both_token_kinds()
    {
        IReadOnlyList<TokenVector> vectors = TokenVector.LoadAll();

        vectors.Should().HaveCount(8);
        vectors.Select(vector => vector.Kind).Distinct().Should().BeEquivalentTo("management", "app");
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Minted_token_equals_the_node_token_byte_for_byte(string name)
    {
        TokenVector vector = TokenVector.Load(name);
        string token = vector.Mint();

        token.Should().Be(vector.Token);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Header_and_payload_json_equal_the_node_json(string name)
    {
        TokenVector vector = TokenVector.Load(name);
        string token = vector.Mint();

        string[] segments = token.Split('.');
        AuthTestSupport.DecodeSegment(segments[0]).Should().Be(vector.HeaderJson);
        AuthTestSupport.DecodeSegment(segments[1]).Should().Be(vector.PayloadJson);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public async Task Node_token_and_minted_token_verify_with_identity_model(string name)
    {
        TokenVector vector = TokenVector.Load(name);
        string token = vector.Mint();

        JsonWebToken parsed = await JwtLibraryVerifier.ValidateAsync(token, vector.Secret);
        JwtLibraryVerifier.ValidateWithLegacyHandler(token, vector.Secret).RawData.Should().Be(token);

        parsed.Alg.Should().Be("HS256");
        parsed.Typ.Should().Be("JWT");
        parsed.Id.Should().Be(vector.Jti);
        parsed.GetClaim("access_key").Value.Should().Be(vector.AccessKey);
        parsed.GetClaim("type").Value.Should().Be(vector.Kind);
        parsed.GetPayloadValue<int>("version").Should().Be(2);
    }

    [Fact]
    public void Returned_claims_match_the_vector_payload()
    {
        TokenVector vector = TokenVector.Load("app, unicode role and user, custom validity");

        AuthToken token = vector.CreateService().CreateAuthToken(vector.AuthOptions());

        token.Id.Should().Be(vector.Jti);
        token.RoomId.Should().Be("r/with?odd#chars");
        token.Role.Should().Be("hôte");
        token.UserId.Should().Be("名前");
        token.IssuedAt.ToUnixTimeSeconds().Should().Be(1730999990);
        token.NotBefore.ToUnixTimeSeconds().Should().Be(1730999990);
        token.ExpiresAt.ToUnixTimeSeconds().Should().Be(1731007190);
    }
}

/// <summary>One entry of Fixtures/token-vectors.json (copied from the shared spec into the repo).</summary>
internal sealed class TokenVector
{
    private TokenVector(JsonElement element)
    {
        Name = element.GetProperty("name").GetString()!;
        AccessKey = element.GetProperty("access_key").GetString()!;
        Secret = element.GetProperty("secret").GetString()!;
        NowUnixSeconds = element.GetProperty("now_unix_seconds").GetInt64();
        Kind = element.GetProperty("kind").GetString()!;
        Jti = element.GetProperty("jti").GetString()!;
        HeaderJson = element.GetProperty("header_json").GetString()!;
        PayloadJson = element.GetProperty("payload_json").GetString()!;
        Token = element.GetProperty("token").GetString()!;
        Config = element.GetProperty("node_config").Clone();
    }

    public string Name { get; }

    public string AccessKey { get; }

    public string Secret { get; }

    public long NowUnixSeconds { get; }

    public string Kind { get; }

    public string Jti { get; }

    public string HeaderJson { get; }

    public string PayloadJson { get; }

    public string Token { get; }

    public JsonElement Config { get; }

    public static IReadOnlyList<TokenVector> LoadAll()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "token-vectors.json");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
        return document.RootElement.GetProperty("vectors").EnumerateArray().Select(element => new TokenVector(element)).ToList();
    }

    public static TokenVector Load(string name) => LoadAll().Single(vector => vector.Name == name);

    public AuthService CreateService() => new(new HmsTokenSettings
    {
        AccessKey = AccessKey,
        Secret = Secret,
        TimeProvider = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(NowUnixSeconds)),
        TokenIdGenerator = () => Jti,
    });

    /// <summary>The token the SDK mints for this vector: an app (auth) token or a management token, by <see cref="Kind"/>.</summary>
    public string Mint()
    {
        AuthService service = CreateService();
        return Kind == "app"
            ? service.CreateAuthToken(AuthOptions()).Token
            : service.GetManagementToken(ManagementOptions()).Token;
    }

    public AuthTokenOptions AuthOptions()
    {
        var options = new AuthTokenOptions(Config.GetProperty("roomId").GetString()!, Config.GetProperty("role").GetString()!)
        {
            UserId = Config.TryGetProperty("userId", out JsonElement userId) ? userId.GetString() : null,
        };
        ApplyTiming(timing => options.IssuedAt = timing, timing => options.NotValidBefore = timing, validFor => options.ValidFor = validFor);
        return options;
    }

    public ManagementTokenOptions ManagementOptions()
    {
        var options = new ManagementTokenOptions();
        ApplyTiming(timing => options.IssuedAt = timing, timing => options.NotValidBefore = timing, validFor => options.ValidFor = validFor);
        return options;
    }

    private void ApplyTiming(Action<DateTimeOffset> issuedAt, Action<DateTimeOffset> notValidBefore, Action<TimeSpan> validFor)
    {
        // Node takes epoch seconds; 0 is passed through unchanged so the "0 = unset" rule is exercised here too.
        if (Config.TryGetProperty("issuedAt", out JsonElement iat))
        {
            issuedAt(DateTimeOffset.FromUnixTimeSeconds(iat.GetInt64()));
        }

        if (Config.TryGetProperty("notValidBefore", out JsonElement nbf))
        {
            notValidBefore(DateTimeOffset.FromUnixTimeSeconds(nbf.GetInt64()));
        }

        if (Config.TryGetProperty("validForSeconds", out JsonElement seconds))
        {
            validFor(TimeSpan.FromSeconds(seconds.GetInt64()));
        }
    }
}
