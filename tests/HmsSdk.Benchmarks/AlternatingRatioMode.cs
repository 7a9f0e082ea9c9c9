using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace HmsSdk.Benchmarks;

/// <summary>
/// <c>retrieve-ratio [--rounds N] [--calls N]</c>: the RetrieveBenchmarks pair timed in alternating rounds (baseline,
/// SDK, baseline, SDK...), so both see the same machine load; prints the median and quartiles of the per-round time
/// ratio, and each side's best round. On a shared machine this is steadier than BenchmarkDotNet's sequential runs,
/// which time the baseline and the SDK minutes apart.
/// </summary>
internal static class AlternatingRatioMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var bench = new RetrieveBenchmarks();
        bench.Setup();
        var result = await RunPairAsync("retrieve-ratio", () => bench.RetrieveWithHttpClient(), () => bench.RetrieveWithHmsSdk(), args, 30, 20_000);
        bench.Cleanup();
        return result;
    }

    /// <summary>
    /// <c>readahead-ratio [--server-ms 2] [--consumer-ms 0] [--rounds N] [--calls N]</c>: ReadAheadBenchmarks' two listings
    /// (read-ahead off as the baseline, on as the candidate), alternated the same way.
    /// </summary>
    public static async Task<int> RunReadAheadAsync(string[] args)
    {
        var bench = new ReadAheadBenchmarks
        {
            ServerMs = int.Parse(Program.Option(args, "--server-ms") ?? "2", CultureInfo.InvariantCulture),
            ConsumerMs = int.Parse(Program.Option(args, "--consumer-ms") ?? "0", CultureInfo.InvariantCulture),
        };
        bench.Setup();
        var result = await RunPairAsync($"readahead-ratio (server {bench.ServerMs} ms, consumer {bench.ConsumerMs} ms per page; on/off)", () => bench.ReadAheadOff(), () => bench.ReadAheadOn(), args, 20, 5);
        bench.Cleanup();
        return result;
    }

    private static async Task<int> RunPairAsync(string name, Func<Task> baseline, Func<Task> sdk, string[] args, int defaultRounds, int defaultCalls)
    {
        var rounds = int.Parse(Program.Option(args, "--rounds") ?? defaultRounds.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var calls = int.Parse(Program.Option(args, "--calls") ?? defaultCalls.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        await TimeAsync(baseline, calls);
        await TimeAsync(sdk, calls);
        var ratios = new List<double>();
        var baselineNs = new List<double>();
        var sdkNs = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            // Swap the order every round so neither side always runs first.
            double b, s;
            if (round % 2 == 0)
            {
                b = await TimeAsync(baseline, calls);
                s = await TimeAsync(sdk, calls);
            }
            else
            {
                s = await TimeAsync(sdk, calls);
                b = await TimeAsync(baseline, calls);
            }

            baselineNs.Add(b);
            sdkNs.Add(s);
            ratios.Add(s / b);
        }

        ratios.Sort();
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{9}: {0} rounds x {1:N0} calls; candidate/baseline time ratio median {2:0.000} (quartiles {3:0.000}-{4:0.000}); best round baseline {5:0} ns, SDK {6:0} ns; median baseline {7:0} ns, SDK {8:0} ns",
            rounds,
            calls,
            Quantile(ratios, 0.5),
            Quantile(ratios, 0.25),
            Quantile(ratios, 0.75),
            baselineNs.Min(),
            sdkNs.Min(),
            Quantile(baselineNs.OrderBy(x => x).ToList(), 0.5),
            Quantile(sdkNs.OrderBy(x => x).ToList(), 0.5),
            name));
        return 0;
    }

    private static async Task<double> TimeAsync(Func<Task> call, int calls)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        return stopwatch.Elapsed.TotalMilliseconds * 1_000_000 / calls;
    }

    private static double Quantile(List<double> sorted, double q)
    {
        var position = (sorted.Count - 1) * q;
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }
}
