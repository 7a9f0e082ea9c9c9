using System.Text.Json;
using BenchmarkDotNet.Attributes;
using HmsSdk.Sessions;

namespace HmsSdk.Benchmarks;

/// <summary>Deserializing one 100-item sessions page (two peers per session, nanosecond timestamps), source-generated.</summary>
[MemoryDiagnoser]
[ShortJob]
public class DeserializeBenchmarks
{
    private byte[] _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var handler = new SessionPageHandler(totalItems: 1_000);
        _page = handler.RenderPage(start: 0, limit: 100);
        System.Console.WriteLine($"// sessions page: {_page.Length} bytes of JSON");
    }

    [Benchmark]
    public object DeserializeSessionsPage() =>
        JsonSerializer.Deserialize(_page, SessionsJsonContext.Default.HmsListResponseSession)!;
}
