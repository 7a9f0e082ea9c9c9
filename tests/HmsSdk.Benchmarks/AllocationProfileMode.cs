using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace HmsSdk.Benchmarks;

/// <summary>
/// <c>alloc-profile [retrieve|baseline] [--calls N]</c>: which types one room retrieve allocates, from the runtime's own
/// allocation sampling (GC AllocationTick events, one every ~100 KB, read in process by an <see cref="EventListener"/>;
/// no dotnet-trace needed). Prints exact bytes per call (<c>GC.GetAllocatedBytesForCurrentThread</c> is not used: the
/// pipeline hops threads) and the sampled share of each type, which with enough calls is its share of the bytes.
/// </summary>
internal static class AllocationProfileMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var which = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "retrieve";
        var calls = int.Parse(Program.Option(args, "--calls") ?? "200000", CultureInfo.InvariantCulture);
        var bench = new RetrieveBenchmarks();
        bench.Setup();
        Func<Task> call = which == "baseline" ? () => bench.RetrieveWithHttpClient() : () => bench.RetrieveWithHmsSdk();
        for (var i = 0; i < 20_000; i++)
        {
            await call();
        }

        using var listener = new AllocationListener();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        var perCall = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)calls;
        listener.Dispose();
        bench.Cleanup();
        var samples = listener.Snapshot();
        var total = samples.Values.Sum();
        var output = new StringBuilder();
        output.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1:0} bytes per call over {2:N0} calls; {3:N0} allocation samples", which, perCall, calls, total));
        output.AppendLine("| type | share | ~bytes/call |");
        output.AppendLine("|---|---:|---:|");
        foreach (var (type, count) in samples.OrderByDescending(pair => pair.Value).Take(40))
        {
            output.AppendLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:P1} | {2:0} |", type, count / (double)total, perCall * count / total));
        }

        Console.Write(output.ToString());
        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
        private readonly Lock _gate = new();
        private bool _enabled;

        public Dictionary<string, long> Snapshot()
        {
            lock (_gate)
            {
                return new Dictionary<string, long>(_counts, StringComparer.Ordinal);
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                // GC keyword (0x1) at Verbose level carries GCAllocationTick.
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
                _enabled = true;
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (!_enabled || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
            {
                return;
            }

            var index = eventData.PayloadNames.IndexOf("TypeName");
            var type = index >= 0 ? eventData.Payload![index] as string ?? "?" : "?";
            lock (_gate)
            {
                _counts[type] = _counts.TryGetValue(type, out var count) ? count + 1 : 1;
            }
        }
    }
}
