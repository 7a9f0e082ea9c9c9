// Soak run: many calls through one HmsClient against the in-memory fake API with seeded faults mixed in, reporting memory
// and handle counts at the start and the end. Not a unit test: run it with
//   dotnet run -c Release --project tests/HmsSdk.Soak -- [--calls 200000] [--seed 42] [--fault-rate 0.1] [--concurrency 4]
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using HmsSdk;
using HmsSdk.Soak;
using HmsSdk.Testing;

var settings = SoakSettings.Parse(args);
var switching = new SwitchingHandler();
using var client = new HmsClient(new HmsClientOptions
{
    AccessKey = new FakeHmsApiOptions().AccessKey,
    Secret = new FakeHmsApiOptions().Secret,
    BaseUri = new Uri("https://fake.100ms.local/v2"),
    HttpMessageHandler = switching,
    Timeout = TimeSpan.FromSeconds(30),
    MaxResponseBytes = 64 * 1024,
    Retry = new HmsRetryOptions { MaxRetries = 2, Delay = TimeSpan.Zero, MaxDelay = TimeSpan.FromSeconds(1), UseJitter = false },
});

var outcomes = new Dictionary<string, long>(StringComparer.Ordinal);
var random = new Random(settings.Seed);
var faults = new Func<FakeFault>[]
{
    () => FakeFault.Status(500),
    () => FakeFault.Status(502),
    () => FakeFault.Status(503),
    () => FakeFault.Status(503).WithHeader("Retry-After", "0"),
    () => FakeFault.TooManyRequests(TimeSpan.Zero),
    () => FakeFault.DropConnection(),
    () => FakeFault.ResetMidBody(),
    () => FakeFault.TruncatedJson(),
    () => FakeFault.HtmlErrorPage(502),
    () => FakeFault.EmptyOk(),
    () => FakeFault.NullJson(),
    () => FakeFault.LargeBody(128 * 1024),
};

Epoch epoch = Epoch.Create(settings.Seed);
switching.Target = epoch.Handler;

// Warm up (JIT, tiering, ArrayPool buckets, the first management token) for one epoch before the first measurement.
await RunAsync(Epoch.Size, record: false);
epoch = Epoch.Create(settings.Seed - 1);
switching.Target = epoch.Handler;
var start = Snapshot.Take($"start (after {Epoch.Size:N0} warm-up calls)");
var stopwatch = Stopwatch.StartNew();
var samples = new List<Snapshot> { start };
var done = 0;
while (done < settings.Calls)
{
    var batch = Math.Min(Epoch.Size, settings.Calls - done);
    await RunAsync(batch, record: true);
    done += batch;
    epoch = Epoch.Create(settings.Seed + done);
    switching.Target = epoch.Handler; // a fresh fake per epoch: the fake's own request log must not be measured as SDK growth
    if (done % 50_000 == 0 && done < settings.Calls)
    {
        samples.Add(Snapshot.Take($"after {done:N0} calls"));
    }
}

stopwatch.Stop();
var end = Snapshot.Take($"end ({settings.Calls:N0} calls)");
samples.Add(end);

