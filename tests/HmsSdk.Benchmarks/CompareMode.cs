using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace HmsSdk.Benchmarks;

/// <summary>
/// <c>compare --base-uri http://127.0.0.1:PORT/v2 --access-key K --secret S --room-id R [--seconds 5] [--sessions 10000]</c>:
/// HmsSdk's half of the Node side-by-side (compare-node/compare.sh runs the same workloads through the Node SDK).
/// Prints one JSON line. Only loopback base URIs are accepted; every loop is bounded by time and by count.
/// </summary>
internal static class CompareMode
{
    private const int MaxRequestsPerWorkload = 2_000_000;
    private const int ListRuns = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        var baseUri = new Uri(Program.Option(args, "--base-uri") ?? throw new ArgumentException("--base-uri is required"));
        if (!baseUri.IsLoopback || baseUri.Host != "127.0.0.1")
        {
            Console.Error.WriteLine("compare only targets the fake on 127.0.0.1.");
            return 2;
        }

        var accessKey = Program.Option(args, "--access-key") ?? throw new ArgumentException("--access-key is required");
        var secret = Program.Option(args, "--secret") ?? throw new ArgumentException("--secret is required");
        var roomId = Program.Option(args, "--room-id") ?? throw new ArgumentException("--room-id is required");
        var seconds = double.Parse(Program.Option(args, "--seconds") ?? "5", CultureInfo.InvariantCulture);
        var sessions = int.Parse(Program.Option(args, "--sessions") ?? "10000", CultureInfo.InvariantCulture);
        var duration = TimeSpan.FromSeconds(Math.Clamp(seconds, 0.5, 60));

        // The shared SocketsHttpHandler the SDK uses by default, like a real application.
        using var client = new HmsClient(new HmsClientOptions { AccessKey = accessKey, Secret = secret, BaseUri = baseUri });

        // --list-only: just the listing workload (for quick read-ahead experiments); the others report 0.
        var listOnly = Array.IndexOf(args, "--list-only") >= 0;
        double mint = 0, retrieve1 = 0, retrieve32 = 0;
        if (!listOnly)
        {
            mint = MintRate(client, duration);
            await GetRateAsync(client, roomId, 1, TimeSpan.FromSeconds(1)); // warm-up: JIT, connection, token
            retrieve1 = await GetRateAsync(client, roomId, 1, duration);
            await GetRateAsync(client, roomId, 32, TimeSpan.FromSeconds(1));
            retrieve32 = await GetRateAsync(client, roomId, 32, duration);
        }

        // Read-ahead on and off alternate (on, off, off, on, ...) so both see the same machine load; medians of 5 each.
        await ListAllAsync(client, roomId, sessions); // warm-up
        await ListAllAsync(client, roomId, sessions, readAhead: false);
        var listTimes = new List<double>();
        var noReadAhead = new List<double>();
        for (var run = 0; run < ListRuns; run++)
        {
            var onFirst = run % 2 == 0;
            (onFirst ? listTimes : noReadAhead).Add(await ListAllAsync(client, roomId, sessions, readAhead: onFirst));
            (onFirst ? noReadAhead : listTimes).Add(await ListAllAsync(client, roomId, sessions, readAhead: !onFirst));
        }

        listTimes.Sort();
        noReadAhead.Sort();

        // The floor any client has against this server: the same 101 requests over one pooled connection, bodies read
        // into a reused buffer and only "last" looked up (no model, no dates, nothing kept). Alternated like the above.
        using var raw = new HttpClient(new SocketsHttpHandler(), disposeHandler: true);
        raw.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + client.Auth.GetManagementToken().Token);
        var rawTimes = new List<double>();
        await ListRawAsync(raw, baseUri, roomId, sessions);
        for (var run = 0; run < ListRuns; run++)
        {
            rawTimes.Add(await ListRawAsync(raw, baseUri, roomId, sessions));
        }

        rawTimes.Sort();
        var result = new CompareResult("HmsSdk", mint, retrieve1, retrieve32, listTimes[ListRuns / 2], sessions, noReadAhead[ListRuns / 2], rawTimes[ListRuns / 2]);
        Console.WriteLine(JsonSerializer.Serialize(result, ServeJsonContext.Default.CompareResult));
        return 0;
    }

    private static double MintRate(HmsClient client, TimeSpan duration)
    {
        var options = new AuthTokenOptions("67a0c0ffee0123456789abcd", "host") { UserId = "user-42" };
        for (var i = 0; i < 20_000; i++)
        {
            client.Auth.CreateAuthToken(options);
        }

        var stopwatch = Stopwatch.StartNew();
        long minted = 0;
        while (stopwatch.Elapsed < duration && minted < 50_000_000)
        {
            for (var i = 0; i < 1_000; i++)
            {
                client.Auth.CreateAuthToken(options);
            }

            minted += 1_000;
        }

        return minted / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<double> GetRateAsync(HmsClient client, string roomId, int concurrency, TimeSpan duration)
    {
        long completed = 0;
        var stopwatch = Stopwatch.StartNew();
        var workers = new Task[concurrency];
        for (var w = 0; w < concurrency; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                while (stopwatch.Elapsed < duration && Interlocked.Read(ref completed) < MaxRequestsPerWorkload)
                {
                    var room = await Bench.GetRoomAsync(client, roomId);
                    if (room.Id != roomId)
                    {
                        throw new InvalidOperationException("Wrong room.");
                    }

                    Interlocked.Increment(ref completed);
                }
            });
        }

        await Task.WhenAll(workers);
        return completed / stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>Lists the sessions with nothing but HTTP and a scan for <c>last</c>; returns milliseconds.</summary>
    private static async Task<double> ListRawAsync(HttpClient http, Uri baseUri, string roomId, int expected)
    {
        var buffer = new byte[1 << 20];
        var stopwatch = Stopwatch.StartNew();
        var pages = 0;
        string? start = null;
        var prefix = baseUri.AbsoluteUri.TrimEnd('/') + "/sessions?room_id=" + Uri.EscapeDataString(roomId) + "&limit=100";
        do
        {
            using var response = await http.GetAsync(start is null ? prefix : prefix + "&start=" + start, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync();
            var length = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length))) > 0)
            {
                length += read;
            }

            start = FindLast(buffer.AsSpan(0, length));
            pages++;
        }
        while (!string.IsNullOrEmpty(start) && pages <= (expected / 100) + 1);

        stopwatch.Stop();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static string? FindLast(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("last"u8))
            {
                reader.Read();
                return reader.GetString();
            }

            reader.Read();
            reader.Skip();
        }

        return null;
    }

    private static async Task<double> ListAllAsync(HmsClient client, string roomId, int expected, bool readAhead = true)
    {
        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        await foreach (var session in Bench.ListSessions(client, roomId, 100, readAhead ? null : new HmsRequestOptions { PageReadAhead = false }))
        {
            count += session.Id is null ? 0 : 1;
        }

        stopwatch.Stop();
        if (count != expected)
        {
            throw new InvalidOperationException($"Listed {count} sessions, expected {expected}.");
        }

        return stopwatch.Elapsed.TotalMilliseconds;
    }
}

internal sealed record CompareResult(string Sdk, double MintPerSecond, double RetrieveC1PerSecond, double RetrieveC32PerSecond, double ListMs, int Sessions, double ListNoReadAheadMs, double ListRawFloorMs);
