using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace HmsSdk.Benchmarks;

/// <summary>
/// Every item of a long sessions list through the pager (100 per page) over a handler that synthesizes pages.
/// Reported per item (OperationsPerInvoke), so the two rows must match: cost and allocation per item stay flat.
/// </summary>
[MemoryDiagnoser]
[LongRunningJob]
public class PagingBenchmarks
{
    private SessionPageHandler _handler = null!;
    private HmsClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handler = new SessionPageHandler(totalItems: 0);
        _client = Bench.CreateClient(_handler);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    [Benchmark(OperationsPerInvoke = 10_000)]
    public Task<long> Paging10kItems() => EnumerateAsync(10_000);

    [Benchmark(OperationsPerInvoke = 1_000_000)]
    public Task<long> Paging1MItems() => EnumerateAsync(1_000_000);

    private async Task<long> EnumerateAsync(long total)
    {
        _handler.TotalItems = total;
        long count = 0;
        await foreach (var session in Bench.ListSessions(_client, Bench.RoomId, 100))
        {
            count += session.Id!.Length > 0 ? 1 : 0;
        }

        return count == total ? count : throw new InvalidOperationException($"Expected {total} items, got {count}.");
    }
}