Console.WriteLine($"HmsSdk soak: {settings.Calls:N0} calls, seed {settings.Seed}, fault rate {settings.FaultRate:P0}, concurrency {settings.Concurrency}, {Environment.ProcessorCount} CPUs, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
Console.WriteLine($"elapsed {stopwatch.Elapsed.TotalSeconds:0.0} s, {settings.Calls / stopwatch.Elapsed.TotalSeconds:N0} calls/s");
Console.WriteLine();
Console.WriteLine("| when | managed heap after full GC | GC heap size | working set | handles | open fds | threads |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var sample in samples)
{
    Console.WriteLine(sample);
}

Console.WriteLine();
Console.WriteLine($"managed heap growth start -> end: {(end.ManagedBytes - start.ManagedBytes) / 1024.0:N0} KiB; open fds {start.OpenFileDescriptors} -> {end.OpenFileDescriptors}; handles {start.Handles} -> {end.Handles}");
Console.WriteLine();
Console.WriteLine("| outcome | calls |");
Console.WriteLine("|---|---|");
foreach (var (name, count) in outcomes.OrderByDescending(o => o.Value))
{
    Console.WriteLine($"| {name} | {count:N0} |");
}

var hung = outcomes.Keys.Any(k => k.Contains("Timeout", StringComparison.Ordinal));
return hung ? 1 : 0;

async Task RunAsync(int count, bool record)
{
    var next = 0;
    var gate = new object();
    var workers = Enumerable.Range(0, settings.Concurrency).Select(async _ =>
    {
        while (true)
        {
            int index;
            double roll;
            double faultRoll;
            int faultIndex;
            lock (gate)
            {
                if (next >= count)
                {
                    return;
                }

                index = next++;
                roll = random.NextDouble();
                faultRoll = random.NextDouble();
                faultIndex = random.Next(faults.Length);
            }

            if (faultRoll < settings.FaultRate)
            {
                epoch.Fake.Faults.Add(faults[faultIndex]());
            }

            string outcome;
            try
            {
                await CallAsync(client, epoch, roll, index);
                outcome = "success";
            }
            catch (Exception ex) when (ex is HmsException)
            {
                outcome = ex.GetType().Name;
            }

            if (record)
            {
                lock (outcomes)
                {
                    outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                }
            }
        }
    }).ToArray();
    await Task.WhenAll(workers);
}

static async Task CallAsync(HmsClient client, Epoch epoch, double roll, int index)
{
    var room = epoch.RoomIds[index % epoch.RoomIds.Count];
    if (roll < 0.5)
    {
        var found = await client.Api.GetAsync("/rooms/" + room, SoakJson.Default.SoakRoom);
        if (found.Id != room)
        {
            throw new InvalidOperationException($"Asked for room {room}, got {found.Id}.");
        }
    }
    else if (roll < 0.7)
    {
        await client.Api.PostAsync("/rooms", new SoakRoom { Name = "soak-" + (index % 500).ToString(CultureInfo.InvariantCulture) }, SoakJson.Default.SoakRoom, SoakJson.Default.SoakRoom);
    }
    else if (roll < 0.85)
    {
        await client.Api.GetAsync("/rooms", new HmsQuery().Add("limit", 10));
    }
    else
    {
        await foreach (var page in client.Analytics.ListTrackEventsAsync(new TrackEventListOptions(epoch.RoomIds[index % 3]) { Limit = 5 }).AsPages())
        {
            _ = page.Items.Count;
            break;
        }
    }
}

namespace HmsSdk.Soak
{
    internal sealed record SoakSettings(int Calls, int Seed, double FaultRate, int Concurrency)
    {
        public static SoakSettings Parse(string[] args)
        {
            string? Value(string name)
            {
                var at = Array.IndexOf(args, name);
                return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
            }

            return new SoakSettings(
                int.Parse(Value("--calls") ?? "200000", CultureInfo.InvariantCulture),
                int.Parse(Value("--seed") ?? "42", CultureInfo.InvariantCulture),
                double.Parse(Value("--fault-rate") ?? "0.1", CultureInfo.InvariantCulture),
                int.Parse(Value("--concurrency") ?? "4", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>One fake API with seeded rooms and events, replaced every <see cref="Size"/> calls.</summary>
    internal sealed record Epoch(FakeHmsApi Fake, HttpMessageHandler Handler, IReadOnlyList<string> RoomIds)
    {
        public const int Size = 10_000;

        public static Epoch Create(int seed)
        {
            var fake = new FakeHmsApi(new FakeHmsApiOptions { Seed = seed });
            var rooms = fake.Seed.Rooms(20, "soak").Select(r => r.Id).ToArray();
            for (var i = 0; i < 3; i++)
            {
                fake.Seed.TrackEvents(rooms[i], 8);
            }

            return new Epoch(fake, fake.CreateHandler(), rooms);
        }
    }

    /// <summary>Forwards to the current epoch's fake handler; the client keeps one handler for its whole life.</summary>
    internal sealed class SwitchingHandler : HttpMessageHandler
    {
        private volatile HttpMessageHandler? _target;
        private volatile HttpMessageInvoker? _invoker;

        public HttpMessageHandler? Target
        {
            get => _target;
            set
            {
                _target = value;
                _invoker = value is null ? null : new HttpMessageInvoker(value, disposeHandler: false);
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            (_invoker ?? throw new InvalidOperationException("No target.")).SendAsync(request, cancellationToken);
    }

    internal sealed record Snapshot(string When, long ManagedBytes, long GcHeapBytes, long WorkingSetBytes, int Handles, int OpenFileDescriptors, int Threads)
    {
        public static Snapshot Take(string when)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var fds = Directory.Exists("/proc/self/fd") ? Directory.GetFiles("/proc/self/fd").Length : -1;
            return new Snapshot(when, GC.GetTotalMemory(forceFullCollection: true), GC.GetGCMemoryInfo().HeapSizeBytes, process.WorkingSet64, process.HandleCount, fds, process.Threads.Count);
        }

        public override string ToString() =>
            $"| {When} | {ManagedBytes / 1024.0 / 1024.0:0.00} MiB | {GcHeapBytes / 1024.0 / 1024.0:0.00} MiB | {WorkingSetBytes / 1024.0 / 1024.0:0.0} MiB | {Handles} | {OpenFileDescriptors} | {Threads} |";
    }

    internal sealed class SoakRoom
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }
    }

    [JsonSerializable(typeof(SoakRoom))]
    internal sealed partial class SoakJson : JsonSerializerContext
    {
    }
}
