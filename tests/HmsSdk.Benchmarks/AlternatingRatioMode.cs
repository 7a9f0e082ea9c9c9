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
        var rounds = int.Parse(Program.Option(args, "--rounds") ?? "30", CultureInfo.InvariantCulture);
        var calls = int.Parse(Program.Option(args, "--calls") ?? "20000", CultureInfo.InvariantCulture);
        var bench = new RetrieveBenchmarks();
        bench.Setup();
        Func<Task> baseline = () => bench.RetrieveWithHttpClient();
        Func<Task> sdk = () => bench.RetrieveWithHmsSdk();
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

        bench.Cleanup();
        ratios.Sort();
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "retrieve-ratio: {0} rounds x {1:N0} calls; SDK/baseline time ratio median {2:0.000} (quartiles {3:0.000}-{4:0.000}); best round baseline {5:0} ns, SDK {6:0} ns; median baseline {7:0} ns, SDK {8:0} ns",
            rounds,
            calls,
            Quantile(ratios, 0.5),
            Quantile(ratios, 0.25),
            Quantile(ratios, 0.75),
            baselineNs.Min(),
            sdkNs.Min(),
            Quantile(baselineNs.OrderBy(x => x).ToList(), 0.5),
            Quantile(sdkNs.OrderBy(x => x).ToList(), 0.5)));
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
