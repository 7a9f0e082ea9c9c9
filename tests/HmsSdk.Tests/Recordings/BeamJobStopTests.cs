using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Recordings;

/// <summary>
/// Stop, stop-all and list-limit behaviour, which recordings, live streams and external streams share (one
/// <c>BeamResource</c> in the SDK): each case runs for every job kind.
/// </summary>
public class BeamJobStopTests
{
    private const string RoomId = BeamFixtures.RoomId;

    /// <summary>A job kind: its path, a listed job as the API returns it, and its calls reduced to ids, statuses and error.</summary>
    public sealed record JobKind(
        string Name,
        string Path,
        Func<string, string, string> ListedJob,
        Func<HmsClient, string, Task<(string Id, string Status)>> Stop,
        Func<HmsClient, string, Task<(IReadOnlyList<(string Id, string Status)> Items, string? Error, bool HasError)>> StopAll)
    {
        public override string ToString() => Name;
    }

    private static readonly JobKind[] Kinds =
    {
        new("recordings", "recordings", (id, status) => BeamFixtures.ListedRecording(id, status),
            async (c, id) => Pair(await c.Recordings.StopAsync(id)),
            async (c, room) => Flatten(await c.Recordings.StopAllAsync(room), Pair)),
        new("live streams", "live-streams", ListedStream,
            async (c, id) => Pair(await c.LiveStreams.StopAsync(id)),
            async (c, room) => Flatten(await c.LiveStreams.StopAllAsync(room), Pair)),
        new("external streams", "external-streams", ListedStream,
            async (c, id) => Pair(await c.ExternalStreams.StopAsync(id)),
            async (c, room) => Flatten(await c.ExternalStreams.StopAllAsync(room), Pair)),
    };

    public static TheoryData<JobKind> AllKinds
    {
        get
        {
            var data = new TheoryData<JobKind>();
            foreach (var kind in Kinds)
            {
                data.Add(kind);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task StopAsync_posts_an_empty_object_to_the_job_and_reads_it(JobKind kind)
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/{kind.Path}/job-1/stop", kind.ListedJob("job-1", "stopping"));

        var stopped = await kind.Stop(api.Client, "job-1");

        api.ShouldHaveReceived("POST", $"/v2/{kind.Path}/job-1/stop", jsonBody: "{}");
        stopped.Should().Be(("job-1", "stopping"));
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task StopAllAsync_posts_to_the_room_and_returns_the_stopped_jobs(JobKind kind)
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/{kind.Path}/room/{RoomId}/stop",
            $$"""{"limit":10,"data":[{{kind.ListedJob("job-1", "stopping")}},{{kind.ListedJob("job-2", "completed")}}],"last":"job-2","error":""}""");

        var result = await kind.StopAll(api.Client, RoomId);

        api.ShouldHaveReceived("POST", $"/v2/{kind.Path}/room/{RoomId}/stop", jsonBody: "{}");
        result.Items.Should().Equal(("job-1", "stopping"), ("job-2", "completed"));
        result.Error.Should().BeNull("an empty error string means no error");
        result.HasError.Should().BeFalse();
    }

    // Deliberate: a 2xx stop-all with an "error" string does not throw; the stopped jobs and the text are both returned.
    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task StopAllAsync_keeps_the_servers_error_next_to_the_stopped_jobs(JobKind kind)
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/{kind.Path}/room/{RoomId}/stop",
            $$"""{"limit":10,"data":[{{kind.ListedJob("job-2", "stopping")}}],"last":"job-2","error":"failed to stop 1 of 2 jobs"}""");

        var result = await kind.StopAll(api.Client, RoomId);

        result.HasError.Should().BeTrue();
        result.Error.Should().Be("failed to stop 1 of 2 jobs");
        result.Items.Should().Equal(("job-2", "stopping"));
    }

    public static TheoryData<JobKind, string, string?> NullDataBodies
    {
        get
        {
            var data = new TheoryData<JobKind, string, string?>();
            foreach (var kind in Kinds)
            {
                data.Add(kind, """{"data":null,"error":"nothing running"}""", "nothing running");
                data.Add(kind, """{"limit":10,"data":null,"last":""}""", null);
                data.Add(kind, """{"limit":10}""", null);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(NullDataBodies))]
    public async Task StopAllAsync_with_null_or_missing_data_returns_an_empty_list(JobKind kind, string body, string? error)
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/{kind.Path}/room/{RoomId}/stop", body);

        var result = await kind.StopAll(api.Client, RoomId);

        result.Items.Should().NotBeNull().And.BeEmpty();
        result.Error.Should().Be(error);
        api.Entries.Should().HaveCount(1);
    }

    public static TheoryData<string, int> ListLimits
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var list in new[] { "recordings", "recording assets", "live streams", "external streams" })
            {
                data.Add(list, 0);
                data.Add(list, 101);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ListLimits))]
    public async Task ListAsync_rejects_out_of_range_limits_without_a_request(string list, int limit)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);
        Func<Task> call = list switch
        {
            "recordings" => BadInput.List(() => client.Recordings.ListAsync(new RecordingListOptions { Limit = limit })),
            "recording assets" => BadInput.List(() => client.RecordingAssets.ListAsync(new RecordingAssetListOptions { Limit = limit })),
            "live streams" => BadInput.List(() => client.LiveStreams.ListAsync(new LiveStreamListOptions { Limit = limit })),
            _ => BadInput.List(() => client.ExternalStreams.ListAsync(new ExternalStreamListOptions { Limit = limit })),
        };

        await BadInput.ShouldRejectAsync<ArgumentOutOfRangeException>(call, "options", handler);
    }

    private static (string Id, string Status) Pair(Recording job) => (job.Id, job.Status.ToString());

    private static (string Id, string Status) Pair(LiveStream job) => (job.Id, job.Status.ToString());

    private static (string Id, string Status) Pair(ExternalStream job) => (job.Id, job.Status.ToString());

    private static (IReadOnlyList<(string Id, string Status)> Items, string? Error, bool HasError) Flatten<T>(StopAllResult<T> result, Func<T, (string, string)> pair) =>
        (result.Items.Select(pair).ToList(), result.Error, result.HasError);

    // The stream list item of the docs' list-live-streams / list-external-streams examples, id and status varied.
    private static string ListedStream(string id, string status) => $$"""
        {
          "id": "{{id}}", "room_id": "655f1a2be4b0a2c8f1a2b000", "session_id": "6560c5e8e4b0a2c8f1a2b3c0",
          "status": "{{status}}", "destination": "", "meeting_url": "", "recording_assets": null,
          "created_at": "2023-11-24T15:50:40.000Z", "started_at": null, "stopped_at": null,
          "updated_at": "2023-11-24T15:50:40.123456789Z", "started_by": "", "stopped_by": ""
        }
        """;
}
