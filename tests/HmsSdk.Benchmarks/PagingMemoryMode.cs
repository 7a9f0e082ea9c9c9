using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;

namespace HmsSdk.Benchmarks;

/// <summary>
/// <c>paging-memory</c>: pages 10,000 and 1,000,000 sessions (100 per page) through the SDK pager over the synthesizing
/// handler and prints allocated bytes per item (process-wide, precise) and the live heap growth measured with a full GC
/// every 500 pages, with read-ahead on (the default). Fails (exit 1) when the live heap grows by more than two pages'
/// worth (the page in hand and the one read ahead; a page's models take about four times its UTF-8 body) or when bytes
/// per item differ by more than 5% between the two sizes.
/// </summary>
internal static class PagingMemoryMode
{
    private const int PageSize = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        using var handler = new SessionPageHandler(totalItems: 0);
        using var client = Bench.CreateClient(handler);

        // Warm up JIT, pools and the token cache so the measured runs only see steady-state allocations.
        await RunOnceAsync(client, handler, 20_000, sampleEveryPages: 0);

        var small = await RunOnceAsync(client, handler, 10_000, sampleEveryPages: 20);
        var large = await RunOnceAsync(client, handler, 1_000_000, sampleEveryPages: 500);

        Console.WriteLine("| items | pages | time (s) | allocated bytes/item | live heap before (KiB) | max live heap during (KiB) | growth (KiB) | largest page body (KiB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in new[] { small, large })
        {
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "| {0:N0} | {1:N0} | {2:0.00} | {3:0.0} | {4:N0} | {5:N0} | {6:N0} | {7:N0} |",
                run.Items,
                run.Pages,
                run.Elapsed.TotalSeconds,
                run.BytesPerItem,
                run.LiveBefore / 1024.0,
                run.MaxLive / 1024.0,
                (run.MaxLive - run.LiveBefore) / 1024.0,
                handler.MaxPageBytes / 1024.0));
        }

        var ratio = large.BytesPerItem / small.BytesPerItem;
        var pageBudget = 2L * handler.MaxPageBytes * 4; // two pages resident: the one in hand and the one read ahead
        var flat = Math.Abs(ratio - 1) <= 0.05;
        var bounded = large.MaxLive - large.LiveBefore <= pageBudget && small.MaxLive - small.LiveBefore <= pageBudget;
        Console.WriteLine();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "bytes/item ratio 1M vs 10k: {0:0.000} ({1})", ratio, flat ? "flat" : "NOT FLAT"));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "live heap growth bound ({0:N0} KiB): {1}", pageBudget / 1024.0, bounded ? "held" : "EXCEEDED"));
        return flat && bounded ? 0 : 1;
    }

    private static async Task<Run> RunOnceAsync(HmsClient client, SessionPageHandler handler, long total, int sampleEveryPages)
    {
        handler.TotalItems = total;
        var liveBefore = GC.GetTotalMemory(forceFullCollection: true);
        var maxLive = liveBefore;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        long count = 0;
        long pages = 0;
        await foreach (var page in Bench.ListSessions(client, Bench.RoomId, PageSize).AsPages())
        {
            count += page.Items.Count;
            pages++;
            if (sampleEveryPages > 0 && pages % sampleEveryPages == 0)
            {
                // Measured while a page is held, as a caller's loop body would.
                maxLive = Math.Max(maxLive, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        if (count != total)
        {
            throw new InvalidOperationException($"Expected {total} items, got {count}.");
        }

        return new Run(total, pages, stopwatch.Elapsed, (double)allocated / total, liveBefore, maxLive);
    }

    private sealed record Run(long Items, long Pages, TimeSpan Elapsed, double BytesPerItem, long LiveBefore, long MaxLive);
}
