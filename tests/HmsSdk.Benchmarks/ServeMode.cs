using System;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Testing;

namespace HmsSdk.Benchmarks;

/// <summary>
/// <c>serve [--sessions 10000] [--max-seconds 900]</c>: starts the HmsSdk.Testing fake on 127.0.0.1 (ephemeral port),
/// creates one room with the given number of closed sessions, prints one JSON line (base URI, credentials, room id) and
/// serves until stdin closes, a line <c>quit</c> arrives, or <c>--max-seconds</c> pass, whichever is first.
/// The request log is cleared every second so a long run does not grow the fake's memory.
/// </summary>
internal static class ServeMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sessions = int.Parse(Program.Option(args, "--sessions") ?? "10000", CultureInfo.InvariantCulture);
        var maxSeconds = int.Parse(Program.Option(args, "--max-seconds") ?? "900", CultureInfo.InvariantCulture);
        if (sessions is < 0 or > 1_000_000 || maxSeconds is < 1 or > 3600)
        {
            Console.Error.WriteLine("--sessions must be 0..1000000 and --max-seconds 1..3600.");
            return 2;
        }

        var options = new FakeHmsApiOptions();
        var fake = new FakeHmsApi(options);
        var room = fake.Rooms.Create("bench-room");
        fake.Seed.Sessions(room.Id, sessions, peersPerSession: 2);
        await using var server = await fake.StartServerAsync();

        var line = JsonSerializer.Serialize(
            new ServeInfo(server.BaseUri.ToString(), options.AccessKey, options.Secret, room.Id, sessions, Environment.ProcessId),
            ServeJsonContext.Default.ServeInfo);
        Console.WriteLine(line);
        Console.Out.Flush();

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(maxSeconds));
        var stdinClosed = Task.Run(() =>
        {
            string? input;
            while ((input = Console.In.ReadLine()) is not null)
            {
                if (input.Trim() == "quit")
                {
                    break;
                }
            }
        });

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var ticking = Task.Run(async () =>
        {
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token))
                {
                    fake.Requests.Clear();
                }
            }
            catch (OperationCanceledException)
            {
                // Time is up.
            }
        });

        await Task.WhenAny(stdinClosed, ticking);
        stop.Cancel();
        await ticking;
        return 0;
    }
}

internal sealed record ServeInfo(string BaseUri, string AccessKey, string Secret, string RoomId, int Sessions, int Pid);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ServeInfo))]
[System.Text.Json.Serialization.JsonSerializable(typeof(CompareResult))]
internal sealed partial class ServeJsonContext : System.Text.Json.Serialization.JsonSerializerContext
{
}
