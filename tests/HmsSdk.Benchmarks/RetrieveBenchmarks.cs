using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using HmsSdk.Rooms;

namespace HmsSdk.Benchmarks;

/// <summary>
/// One room retrieve through the whole SDK pipeline (token cache, retries, timeout, diagnostics, error mapping,
/// deserialization) against the least a hand-written caller would do with the same handler and the same model.
/// </summary>
[MemoryDiagnoser]
[ShortJob]
public class RetrieveBenchmarks
{
    private CannedJsonHandler _handler = null!;
    private HmsClient _client = null!;
    private HttpClient _http = null!;
    private string _bearer = null!;
    private string _userAgent = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handler = new CannedJsonHandler(Encoding.UTF8.GetBytes(RoomJson));
        _client = Bench.CreateClient(_handler);
        _http = new HttpClient(_handler, disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _bearer = "Bearer " + _client.Auth.GetManagementToken().Token;
        _userAgent = HmsClient.BuildUserAgent(null);
        var room = RetrieveWithHmsSdk().GetAwaiter().GetResult();
        var baseline = RetrieveWithHttpClient().GetAwaiter().GetResult();
        if (room.Id != Bench.RoomId || baseline.Id != Bench.RoomId || room.CreatedAt != baseline.CreatedAt)
        {
            throw new InvalidOperationException("The two paths did not read the same room.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _client.Dispose();
        _handler.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<Room> RetrieveWithHttpClient()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.bench.local/v2/rooms/" + Uri.EscapeDataString(Bench.RoomId));
        request.Headers.TryAddWithoutValidation("Authorization", _bearer);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(RoomsJsonContext.Default.Room))!;
    }

    [Benchmark]
    public Task<Room> RetrieveWithHmsSdk() => Bench.GetRoomAsync(_client, Bench.RoomId);

    /// <summary>A room as the API shows it (millisecond timestamps, an unknown field).</summary>
    internal const string RoomJson = """
        {"id":"67a0c0ffee0123456789abcd","name":"daily-standup","enabled":true,"description":"Daily stand-up",
        "customer_id":"64b0cafe0123456789abcdef","customer":"64b0cafe0123456789abcdef","app_id":"64b0beef0123456789abcdef",
        "recording_source_template":true,"template_id":"64b0f00d0123456789abcdef","template":"default-video-conferencing",
        "region":"in","large_room":false,"size":0,"polls":[],"created_at":"2025-01-02T03:04:05.678Z",
        "updated_at":"2025-01-02T03:04:05.678Z","future_field":{"nested":[1,2,3]}}
        """;
}
