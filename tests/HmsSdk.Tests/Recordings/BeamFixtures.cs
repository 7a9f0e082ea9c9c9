using System.Text.Json;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Recordings;

/// <summary>
/// Realistic response bodies for the recording and stream groups: timestamps with 0, 3, 7 and 9 fractional digits
/// at every depth, fields this SDK does not know at every level, and enum values it does not know.
/// </summary>
public static class BeamFixtures
{
    public const string RoomId = "655f1a2be4b0a2c8f1a2b000";
    public const string SessionId = "6560c5e8e4b0a2c8f1a2b3c0";

    /// <summary>Three assets: a composite (9 fractional digits), an unknown type and status (0 digits), a transcript (3 digits).</summary>
    public const string AssetsArray = """
        [
          {
            "id": "asset-composite-1",
            "job_id": "job-1",
            "room_id": "655f1a2be4b0a2c8f1a2b000",
            "session_id": "6560c5e8e4b0a2c8f1a2b3c0",
            "type": "room-composite",
            "status": "completed",
            "path": "s3://acme-recordings/beam/job-1/Rec-655f1a2b-1700841047123.mp4",
            "size": 104857600,
            "duration": 1800,
            "created_at": "2023-11-24T16:25:31.010516042Z",
            "thumbnails": null,
            "metadata": {
              "resolution": { "width": 1280, "height": 720, "fps": 30 },
              "media_type": "video/mp4",
              "codec": "h264"
            },
            "storage_class": "STANDARD"
          },
          {
            "id": "asset-hologram-2",
            "job_id": "job-1",
            "room_id": "655f1a2be4b0a2c8f1a2b000",
            "session_id": "6560c5e8e4b0a2c8f1a2b3c0",
            "type": "hologram",
            "status": "archived",
            "path": "s3://acme-recordings/beam/job-1/hologram.bin",
            "size": "2048",
            "duration": 0,
            "created_at": "2023-11-24T16:25:32Z",
            "thumbnails": ["s3://acme-recordings/beam/job-1/thumb-0.jpg", "s3://acme-recordings/beam/job-1/thumb-1.jpg"],
            "metadata": { "num_layers": 3, "layer": 1, "max_width": 1920, "max_height": "1080", "depth": 7 }
          },
          {
            "id": "asset-transcript-3",
            "job_id": "job-1",
            "room_id": "655f1a2be4b0a2c8f1a2b000",
            "session_id": "6560c5e8e4b0a2c8f1a2b3c0",
            "type": "transcript",
            "status": "completed",
            "path": "s3://acme-recordings/transcript/job-1/transcript.srt",
            "size": 5120,
            "duration": 1800,
            "created_at": "2023-11-24T16:31:02.082Z",
            "thumbnails": null,
            "metadata": {
              "output_mode": "vtt",
              "track_id": "track-9", "stream_id": "stream-9", "peer_id": "peer-9", "user_id": "user-9",
              "track_type": "hologram", "stream_type": "screen"
            }
          }
        ]
        """;

    /// <summary>
    /// A full beam job (get / start / stop shape): the fields every job kind shares, with timestamps of 0, 3, 9 and 7
    /// fractional digits and an offset, and <see cref="AssetsArray"/>; <paramref name="ownFields"/> adds the kind's own
    /// fields and ones this SDK does not know.
    /// </summary>
    public static string FullJob(string id, string ownFields) => $$"""
        {
          "id": "{{id}}",
          "room_id": "655f1a2be4b0a2c8f1a2b000",
          "session_id": "6560c5e8e4b0a2c8f1a2b3c0",
          "status": "archived",
          {{ownFields}},
          "recording_assets": {{AssetsArray}},
          "created_at": "2023-11-24T15:50:40Z",
          "started_at": "2023-11-24T15:50:47.123Z",
          "stopped_at": "2023-11-24T16:20:47.010516042Z",
          "updated_at": "2023-11-24T16:21:02.5000001+05:30",
          "started_by": "peer-host-1",
          "stopped_by": ""
        }
        """;

