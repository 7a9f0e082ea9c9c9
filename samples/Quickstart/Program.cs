// The HmsSdk quickstart: `dotnet run --project samples/Quickstart`.
// With HMS_ACCESS_KEY and HMS_SECRET set it talks to the real 100ms API (HMS_ENV=nonprod for the non-production API);
// otherwise it starts the fake 100ms API from HmsSdk.Testing in this process and runs offline (on a simulated clock).
using System.Globalization;
using HmsSdk;
using HmsSdk.Testing;
using Microsoft.Extensions.Time.Testing;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

var accessKey = Environment.GetEnvironmentVariable(HmsClient.AccessKeyVariable);
var secret = Environment.GetEnvironmentVariable(HmsClient.SecretVariable);
var useRealApi = !string.IsNullOrEmpty(accessKey) && !string.IsNullOrEmpty(secret);

FakeHmsApi? fake = null;
HmsClient hms;
Func<TimeSpan, Task> pause = delay => Task.Delay(delay);
if (useRealApi)
{
    try
    {
        hms = HmsClient.FromEnvironment();
    }
    catch (ArgumentException ex)
    {
        Console.Error.WriteLine($"Cannot configure the client: {ex.Message}");
        return 2;
    }

    Console.WriteLine($"Mode: REAL 100ms API at {hms.BaseUri} (HMS_ACCESS_KEY and HMS_SECRET are set). This creates real resources.");
}
else
{
    // No credentials: serve the API from memory. The fake runs on a clock the quickstart moves forward itself,
    // so a recording goes starting -> running -> stopping -> completed without anyone waiting.
    var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
    fake = new FakeHmsApi(new FakeHmsApiOptions { TimeProvider = clock });
    hms = fake.CreateClient();
    pause = delay =>
    {
        clock.Advance(delay);
        return Task.CompletedTask;
    };
    var partial = string.IsNullOrEmpty(accessKey) == string.IsNullOrEmpty(secret) ? string.Empty : " (only one of them is set)";
    Console.WriteLine($"Mode: OFFLINE, using the in-process fake 100ms API at {fake.BaseUri}; set HMS_ACCESS_KEY and HMS_SECRET{partial} to use the real API.");
}

using (hms)
{
    try
    {
        await Quickstart.RunAsync(hms, fake, pause);
        Console.WriteLine();
        Console.WriteLine(fake is null ? "Done." : $"Done. The fake served {fake.Requests.Count} requests.");
        return 0;
    }
    catch (HmsApiException ex)
    {
        Console.Error.WriteLine();
        Console.Error.WriteLine($"The 100ms API refused {ex.Operation ?? "a request"}: HTTP {ex.StatusCode} {ex.ReasonPhrase}: {ex.ErrorMessage}");
        Console.Error.WriteLine($"Request id: {ex.RequestId ?? "(none)"}");
        if (ex is HmsUnauthorizedException)
        {
            Console.Error.WriteLine("Check HMS_ACCESS_KEY and HMS_SECRET (Dashboard -> Developer), and HMS_ENV if you use the non-production API.");
        }

        return 1;
    }
    catch (HmsException ex)
    {
        Console.Error.WriteLine();
        Console.Error.WriteLine($"The quickstart could not finish: {ex.Message}");
        return 1;
    }
}

/// <summary>The tour itself: the same calls against the real API or the fake; only seeding is fake-specific.</summary>
internal static class Quickstart
{
    private const string RoomName = "hmssdk-quickstart";

