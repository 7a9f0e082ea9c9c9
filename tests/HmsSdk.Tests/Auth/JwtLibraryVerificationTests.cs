using System.Text;
using FluentAssertions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace HmsSdk.Tests.Auth;

/// <summary>Shows the short-key verification route is sound and that IdentityModel parses what we mint.</summary>
public sealed class JwtLibraryVerificationTests
{
    [Theory]
    [InlineData("vec-secret-1")]
    [InlineData("s3cr3t with spaces & ünïcode")]
    [InlineData("x")]
    public void Hmac_with_a_short_key_equals_hmac_with_the_key_zero_padded_to_the_block_size(string secret)
    {
        byte[] key = Encoding.UTF8.GetBytes(secret);
        byte[] padded = new byte[64];
        key.CopyTo(padded, 0);

        JwtLibraryVerifier.Hmac(padded, "header.payload").Should().Equal(JwtLibraryVerifier.Hmac(key, "header.payload"));
    }

    [Fact]
    public async Task Stock_identity_model_rejects_the_unpadded_short_key_so_padding_is_needed()
    {
        TokenVector vector = TokenVector.Load("management, defaults");
        var unpadded = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(vector.Secret));

        TokenValidationResult result = await new JsonWebTokenHandler().ValidateTokenAsync(vector.Token, JwtLibraryVerifier.Parameters(unpadded));

        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public async Task A_long_secret_verifies_with_the_plain_key_and_no_padding()
    {
        TokenVector vector = TokenVector.Load("app, unicode role and user, custom validity");
        Encoding.UTF8.GetByteCount(vector.Secret).Should().BeGreaterThanOrEqualTo(32);
        var plainKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(vector.Secret));

        TokenValidationResult result = await new JsonWebTokenHandler().ValidateTokenAsync(vector.Token, JwtLibraryVerifier.Parameters(plainKey));

        result.IsValid.Should().BeTrue(result.Exception?.Message);
    }

    [Theory]
    [InlineData("vec-secret-")]
    [InlineData("vec-secret-1 ")]
    [InlineData("VEC-SECRET-1")]
    [InlineData("vec-secret-2")]
    public async Task A_wrong_secret_fails_verification_even_with_padding(string wrongSecret)
    {
        TokenVector vector = TokenVector.Load("management, defaults");

        TokenValidationResult result = await new JsonWebTokenHandler().ValidateTokenAsync(vector.Token, JwtLibraryVerifier.Parameters(wrongSecret));

        result.IsValid.Should().BeFalse();
        result.Exception.Should().BeAssignableTo<SecurityTokenSignatureKeyNotFoundException>();
    }

    [Fact]
    public async Task A_tampered_payload_fails_verification()
    {
        TokenVector vector = TokenVector.Load("app, with user_id");
        string[] segments = vector.Token.Split('.');
        string forgedPayload = Base64UrlEncoder.Encode(vector.PayloadJson.Replace("\"host\"", "\"admin\"", StringComparison.Ordinal));

        TokenValidationResult result = await new JsonWebTokenHandler().ValidateTokenAsync(
            $"{segments[0]}.{forgedPayload}.{segments[2]}",
            JwtLibraryVerifier.Parameters(vector.Secret));

        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public async Task Every_token_from_a_seeded_random_sample_verifies_and_round_trips_its_claims()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);
        var random = new Random(20240611);
        string alphabet = "abcXYZ019-_/?#&=% \"\\\t\n\u0001\u007féü名前👩‍💻\u2028";

        for (int i = 0; i < 200; i++)
        {
            string roomId = "r" + RandomText(random, alphabet, 1 + random.Next(30));
            string role = "x" + RandomText(random, alphabet, 1 + random.Next(12));
            string? userId = random.Next(3) == 0 ? null : RandomText(random, alphabet, random.Next(20));
            if (userId is { Length: > 0 } && string.IsNullOrWhiteSpace(userId))
            {
                userId = "u" + userId; // #13.5: a blank user id is refused, as every other call refuses blank ids
            }

            AuthToken token = service.CreateAuthToken(new AuthTokenOptions(roomId, role) { UserId = userId });

            JsonWebToken parsed = await JwtLibraryVerifier.ValidateAsync(token.Token, AuthTestSupport.Secret);

            parsed.GetClaim("room_id").Value.Should().Be(roomId);
            parsed.GetClaim("role").Value.Should().Be(role);
            parsed.TryGetClaim("user_id", out var userClaim).Should().Be(!string.IsNullOrEmpty(userId));
            if (!string.IsNullOrEmpty(userId))
            {
                userClaim.Value.Should().Be(userId);
            }

            parsed.IssuedAt.Should().Be(token.IssuedAt.UtcDateTime);
            parsed.ValidFrom.Should().Be(token.NotBefore.UtcDateTime);
            parsed.ValidTo.Should().Be(token.ExpiresAt.UtcDateTime);
            parsed.Id.Should().Be(token.Id);
        }
    }

    [Fact]
    public async Task Management_token_verifies_with_identity_model()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);

        ManagementToken token = service.GetManagementToken();

        JsonWebToken parsed = await JwtLibraryVerifier.ValidateAsync(token.Token, AuthTestSupport.Secret);
        parsed.GetClaim("type").Value.Should().Be("management");
        parsed.GetClaim("access_key").Value.Should().Be(AuthTestSupport.AccessKey);
        parsed.ValidTo.Should().Be(token.ExpiresAt.UtcDateTime);
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        // Walk text elements so surrogate pairs and the ZWJ emoji sequence are never split.
        var elements = new List<string>();
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(alphabet);
        while (enumerator.MoveNext())
        {
            elements.Add((string)enumerator.Current);
        }

        var builder = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            builder.Append(elements[random.Next(elements.Count)]);
        }

        return builder.ToString();
    }
}