    /// <summary>A full recording job with its assets.</summary>
    public static readonly string Recording = FullJob("6560c5f0e4b0a2c8f1a2b3c4", """
        "meeting_url": "https://acme.app.100ms.live/meeting/abc-defg-hij?skip_preview=true",
          "destination": "composite-1",
          "asset_types": ["room-composite", "chat", "transcript", "summary", "hologram"],
          "priority": "high",
          "transcription": { "enabled": true }
        """);

    /// <summary>A recording as the list returns it: no recording_assets, null asset_types and stop time.</summary>
    public static string ListedRecording(string id, string status = "running") => $$"""
        {
          "id": "{{id}}",
          "room_id": "655f1a2be4b0a2c8f1a2b000",
          "session_id": "6560c5e8e4b0a2c8f1a2b3c0",
          "status": "{{status}}",
          "meeting_url": "",
          "destination": "",
          "asset_types": null,
          "created_at": "2023-11-24T15:50:40.000Z",
          "started_at": "2023-11-24T15:50:47.123456789Z",
          "stopped_at": null,
          "updated_at": "2023-11-24T15:50:47Z",
          "started_by": "",
          "stopped_by": "",
          "region": "in"
        }
        """;

    public static string Page(string items, string last, int limit = 2) => $$"""
        { "limit": {{limit}}, "data": [{{items}}], "last": "{{last}}", "cursor_version": 2 }
        """;

    public static readonly DateTimeOffset T0 = new(2023, 11, 24, 15, 50, 40, TimeSpan.Zero);

    /// <summary>Asserts every field of <see cref="AssetsArray"/>.</summary>
    public static void ShouldMatchAssetsFixture(IList<RecordingAsset>? assets)
    {
        assets.Should().NotBeNull().And.HaveCount(3);

        var composite = assets![0];
        composite.Id.Should().Be("asset-composite-1");
        composite.JobId.Should().Be("job-1");
        composite.RoomId.Should().Be(RoomId);
        composite.SessionId.Should().Be(SessionId);
        composite.Type.Should().Be(RecordingAssetType.RoomComposite);
        composite.Status.Should().Be(RecordingAssetStatus.Completed);
        composite.Path.Should().Be("s3://acme-recordings/beam/job-1/Rec-655f1a2b-1700841047123.mp4");
        composite.Size.Should().Be(104857600);
        composite.Duration.Should().Be(1800);
        composite.CreatedAt.Should().Be(new DateTimeOffset(2023, 11, 24, 16, 25, 31, TimeSpan.Zero).AddTicks(105160));
        composite.Thumbnails.Should().BeNull();
        composite.Metadata!.Resolution!.Width.Should().Be(1280);
        composite.Metadata.Resolution.Height.Should().Be(720);
        composite.Metadata.Resolution.AdditionalProperties!["fps"].GetInt32().Should().Be(30);
        composite.Metadata.MediaType.Should().Be("video/mp4");
        composite.Metadata.NumLayers.Should().BeNull();
        composite.Metadata.OutputMode.Should().BeNull();
        composite.Metadata.AdditionalProperties!["codec"].GetString().Should().Be("h264");
        composite.AdditionalProperties!["storage_class"].GetString().Should().Be("STANDARD");

        var unknown = assets[1];
        unknown.Type.ToString().Should().Be("hologram");
        unknown.Type.Should().NotBe(RecordingAssetType.RoomComposite);
        unknown.Status.ToString().Should().Be("archived");
        unknown.Size.Should().Be(2048, "numbers sent as strings are accepted");
        unknown.Duration.Should().Be(0);
        unknown.CreatedAt.Should().Be(new DateTimeOffset(2023, 11, 24, 16, 25, 32, TimeSpan.Zero));
        unknown.Thumbnails.Should().Equal("s3://acme-recordings/beam/job-1/thumb-0.jpg", "s3://acme-recordings/beam/job-1/thumb-1.jpg");
        unknown.Metadata!.NumLayers.Should().Be("3", "num_layers is documented as a string but a number is tolerated");
        unknown.Metadata.Layer.Should().Be("1");
        unknown.Metadata.MaxWidth.Should().Be(1920);
        unknown.Metadata.MaxHeight.Should().Be(1080);
        unknown.Metadata.AdditionalProperties!["depth"].GetInt32().Should().Be(7);
        unknown.AdditionalProperties.Should().BeNull();

        var transcript = assets[2];
        transcript.Type.Should().Be(RecordingAssetType.Transcript);
        transcript.CreatedAt.Should().Be(new DateTimeOffset(2023, 11, 24, 16, 31, 2, 82, TimeSpan.Zero));
        var metadata = transcript.Metadata!;
        metadata.OutputMode!.Value.ToString().Should().Be("vtt");
        metadata.TrackId.Should().Be("track-9");
        metadata.StreamId.Should().Be("stream-9");
        metadata.PeerId.Should().Be("peer-9");
        metadata.UserId.Should().Be("user-9");
        metadata.TrackType!.Value.ToString().Should().Be("hologram");
        metadata.StreamType.Should().Be(RecordingAssetStreamType.Screen);
        metadata.Resolution.Should().BeNull();
    }

