using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace HmsSdk.Benchmarks;

/// <summary>
/// Modes: BenchmarkDotNet (default, e.g. <c>-- --filter '*'</c>), <c>serve</c> (the fake API on loopback for the Node
/// side-by-side), <c>compare</c> (HmsSdk's half of the side-by-side) and <c>paging-memory</c> (allocations and live heap
/// while paging 10,000 and 1,000,000 items).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : string.Empty;
        var rest = args.Length > 0 ? args[1..] : args;
        switch (mode)
        {
            case "serve":
                return await ServeMode.RunAsync(rest);
            case "compare":
                return await CompareMode.RunAsync(rest);
            case "paging-memory":
                return await PagingMemoryMode.RunAsync(rest);
            case "retrieve-ratio":
                return await AlternatingRatioMode.RunAsync(rest);
            case "readahead-ratio":
                return await AlternatingRatioMode.RunReadAheadAsync(rest);
            case "alloc-profile":
                return await AllocationProfileMode.RunAsync(rest);
            default:
                var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
                foreach (var summary in summaries)
                {
                    if (summary.HasCriticalValidationErrors)
                    {
                        return 1;
                    }
                }

                return 0;
        }
    }

    internal static string? Option(string[] args, string name)
    {
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (string.Equals(args[i], name, StringComparison.Ordinal))
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