    public static async Task RunAsync(HmsClient hms, FakeHmsApi? fake, Func<TimeSpan, Task> pause)
    {
        Section("1. Create a room (an upsert by name)");
        var room = await hms.Rooms.CreateAsync(new CreateRoomOptions { Name = RoomName, Description = "Created by the HmsSdk quickstart" });
        Console.WriteLine($"   {room.Name}  id={room.Id}  enabled={room.Enabled}  template={room.TemplateId}  created={Time(room.CreatedAt)}");

        Section("2. Mint an auth token for a client to join with (locally, no HTTP)");
        var token = hms.Auth.CreateAuthToken(new AuthTokenOptions(room.Id, "host") { UserId = "quickstart-user" });
        Console.WriteLine($"   jti={token.Id}  room_id={token.RoomId}  role={token.Role}  user_id={token.UserId}");
        Console.WriteLine($"   iat={Time(token.IssuedAt)}  nbf={Time(token.NotBefore)}  exp={Time(token.ExpiresAt)}  (the JWT itself is a secret: not printed)");

        if (fake is not null)
        {
            Section("   [fake] Seed: two peers join the room, a few more rooms and two past sessions exist");
            fake.Seed.Rooms(3, "demo");
            fake.Seed.Sessions(room.Id, 2);
            var ana = fake.Peers.Join(room.Id, "Ana", "host");
            var ben = fake.Peers.Join(room.Id, "Ben", "guest");
            Console.WriteLine($"   joined: {ana.Name} ({ana.Role}) id={ana.Id}, {ben.Name} ({ben.Role}) id={ben.Id}");
            fake.Analytics.AddTrackEvent(room.Id, "track.update.success", peerId: ben.Id, trackType: "audio", mute: true);
            fake.Analytics.AddTrackEvent(room.Id, "track.add.success", peerId: ana.Id, trackType: "video", source: "screen");
        }

        Section("3. List rooms (await foreach over a lazy pager; first 5)");
        var shown = 0;
        await foreach (var r in hms.Rooms.ListAsync(new RoomListOptions { Limit = 10 }))
        {
            Console.WriteLine($"   {r.Name,-24} id={r.Id}  enabled={r.Enabled}");
            if (++shown == 5)
            {
                break;
            }
        }

        Section($"4. List the sessions of {RoomName}");
        shown = 0;
        await foreach (var session in hms.Sessions.ListAsync(new SessionListOptions { RoomId = room.Id }))
        {
            var peers = session.Peers.Values.Select(p => $"{p.Name} ({p.Role})");
            Console.WriteLine($"   {session.Id}  {(session.Active ? "ACTIVE" : "closed")}  started={Time(session.CreatedAt)}  peers: {string.Join(", ", peers)}");
            if (++shown == 5)
            {
                break;
            }
        }

        if (shown == 0)
        {
            Console.WriteLine("   (no sessions yet: nobody has joined this room)");
        }

        Section("5. Analytics: track events of the room (the pager follows `next`; first 10)");
        shown = 0;
        await foreach (var ev in hms.Analytics.ListTrackEventsAsync(new TrackEventListOptions(room.Id) { Limit = 10 }))
        {
            var data = ev.Data;
            Console.WriteLine($"   {Time(ev.Timestamp)}  {ev.Type,-22} {data?.UserName,-8} {data?.Type}/{data?.Source}  mute={data?.Mute}");
            if (++shown == 10)
            {
                break;
            }
        }

        if (shown == 0)
        {
            Console.WriteLine("   (no track events yet)");
        }

        Section("6. Record the room: start, wait until it runs, stop, wait until it completes");
        var recording = await hms.Recordings.StartAsync(room.Id);
        Console.WriteLine($"   started   id={recording.Id}  status={recording.Status}  session={recording.SessionId}");
        recording = await WaitWhileAsync(hms, recording, BeamJobStatus.Starting, pause);
        Console.WriteLine("   ...       recording for 30 s");
        await pause(TimeSpan.FromSeconds(30));
        recording = await hms.Recordings.StopAsync(recording.Id);
        Console.WriteLine($"   stopped   status={recording.Status}");
        recording = await WaitWhileAsync(hms, recording, BeamJobStatus.Stopping, pause);
        Console.WriteLine($"   recorded  {Time(recording.StartedAt)} .. {Time(recording.StoppedAt)}");
        foreach (var asset in recording.RecordingAssets ?? [])
        {
            Console.WriteLine($"   asset     {asset.Type,-15} {asset.Status,-10} {asset.Duration,4}s  {asset.Path}");
        }

        if (recording.RecordingAssets is not { Count: > 0 })
        {
            Console.WriteLine("   (no assets yet: they appear once post-processing completes)");
        }
    }

    /// <summary>Polls every 5 seconds (at most a minute) while the recording reports <paramref name="status"/>.</summary>
    private static async Task<Recording> WaitWhileAsync(HmsClient hms, Recording recording, BeamJobStatus status, Func<TimeSpan, Task> pause)
    {
        for (var attempt = 0; attempt < 12 && recording.Status == status; attempt++)
        {
            await pause(TimeSpan.FromSeconds(5));
            recording = await hms.Recordings.GetAsync(recording.Id);
            Console.WriteLine($"   +5s       status={recording.Status}");
        }

        return recording;
    }

    private static void Section(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
    }

    private static string Time(DateTimeOffset? value) =>
        value is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";
}
