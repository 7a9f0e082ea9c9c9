using FluentAssertions;
using HmsSdk.Tests.ExternalStreams;
using HmsSdk.Tests.Infrastructure;
using HmsSdk.Tests.LiveStreams;

namespace HmsSdk.Tests.Recordings;

/// <summary>
/// Get and list behaviour, which recordings, live streams and external streams share (one <c>BeamResource</c> in the
/// SDK): each case runs for every job kind against the kind's own full and listed fixtures and field checks.
/// </summary>
public class BeamJobReadTests
{
    /// <summary>A job kind: its path, its full job fixture and checks, and its get call.</summary>
    public sealed record ReadKind(
        string Name,
        string Path,
        string FullId,
        string FullJson,
        Action<BeamJob> ShouldMatchFull,
        Func<HmsClient, string, Task<BeamJob>> Get)
    {
        public override string ToString() => Name;
    }

    /// <summary>A streaming kind's list: its listed job fixture, the status filter on the wire and the listed job's checks.</summary>
    public sealed record ListKind(
        ReadKind Kind,
        Func<string, string, string> ListedJob,
        string StatusQuery,
        Func<HmsClient, IAsyncEnumerable<BeamJob>> List,
        Action<BeamJob> ShouldMatchListed)
    {
        public override string ToString() => Kind.Name;
    }

    private static readonly ReadKind Recordings = new(
        "recordings", "recordings", "6560c5f0e4b0a2c8f1a2b3c4", BeamFixtures.Recording,
        job => BeamFixtures.ShouldMatchRecordingFixture((Recording)job),
        async (c, id) => await c.Recordings.GetAsync(id));

    private static readonly ReadKind LiveStreams = new(
        "live streams", "live-streams", LiveStreamsServiceTests.StreamId, LiveStreamsServiceTests.LiveStreamJson,
        job => LiveStreamsServiceTests.ShouldMatchFixture((LiveStream)job),
        async (c, id) => await c.LiveStreams.GetAsync(id));

    private static readonly ReadKind ExternalStreams = new(
        "external streams", "external-streams", ExternalStreamsServiceTests.StreamId, ExternalStreamsServiceTests.ExternalStreamJson,
        job => ExternalStreamsServiceTests.ShouldMatchFixture((ExternalStream)job),
        async (c, id) => await c.ExternalStreams.GetAsync(id));

    public static TheoryData<ReadKind> AllKinds => new() { Recordings, LiveStreams, ExternalStreams };

    public static TheoryData<ListKind> StreamLists => new()
    {
        new ListKind(
            LiveStreams, LiveStreamsServiceTests.ListedStream, "running",
            c => c.LiveStreams.ListAsync(new LiveStreamListOptions { RoomId = BeamFixtures.RoomId, SessionId = BeamFixtures.SessionId, Status = BeamJobStatus.Running, Limit = 2 }),
            job => LiveStreamsServiceTests.ShouldMatchListed((LiveStream)job)),
        new ListKind(
            ExternalStreams, ExternalStreamsServiceTests.ListedStream, "RUNNING",
            c => c.ExternalStreams.ListAsync(new ExternalStreamListOptions { RoomId = BeamFixtures.RoomId, SessionId = BeamFixtures.SessionId, Status = "RUNNING", Limit = 2 }),
            job => ExternalStreamsServiceTests.ShouldMatchListed((ExternalStream)job)),
    };

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task GetAsync_gets_the_job_and_reads_every_field(ReadKind kind)
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("GET", $"/v2/{kind.Path}/{kind.FullId}", kind.FullJson);

        var job = await kind.Get(api.Client, kind.FullId);

        api.ShouldHaveReceived("GET", $"/v2/{kind.Path}/{kind.FullId}");
        kind.ShouldMatchFull(job);
    }

    [Theory]
    [MemberData(nameof(StreamLists))]
    public async Task ListAsync_sends_filters_and_follows_last_across_two_pages(ListKind list)
    {
        var kind = list.Kind;

        var items = await BeamFixtures.ListTwoPagesAsync(
            kind.Path,
            list.ListedJob("job-1", "running") + "," + list.ListedJob("job-2", "archived"), "job-2",
            kind.FullJson, kind.FullId,
            list.StatusQuery,
            list.List);

        items.Select(s => s.Id).Should().Equal("job-1", "job-2", kind.FullId);
        items[0].Status.Should().Be(BeamJobStatus.Running);
        list.ShouldMatchListed(items[0]);
        items[1].Status.ToString().Should().Be("archived");
        kind.ShouldMatchFull(items[2]);
    }
}
