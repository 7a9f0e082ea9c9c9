using HmsSdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HmsSdk.Cli.Tests;

/// <summary>Runs <c>hms</c> in process against a seeded fake (in-memory handler, fake clock) and captures its output.</summary>
public sealed class CliHarness
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public CliHarness()
    {
        Time = new FakeTimeProvider(Start);
        Fake = new FakeHmsApi(new FakeHmsApiOptions { TimeProvider = Time, Seed = 42 });
    }

    public FakeTimeProvider Time { get; }

    public FakeHmsApi Fake { get; }

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs with the fake's credentials and base URL in the environment (HMS_ACCESS_KEY, HMS_SECRET, HMS_BASE_URL).</summary>
    public Task<CliRun> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    public Task<CliRun> RunAsync(string[] args, CancellationToken cancellationToken, Action<Uri>? serverStarted = null, bool useHandler = true)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HMS_ACCESS_KEY"] = Fake.AccessKey,
            ["HMS_SECRET"] = Fake.Secret,
            ["HMS_BASE_URL"] = Fake.BaseUri.ToString(),
        };
        foreach (var (name, value) in Environment)
        {
            env[name] = value;
        }

        return Execute(args, new Dictionary<string, string>(env), cancellationToken, serverStarted, useHandler ? Fake.CreateHandler() : null, Time);
    }

    public static async Task<CliRun> Execute(
        string[] args, IReadOnlyDictionary<string, string> env, CancellationToken cancellationToken, Action<Uri>? serverStarted, HttpMessageHandler? handler, TimeProvider time)
    {
        var output = new SyncWriter();
        var error = new SyncWriter();
        var context = new CliContext(output, error)
        {
            GetEnvironmentVariable = name => env.TryGetValue(name, out var value) ? value : null,
            HttpMessageHandler = handler,
            TimeProvider = time,
            ServerStarted = serverStarted,
            RandomSeed = 7,
        };
        var code = await HmsCommandLine.RunAsync(args, context, cancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The standard state every golden runs against; ids are deterministic (seed 42, fixed clock).</summary>
    public async Task<Ids> SeedAsync()
    {
        var standup = Fake.Rooms.Create("standup");
        var webinar = Fake.Rooms.Create("webinar");
        var ana = Fake.Peers.Join(standup.Id, "Ana", "host", "user-ana");
        Fake.Peers.Join(standup.Id, "Ben", "guest", "user-ben");
        Fake.Analytics.AddTrackEvent(standup.Id, peerId: ana.Id);
        Fake.Analytics.AddErrorEvent(standup.Id);
        Fake.Analytics.AddRecordingEvent(standup.Id);
        Fake.RoomCodes.Create(standup.Id, "host");
        Fake.RoomCodes.Create(standup.Id, "guest");
        var closed = Fake.Seed.Sessions(webinar.Id, 2);
        Fake.Seed.WebhookDeliveries(standup.Id, 4);

        using var client = Fake.CreateClient();
        var finished = await client.Recordings.StartAsync(webinar.Id);
        Time.Advance(TimeSpan.FromSeconds(10));
        await client.Recordings.StopAsync(finished.Id);
        Time.Advance(TimeSpan.FromSeconds(10));
        var running = await client.Recordings.StartAsync(standup.Id);
        await client.LiveStreams.StartAsync(standup.Id);
        await client.ExternalStreams.StartAsync(standup.Id, new StartExternalStreamOptions(["rtmp://live.example.test/app/seeded-key"]));
        var asset = (await client.RecordingAssets.ListAsync(new RecordingAssetListOptions { RoomId = webinar.Id }).FirstAsync()).Id;
        return new Ids(standup.Id, webinar.Id, ana.Id, Fake.Sessions.Active(standup.Id)!.Id, closed[0], running.Id, asset);
    }

    public sealed record Ids(string Standup, string Webinar, string Ana, string ActiveSession, string ClosedSession, string RunningRecording, string Asset)
    {
        public string[] Expand(string[] args) => args.Select(a => a
            .Replace("{standup}", Standup, StringComparison.Ordinal)
            .Replace("{webinar}", Webinar, StringComparison.Ordinal)
            .Replace("{ana}", Ana, StringComparison.Ordinal)
            .Replace("{active-session}", ActiveSession, StringComparison.Ordinal)
            .Replace("{closed-session}", ClosedSession, StringComparison.Ordinal)
            .Replace("{recording}", RunningRecording, StringComparison.Ordinal)
            .Replace("{asset}", Asset, StringComparison.Ordinal)).ToArray();
    }

    /// <summary>A StringWriter safe to write from Kestrel request threads and read from the test.</summary>
    private sealed class SyncWriter : StringWriter
    {
        private readonly object _gate = new();

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            lock (_gate)
            {
                base.Write(buffer, index, count);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (_gate)
            {
                base.WriteLine(value);
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }
    }
}

public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
