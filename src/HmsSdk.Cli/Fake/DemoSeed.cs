using System;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Testing;

namespace HmsSdk.Cli.Fake;

/// <summary>
/// The <c>--seed demo</c> data set of <c>hms fake serve</c>: enough state that every read command shows something.
/// Built only through the fake's public seeding API and the public SDK (over the in-memory handler).
/// </summary>
internal static class DemoSeed
{
    public static async Task ApplyAsync(FakeHmsApi fake, CancellationToken cancellationToken)
    {
        var standup = fake.Rooms.Create("demo-standup");
        var webinar = fake.Rooms.Create("demo-webinar");
        var archived = fake.Rooms.Create("demo-archived");
        fake.Rooms.SetEnabled(archived.Id, false);

        // A live room: two peers (which opens a session), their track events, codes for its roles.
        var ana = fake.Peers.Join(standup.Id, "Ana", "host", "user-ana");
        fake.Peers.Join(standup.Id, "Ben", "guest", "user-ben");
        fake.Analytics.AddTrackEvent(standup.Id, peerId: ana.Id);
        fake.Analytics.AddTrackEvent(standup.Id, peerId: ana.Id, trackType: "video");
        fake.Analytics.AddErrorEvent(standup.Id);
        fake.RoomCodes.Create(standup.Id, "host");
        fake.RoomCodes.Create(standup.Id, "guest");

        // History: closed sessions, a recording event and webhook deliveries (every third one failed).
        fake.Seed.Sessions(webinar.Id, 3);
        fake.Analytics.AddRecordingEvent(webinar.Id);
        fake.Seed.WebhookDeliveries(standup.Id, 6);

        using var client = fake.CreateClient();
        await client.Recordings.StartAsync(standup.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
