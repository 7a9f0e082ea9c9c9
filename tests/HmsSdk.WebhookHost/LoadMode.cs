using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using HmsSdk.AspNetCore;
using HmsSdk.Webhooks;

/// <summary>
/// Measures what the endpoint can acknowledge: for the SQLite store (synchronous FULL and NORMAL) and the in-memory
/// queue, an in-process Kestrel host on 127.0.0.1 receives N events from C concurrent senders over HTTP/1.1; it prints
/// events acknowledged per second, p50/p99 ack latency and the time until every event was handled.
/// </summary>
internal static class LoadMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var events = int.Parse(Option(args, "--events") ?? "20000", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Option(args, "--concurrency") ?? "64", CultureInfo.InvariantCulture);
        Console.WriteLine($"webhook ack load: {events} events, {concurrency} concurrent senders, {Environment.ProcessorCount} cores, {RuntimeInformationText()}");
        Console.WriteLine("| store | events/s acked | p50 ack ms | p99 ack ms | all handled after s |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var store in new[] { "sqlite-full", "sqlite-normal", "memory" })
        {
            await RunOneAsync(store, events, concurrency);
        }

        return 0;
    }

    private static async Task RunOneAsync(string store, int events, int concurrency)
    {
        var directory = Directory.CreateTempSubdirectory("hms-load-");
        var handled = 0;
        var allHandled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var total = events + 500;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var webhooks = builder.Services
            .AddHmsWebhooks(o => o.QueueCapacity = total)
            .On<HmsWebhookEvent>((_, _) =>
            {
                if (Interlocked.Increment(ref handled) == total)
                {
                    allHandled.TrySetResult();
                }

                return Task.CompletedTask;
            });
        _ = store switch
        {
            "memory" => webhooks.UseInMemoryQueue(),
            "sqlite-normal" => webhooks.UseSqliteStore(Path.Combine(directory.FullName, "load.db"), o => { o.Synchronous = SqliteSynchronousMode.Normal; o.Capacity = total; }),
            _ => webhooks.UseSqliteStore(Path.Combine(directory.FullName, "load.db"), o => o.Capacity = total),
        };
        await using var app = builder.Build();
        app.MapHmsWebhooks("/hms/webhooks");
        await app.StartAsync();
        var address = new Uri(app.Urls.First() + "/hms/webhooks");
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = concurrency });

        await SendAsync(http, address, 0, 500, concurrency, new double[500]);
        var latencies = new double[events];
        var clock = Stopwatch.StartNew();
        await SendAsync(http, address, 500, events, concurrency, latencies);
        var acked = clock.Elapsed;
        await allHandled.Task.WaitAsync(TimeSpan.FromMinutes(5));
        var drained = clock.Elapsed;
        await app.StopAsync();

        Array.Sort(latencies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {store} | {events / acked.TotalSeconds:N0} | {latencies[events / 2]:N2} | {latencies[(int)(events * 0.99)]:N2} | {drained.TotalSeconds:N2} |"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }

    private static async Task SendAsync(HttpClient http, Uri address, int first, int count, int concurrency, double[] latencies)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var body = "{\"version\":\"2.0\",\"id\":\"load-" + (first + i).ToString(CultureInfo.InvariantCulture)
                    + "\",\"timestamp\":\"2021-08-08T07:04:15Z\",\"type\":\"peer.join.success\",\"data\":{\"room_id\":\"r\",\"peer_id\":\"p\",\"user_name\":\"u\"}}";
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(address, new StringContent(body, Encoding.UTF8, "application/json"));
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"event {first + i} got {(int)response.StatusCode}");
                }
            }
        }));
    }

    private static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
