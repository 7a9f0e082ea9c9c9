using System.Net.Http;
using BenchmarkDotNet.Attributes;

namespace HmsSdk.Benchmarks;

/// <summary>Token minting and the management-token cache, on one thread.</summary>
[MemoryDiagnoser]
[ShortJob]
public class TokenBenchmarks
{
    private HmsClient _client = null!;
    private AuthTokenOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _client = Bench.CreateClient(new CannedJsonHandler(new byte[] { (byte)'{', (byte)'}' }));
        _options = new AuthTokenOptions(Bench.RoomId, "host") { UserId = "user-42" };
        _client.Auth.GetManagementToken();
    }

    [GlobalCleanup]
    public void Cleanup() => _client.Dispose();

    /// <summary>One HS256 app token (Node's <c>auth.getAuthToken</c>); the opt-in cache is off, so every call mints.</summary>
    [Benchmark]
    public AuthToken MintAuthToken() => _client.Auth.CreateAuthToken(_options);

    /// <summary>What every API call pays for its bearer token once one is cached.</summary>
    [Benchmark]
    public ManagementToken ManagementTokenCacheHit() => _client.Auth.GetManagementToken();
}
