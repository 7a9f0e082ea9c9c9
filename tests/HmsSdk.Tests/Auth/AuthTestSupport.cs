using System.Buffers.Text;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HmsSdk.Tests.Auth;

/// <summary>Counts mints by counting jti requests, and hands out predictable uuid-shaped ids.</summary>
internal sealed class CountingTokenIdGenerator
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Runs inside the mint; lets a test hold the minting thread until others have piled up.</summary>
    public Action? OnGenerate { get; set; }

    public string Next()
    {
        int n = Interlocked.Increment(ref _count);
        OnGenerate?.Invoke();
        return $"00000000-0000-4000-8000-{n:D12}";
    }
}

internal static class AuthTestSupport
{
    public const string AccessKey = "test-access-key";
    public const string Secret = "test-secret-that-must-never-leak";

    /// <summary>A whole second, so "now - 10" is easy to read in assertions.</summary>
    public static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_750_000_000);

    public static AuthService CreateService(
        out FakeTimeProvider clock,
        out CountingTokenIdGenerator ids,
        bool cacheAuthTokens = false,
        int authTokenCacheCapacity = 1024,
        TimeSpan? managementTokenLifetime = null,
        TimeSpan? refreshBeforeExpiry = null)
    {
        clock = new FakeTimeProvider(Start);
        ids = new CountingTokenIdGenerator();
        var settings = new HmsTokenSettings
        {
            AccessKey = AccessKey,
            Secret = Secret,
            TimeProvider = clock,
            TokenIdGenerator = ids.Next,
            CacheAuthTokens = cacheAuthTokens,
            AuthTokenCacheCapacity = authTokenCacheCapacity,
            ManagementTokenLifetime = managementTokenLifetime ?? TimeSpan.FromHours(24),
            RefreshBeforeExpiry = refreshBeforeExpiry ?? TimeSpan.FromMinutes(5),
        };
        return new AuthService(settings);
    }

    /// <summary>Decodes a base64url segment (no padding) to its UTF-8 text.</summary>
    public static string DecodeSegment(string segment)
    {
        byte[] bytes = Base64Url.DecodeFromChars(segment);
        return Encoding.UTF8.GetString(bytes);
    }

    public static string PayloadJson(string jwt) => DecodeSegment(jwt.Split('.')[1]);

    /// <summary>Top-level property names of the payload, in the order they appear on the wire.</summary>
    public static IReadOnlyList<string> ClaimOrder(string jwt)
    {
        using JsonDocument document = JsonDocument.Parse(PayloadJson(jwt));
        return document.RootElement.EnumerateObject().Select(property => property.Name).ToList();
    }

    /// <summary>Runs <paramref name="action"/> on <paramref name="threadCount"/> dedicated threads released at once.</summary>
    public static T[] RunConcurrently<T>(int threadCount, Func<int, T> action)
    {
        var results = new T[threadCount];
        var exceptions = new Exception?[threadCount];
        using var start = new ManualResetEventSlim(false);
        var threads = Enumerable.Range(0, threadCount).Select(index => new Thread(() =>
        {
            start.Wait();
            try
            {
                results[index] = action(index);
            }
            catch (Exception exception)
            {
                exceptions[index] = exception;
            }
        })).ToList();

        threads.ForEach(thread => thread.Start());
        start.Set();
        threads.ForEach(thread => thread.Join());
        exceptions.Where(exception => exception is not null).Should().BeEmpty();
        return results;
    }
}

/// <summary>
/// Verifies tokens with the stock IdentityModel 8 HS256 path (no custom crypto provider).
/// IdentityModel refuses HMAC keys under 128 bits (SymmetricSignatureProvider, IDX10653) and under 256 bits for HS256
/// (IDX10720), but the 100ms secrets in the vectors are 12 bytes. HMAC (RFC 2104, step 1) zero-pads any key shorter
/// than the 64-byte SHA-256 block before use, so HMAC(k) == HMAC(k || 0x00...) exactly. Handing the library the key
/// zero-padded to 64 bytes therefore verifies the very same signature with the library's own HMAC and comparison code;
/// <see cref="JwtLibraryVerificationTests"/> proves the equivalence and that a wrong secret still fails.
/// </summary>
internal static class JwtLibraryVerifier
{
    private const int Sha256BlockSize = 64;
    private const int MinimumHs256KeySize = 32;

    public static SymmetricSecurityKey KeyFor(string secret)
    {
        byte[] key = Encoding.UTF8.GetBytes(secret);
        if (key.Length < MinimumHs256KeySize)
        {
            Array.Resize(ref key, Sha256BlockSize);
        }

        return new SymmetricSecurityKey(key);
    }

    public static TokenValidationParameters Parameters(string secret) => Parameters(KeyFor(secret));

    public static TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        IssuerSigningKey = key,
        ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
        ValidTypes = new[] { "JWT" },
        ValidateIssuer = false,
        ValidateAudience = false,
        ValidateIssuerSigningKey = true,
        RequireSignedTokens = true,
        RequireExpirationTime = true,

        // The tokens come from a frozen clock in the past; the tests compare the time claims exactly instead.
        ValidateLifetime = false,
    };

    /// <summary>Validates with <see cref="JsonWebTokenHandler"/> and returns the parsed token.</summary>
    public static async Task<JsonWebToken> ValidateAsync(string jwt, string secret)
    {
        TokenValidationResult result = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, Parameters(secret));
        result.IsValid.Should().BeTrue("IdentityModel must accept the token: {0}", result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }

    /// <summary>Validates with the legacy <see cref="JwtSecurityTokenHandler"/> and returns the parsed token.</summary>
    public static JwtSecurityToken ValidateWithLegacyHandler(string jwt, string secret)
    {
        var handler = new JwtSecurityTokenHandler { MapInboundClaims = false };
        handler.ValidateToken(jwt, Parameters(secret), out SecurityToken token);
        return (JwtSecurityToken)token;
    }

    public static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(data));
}