    /// <summary>Asserts the shared fields of <see cref="FullJob"/>.</summary>
    public static void ShouldMatchFullJob(BeamJob job, string id)
    {
        job.Id.Should().Be(id);
        job.RoomId.Should().Be(RoomId);
        job.SessionId.Should().Be(SessionId);
        job.Status.ToString().Should().Be("archived");
        job.CreatedAt.Should().Be(T0);
        job.StartedAt.Should().Be(new DateTimeOffset(2023, 11, 24, 15, 50, 47, 123, TimeSpan.Zero));
        job.StoppedAt.Should().Be(new DateTimeOffset(2023, 11, 24, 16, 20, 47, TimeSpan.Zero).AddTicks(105160));
        job.UpdatedAt.Should().Be(new DateTimeOffset(2023, 11, 24, 16, 21, 2, TimeSpan.FromHours(5.5)).AddTicks(5000001));
        job.StartedBy.Should().Be("peer-host-1");
        job.StoppedBy.Should().BeEmpty();
        ShouldMatchAssetsFixture(job.RecordingAssets);
    }

    /// <summary>Asserts every field of <see cref="Recording"/>.</summary>
    public static void ShouldMatchRecordingFixture(global::HmsSdk.Recording recording)
    {
        ShouldMatchFullJob(recording, "6560c5f0e4b0a2c8f1a2b3c4");
        recording.Status.Should().NotBe(BeamJobStatus.Completed);
        recording.MeetingUrl.Should().Be("https://acme.app.100ms.live/meeting/abc-defg-hij?skip_preview=true");
        recording.Destination.Should().Be("composite-1");
        recording.AssetTypes.Should().Equal(
            RecordingAssetType.RoomComposite, RecordingAssetType.Chat, RecordingAssetType.Transcript, RecordingAssetType.Summary, new RecordingAssetType("hologram"));
        recording.AdditionalProperties!["priority"].GetString().Should().Be("high");
        recording.AdditionalProperties["transcription"].GetProperty("enabled").GetBoolean().Should().BeTrue();
    }

    /// <summary>
    /// Lists <paramref name="resource"/> over two pages (the second asked for with <c>start</c> = the first page's
    /// <c>last</c>) and checks that both requests carry the room, session and status filters and limit 2.
    /// </summary>
    public static async Task<List<T>> ListTwoPagesAsync<T>(
        string resource, string firstItems, string firstLast, string secondItems, string secondLast, string statusQuery,
        Func<HmsClient, IAsyncEnumerable<T>> list)
    {
        using var api = WireApi.WithoutRetries();
        return await api.ListTwoPagesAsync(
            $"/v2/{resource}", $"room_id={RoomId}&session_id={SessionId}&status={statusQuery}&limit=2",
            Page(firstItems, firstLast), firstLast, Page(secondItems, secondLast), list);
    }
}
