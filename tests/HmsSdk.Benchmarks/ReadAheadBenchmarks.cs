using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace HmsSdk.Benchmarks;

/// <summary>
/// What read-ahead is for: 1,000 sessions in pages of 100 behind a server that answers after
/// <see cref="ServerMs"/> ms, consumed by a caller that spends <see cref="ConsumerMs"/> ms of I/O per page (a database
/// write, a queue publish). With read-ahead the next page's round trip overlaps the caller's work; without, they add
/// up. Waits are timer waits, not CPU, so the numbers hold on a busy machine. Reported per listing.
/// </summary>
[MemoryDiagnoser]
[LongRunningJob]
public class ReadAheadBenchmarks
{
    private const int Items = 1_000;
    private const int PageSize = 100;
    private DelayedHandler _handler = null!;
    private HmsClient _client = null!;

    [Params(2)]
    public int ServerMs { get; set; }

    [Params(0, 2)]
    public int ConsumerMs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _handler = new DelayedHandler(CannedPagesHandler.Sessions(Items, PageSize), TimeSpan.FromMilliseconds(ServerMs));
        _client = Bench.CreateClient(_handler);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<int> ReadAheadOff() => ListAsync(readAhead: false);

    [Benchmark]
    public Task<int> ReadAheadOn() => ListAsync(readAhead: true);

    private async Task<int> ListAsync(bool readAhead)
    {
        var count = 0;
        var options = new HmsRequestOptions { PageReadAhead = readAhead };
        await foreach (var page in Bench.ListSessions(_client, Bench.RoomId, PageSize, options).AsPages())
        {
            count += page.Items.Count;
            if (ConsumerMs > 0)
            {
                await Task.Delay(ConsumerMs);
            }
        }

        return count == Items ? count : throw new InvalidOperationException($"Listed {count} sessions, expected {Items}.");
    }

    /// <summary>Answers from the canned pages after a fixed delay, like a server round trip.</summary>
    private sealed class DelayedHandler : DelegatingHandler
    {
        private readonly TimeSpan _delay;

        public DelayedHandler(HttpMessageHandler inner, TimeSpan delay)
            : base(inner) => _delay = delay;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(_delay, cancellationToken).ConfigureAwait(false);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
