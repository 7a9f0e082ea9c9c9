using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Recordings;

/// <summary>
/// Every id-taking method of the beam job services (recordings, live streams, external streams, recording assets)
/// keeps a hostile id one escaped path segment: one table of services, each with its calls and the paths they must hit.
/// </summary>
public class BeamHostileIdTests
{
    /// <summary>A service under test: the JSON its fake answers with, its id-taking calls, and the paths ({0} = escaped id) they hit.</summary>
    private sealed record Service(string ResponseJson, Func<HmsClient, string, Task> CallEveryIdMethod, params string[] Paths);

    private static readonly IReadOnlyDictionary<string, Service> Services = new Dictionary<string, Service>
    {
        ["recordings"] = new(
            "{}",
            async (client, id) =>
            {
                var recordings = client.Recordings;
                await recordings.GetAsync(id);
                await recordings.StopAsync(id);
                await recordings.StartAsync(id);
                await recordings.StopAllAsync(id);
                await recordings.PauseAsync(id);
                await recordings.ResumeAsync(id);
            },
            "/v2/recordings/{0}",
            "/v2/recordings/{0}/stop",
            "/v2/recordings/room/{0}/start",
            "/v2/recordings/room/{0}/stop",
            "/v2/recordings/room/{0}/pause",
            "/v2/recordings/room/{0}/resume"),
        ["live-streams"] = new(
            "{}",
            async (client, id) =>
            {
                var streams = client.LiveStreams;
                await streams.GetAsync(id);
                await streams.SendTimedMetadataAsync(id, new TimedMetadataOptions("cue", TimeSpan.FromSeconds(1)));
                await streams.PauseRecordingAsync(id);
                await streams.ResumeRecordingAsync(id);
                await streams.StopAsync(id);
                await streams.StartAsync(id);
                await streams.StopAllAsync(id);
            },
            "/v2/live-streams/{0}",
            "/v2/live-streams/{0}/timed-metadata",
            "/v2/live-streams/{0}/pause-recording",
            "/v2/live-streams/{0}/resume-recording",
            "/v2/live-streams/{0}/stop",
            "/v2/live-streams/room/{0}/start",
            "/v2/live-streams/room/{0}/stop"),
        ["external-streams"] = new(
            "{}",
            async (client, id) =>
            {
                var streams = client.ExternalStreams;
                await streams.GetAsync(id);
                await streams.StopAsync(id);
                await streams.StartAsync(id, new StartExternalStreamOptions(new List<string> { "rtmp://a.rtmp.youtube.com/live2/abcd-efgh-ijkl-mnop" }));
                await streams.StopAllAsync(id);
            },
            "/v2/external-streams/{0}",
            "/v2/external-streams/{0}/stop",
            "/v2/external-streams/room/{0}/start",
            "/v2/external-streams/room/{0}/stop"),
        ["recording-assets"] = new(
            """{"id":"x"}""",
            async (client, id) =>
            {
                await client.RecordingAssets.GetAsync(id);
                await client.RecordingAssets.GetPresignedUrlAsync(id, TimeSpan.FromMinutes(5));
            },
            "/v2/recording-assets/{0}",
            "/v2/recording-assets/{0}/presigned-url?presign_duration=300"),
    };

    /// <summary>Each service with each hostile id: the case name (service, id) shows in the test output.</summary>
    public static TheoryData<string, string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var service in Services.Keys)
            {
                foreach (var row in BadInput.HostileIds())
                {
                    data.Add(service, (string)row[0], (string)row[1]);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_ids_stay_one_escaped_segment(string service, string id, string escaped)
    {
        var expected = Services[service];
        var handler = new RecordingHandler().AnswerEveryRequestWith(expected.ResponseJson);
        using var client = TestClients.Create(handler);

        await expected.CallEveryIdMethod(client, id);

        handler.Requests.Select(r => r.PathAndQuery).Should().Equal(expected.Paths.Select(path => string.Format(System.Globalization.CultureInfo.InvariantCulture, path, escaped)));
    }
}
