using System.Buffers.Text;
using System.Text;
using FluentAssertions;
using Xunit;

namespace HmsSdk.Tests.Auth;

/// <summary>The byte-level rules: JSON.stringify escaping, base64url, header, claim order.</summary>
public sealed class HmsJwtWriterTests
{
    [Theory]
    [InlineData("plain-ASCII_123", "plain-ASCII_123")]
    [InlineData("quote\" backslash\\ slash/", "quote\\\" backslash\\\\ slash/")]
    [InlineData("\b\f\n\r\t", "\\b\\f\\n\\r\\t")]
    [InlineData("\u0000\u0001\u000b\u001f", "\\u0000\\u0001\\u000b\\u001f")]
    [InlineData("\u007f", "\u007f")]
    [InlineData("<script>&'", "<script>&'")]
    public void Ascii_is_escaped_exactly_like_JSON_stringify(string input, string expectedJsonContent)
    {
        Escape(input).Should().Equal(Encoding.UTF8.GetBytes(expectedJsonContent));
    }

    [Theory]
    [InlineData("hôte")]
    [InlineData("名前")]
    [InlineData("👩‍💻")]
    [InlineData("\u2028\u2029")]
    [InlineData("\uffff\u0800\u07ff\u0080")]
    public void Non_ascii_stays_raw_utf8_like_JSON_stringify(string input)
    {
        Escape(input).Should().Equal(Encoding.UTF8.GetBytes(input));
    }

    [Fact]
    public void Lone_surrogates_become_lowercase_unicode_escapes()
    {
        // Built in code: attribute arguments are stored as UTF-8 metadata, which cannot carry a lone surrogate.
        var cases = new (string Input, string Expected)[]
        {
            ("\ud800", "\\ud800"),
            ("\udc00x", "\\udc00x"),
            ("x\ud83d", "x\\ud83d"),
            ("\udfff\ud800", "\\udfff\\ud800"),
            ("\ud83d\ud83d\ude00", "\\ud83d\ud83d\ude00"),
        };

        foreach ((string input, string expected) in cases)
        {
            Escape(input).Should().Equal(Encoding.UTF8.GetBytes(expected));
        }
    }

    [Fact]
    public void Worst_case_input_fits_the_six_bytes_per_char_budget()
    {
        string worst = new string('\u0001', 50) + new string('\udc00', 50);
        var destination = new byte[worst.Length * 6];

        HmsJwtWriter.WriteJsonStringContent(worst, destination).Should().Be(worst.Length * 6);
    }

    [Fact]
    public void Scalar_base64url_matches_the_framework_for_every_length()
    {
        var random = new Random(42);
        for (int length = 0; length <= 130; length++)
        {
            byte[] data = new byte[length];
            random.NextBytes(data);
            byte[] destination = new byte[HmsJwtWriter.Base64UrlLength(length)];

            int written = HmsJwtWriter.Base64UrlEncodeScalar(data, destination);

            written.Should().Be(destination.Length);
            Encoding.ASCII.GetString(destination).Should().Be(Base64Url.EncodeToString(data), "length {0}", length);
        }
    }

    [Fact]
    public void Header_segment_is_base64url_of_the_exact_node_header()
    {
        AuthTestSupport.DecodeSegment(Encoding.ASCII.GetString(HmsJwtWriter.HeaderSegment)).Should().Be("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    }

    [Fact]
    public void Management_claims_are_in_node_order_with_numeric_version()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);

        string jwt = service.GetManagementToken().Token;

        AuthTestSupport.ClaimOrder(jwt).Should().Equal("access_key", "type", "version", "iat", "nbf", "exp", "jti");
        AuthTestSupport.PayloadJson(jwt).Should().StartWith("{\"access_key\":\"test-access-key\",\"type\":\"management\",\"version\":2,\"iat\":");
    }

    [Fact]
    public void App_claims_are_in_node_order_with_user_id_before_jti()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);

        string jwt = service.CreateAuthToken(new AuthTokenOptions("room-1", "host") { UserId = "u-1" }).Token;

        AuthTestSupport.ClaimOrder(jwt).Should().Equal("access_key", "type", "version", "iat", "nbf", "exp", "room_id", "role", "user_id", "jti");
        AuthTestSupport.PayloadJson(jwt).Should().Contain("\"type\":\"app\",\"version\":2,");
    }

    [Fact]
    public void Access_key_with_special_characters_is_escaped_in_the_precomputed_prefix()
    {
        var writer = new HmsJwtWriter("key\"with\\odd\u0002chars", "secret");

        byte[] payload = writer.WritePayloadJson(app: false, default, null, null, null, "jti-1");

        Encoding.UTF8.GetString(payload).Should().StartWith("{\"access_key\":\"key\\\"with\\\\odd\\u0002chars\",\"type\":\"management\"");
    }

    [Fact]
    public async Task Long_claims_that_exceed_the_stack_buffer_still_produce_a_valid_token()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);
        string longRoom = new string('r', 5000) + "名前";

        AuthToken token = service.CreateAuthToken(new AuthTokenOptions(longRoom, "host"));

        AuthTestSupport.PayloadJson(token.Token).Should().Contain($"\"room_id\":\"{longRoom}\"");
        token.Token.Split('.')[2].Should().HaveLength(43);
        (await JwtLibraryVerifier.ValidateAsync(token.Token, AuthTestSupport.Secret)).GetClaim("room_id").Value.Should().Be(longRoom);
    }

    [Fact]
    public void Concurrent_minting_on_one_service_signs_every_token_correctly()
    {
        // The writer reuses one keyed HMAC between calls; threads racing for it must never corrupt a signature.
        AuthService service = AuthTestSupport.CreateService(out _, out _);
        byte[] key = Encoding.UTF8.GetBytes(AuthTestSupport.Secret);

        int[] badSignatures = AuthTestSupport.RunConcurrently(4, thread =>
        {
            int bad = 0;
            for (int i = 0; i < 2000; i++)
            {
                string jwt = service.CreateAuthToken(new AuthTokenOptions($"room-{thread}", "host") { UserId = $"u-{i}" }).Token;
                int lastDot = jwt.LastIndexOf('.');
                string expected = Base64Url.EncodeToString(JwtLibraryVerifier.Hmac(key, jwt[..lastDot]));
                if (expected != jwt[(lastDot + 1)..] || !AuthTestSupport.PayloadJson(jwt).Contains($"\"room-{thread}\"", StringComparison.Ordinal))
                {
                    bad++;
                }
            }

            return bad;
        });

        badSignatures.Should().AllBeEquivalentTo(0);
    }

    private static byte[] Escape(string input)
    {
        var destination = new byte[input.Length * 6];
        int written = HmsJwtWriter.WriteJsonStringContent(input, destination);
        return destination.AsSpan(0, written).ToArray();
    }
}
