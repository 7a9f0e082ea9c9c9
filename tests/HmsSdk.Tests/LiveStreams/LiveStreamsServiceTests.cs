using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using HmsSdk.Tests.Recordings;

namespace HmsSdk.Tests.LiveStreams;

public class LiveStreamsServiceTests
{
    internal const string StreamId = "6561a0b1e4b0a2c8f1a2c001";
    private const string RoomId = BeamFixtures.RoomId;

    internal static readonly string LiveStreamJson = BeamFixtures.FullJob(StreamId, """
        "destination": "hls-1",
          "playback": { "url": "https://cdn.100ms.live/beam/6561a0b1/master.m3u8", "latency_mode": "low" },
          "meeting_url": "https://acme.app.100ms.live/streaming/meeting/abc-defg-hij",
          "recording": { "hls_vod": true, "single_file_per_layer": false, "thumbnails": true },
          "viewer_count": 42
        """);

    internal static string ListedStream(string id, string status) => $$"""
        {
          "id": "{{id}}", "room_id": "655f1a2be4b0a2c8f1a2b000", "session_id": "6560c5e8e4b0a2c8f1a2b3c0",
          "status": "{{status}}", "destination": "", "playback": null, "meeting_url": "",
          "recording": null, "recording_assets": null,
          "created_at": "2023-11-24T15:50:40.000Z", "started_at": null, "stopped_at": null,
          "updated_at": "2023-11-24T15:50:40.123456789Z", "started_by": "", "stopped_by": ""
        }
        """;

    internal static void ShouldMatchFixture(LiveStream stream)
    {
        BeamFixtures.ShouldMatchFullJob(stream, StreamId);
        stream.Destination.Should().Be("hls-1");
        stream.Playback!.Url.Should().Be("https://cdn.100ms.live/beam/6561a0b1/master.m3u8");
        stream.Playback.AdditionalProperties!["latency_mode"].GetString().Should().Be("low");
        stream.MeetingUrl.Should().Be("https://acme.app.100ms.live/streaming/meeting/abc-defg-hij");
        stream.Recording!.HlsVod.Should().BeTrue();
        stream.Recording.SingleFilePerLayer.Should().BeFalse();
        stream.Recording.AdditionalProperties!["thumbnails"].GetBoolean().Should().BeTrue();
        stream.AdditionalProperties!["viewer_count"].GetInt32().Should().Be(42);
    }

    /// <summary>Checks a job built by <see cref="ListedStream"/> with status running.</summary>
    internal static void ShouldMatchListed(LiveStream stream)
    {
        stream.Playback.Should().BeNull();
        stream.Recording.Should().BeNull();
        stream.RecordingAssets.Should().BeNull();
        stream.StartedAt.Should().BeNull();
        stream.UpdatedAt.Should().Be(new DateTimeOffset(2023, 11, 24, 15, 50, 40, TimeSpan.Zero).AddTicks(1234567));
    }

    [Fact]
    public async Task StartAsync_posts_every_documented_field()
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/live-streams/room/{RoomId}/start", LiveStreamJson);
        var options = new StartLiveStreamOptions
        {
            MeetingUrl = "https://acme.app.100ms.live/streaming/meeting/abc-defg-hij",
            Recording = new LiveStreamRecordingSettings { HlsVod = true, SingleFilePerLayer = false },
            Destination = "hls-1",
            Transcription = new LiveStreamTranscriptionOptions
            {
                Enabled = true,
                Modes = new List<TranscriptionMode> { TranscriptionMode.Recorded, TranscriptionMode.Live },
                OutputModes = new List<TranscriptionOutputMode> { TranscriptionOutputMode.Json },
                CustomVocabulary = new List<string> { "100ms" },
                Summary = new TranscriptionSummaryOptions
                {
                    Enabled = true,
                    Temperature = 0.7,
                    Sections = new List<TranscriptionSummarySection> { new("Highlights", SummarySectionFormat.Bullets) },
                },
            },
        };

        var stream = await api.Client.LiveStreams.StartAsync(RoomId, options);

        api.ShouldHaveReceived("POST", $"/v2/live-streams/room/{RoomId}/start", jsonBody: """
            {
              "meeting_url": "https://acme.app.100ms.live/streaming/meeting/abc-defg-hij",
              "recording": { "hls_vod": true, "single_file_per_layer": false },
              "destination": "hls-1",
              "transcription": {
                "modes": ["recorded", "live"],
                "enabled": true,
                "output_modes": ["json"],
                "custom_vocabulary": ["100ms"],
                "summary": { "enabled": true, "temperature": 0.7, "sections": [ { "title": "Highlights", "format": "bullets" } ] }
              }
            }
            """);
        ShouldMatchFixture(stream);
    }

    [Fact]
    public async Task StartAsync_without_options_posts_an_empty_object()
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/live-streams/room/{RoomId}/start", LiveStreamJson);

        await api.Client.LiveStreams.StartAsync(RoomId);

        api.ShouldHaveReceived("POST", $"/v2/live-streams/room/{RoomId}/start", jsonBody: "{}");
    }

    [Fact]
    public async Task SendTimedMetadataAsync_posts_payload_and_duration_in_seconds()
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/live-streams/{StreamId}/timed-metadata", LiveStreamJson);
        var payload = new string('p', 100);

        var stream = await api.Client.LiveStreams.SendTimedMetadataAsync(StreamId, new TimedMetadataOptions(payload, TimeSpan.FromSeconds(5)));

        api.ShouldHaveReceived("POST", $"/v2/live-streams/{StreamId}/timed-metadata", jsonBody: $$"""{"payload":"{{payload}}","duration":5}""");
        ShouldMatchFixture(stream);
    }

    [Theory]
    [InlineData("pause-recording")]
    [InlineData("resume-recording")]
    public async Task Pause_and_resume_recording_post_to_the_stream(string action)
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/live-streams/{StreamId}/{action}", LiveStreamJson);

        var stream = action == "pause-recording"
            ? await api.Client.LiveStreams.PauseRecordingAsync(StreamId)
            : await api.Client.LiveStreams.ResumeRecordingAsync(StreamId);

        api.ShouldHaveReceived("POST", $"/v2/live-streams/{StreamId}/{action}", jsonBody: "{}");
        ShouldMatchFixture(stream);
    }

    [Theory]
    [MemberData(nameof(BadIds.Cases), MemberType = typeof(BadIds))]
    public async Task Every_id_taking_method_rejects_bad_ids_without_a_request(string? id)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);
        var streams = client.LiveStreams;
        var metadata = new TimedMetadataOptions("cue", TimeSpan.FromSeconds(1));

        await BadInput.ShouldRejectAsync<ArgumentException>(() => streams.GetAsync(id!), "streamId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => streams.SendTimedMetadataAsync(id!, metadata), "streamId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => streams.PauseRecordingAsync(id!), "streamId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => streams.ResumeRecordingAsync(id!), "streamId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => streams.StopAsync(id!), "streamId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => streams.StartAsync(id!), "roomId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => streams.StopAllAsync(id!), "roomId", handler);
    }

    public static IEnumerable<object?[]> InvalidTimedMetadata()
    {
        yield return new object?[] { "101-char payload", new TimedMetadataOptions(new string('p', 101), TimeSpan.FromSeconds(5)), typeof(ArgumentException) };
        yield return new object?[] { "null payload", new TimedMetadataOptions { Duration = TimeSpan.FromSeconds(5) }, typeof(ArgumentNullException) };
        yield return new object?[] { "empty payload", new TimedMetadataOptions("", TimeSpan.FromSeconds(5)), typeof(ArgumentException) };
        yield return new object?[] { "missing duration", new TimedMetadataOptions { Payload = "cue" }, typeof(ArgumentNullException) };
        yield return new object?[] { "zero duration", new TimedMetadataOptions("cue", TimeSpan.Zero), typeof(ArgumentOutOfRangeException) };
        yield return new object?[] { "negative duration", new TimedMetadataOptions("cue", TimeSpan.FromSeconds(-5)), typeof(ArgumentOutOfRangeException) };
        yield return new object?[] { "fractional duration", new TimedMetadataOptions("cue", TimeSpan.FromMilliseconds(1500)), typeof(ArgumentOutOfRangeException) };
    }

    [Theory]
    [MemberData(nameof(InvalidTimedMetadata))]
    public async Task SendTimedMetadataAsync_rejects_invalid_options_without_a_request(string because, TimedMetadataOptions options, Type expected)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.LiveStreams.SendTimedMetadataAsync(StreamId, options));

        exception.Should().BeOfType(expected, because);
        exception.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task SendTimedMetadataAsync_rejects_null_options_without_a_request()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await BadInput.ShouldRejectAsync<ArgumentNullException>(() => client.LiveStreams.SendTimedMetadataAsync(StreamId, null!), "options", handler);
    }

    [Fact]
    public async Task StartAsync_rejects_invalid_transcription_without_a_request()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await BadInput.ShouldRejectAsync<ArgumentException>(
            () => client.LiveStreams.StartAsync(RoomId, new StartLiveStreamOptions { Transcription = new LiveStreamTranscriptionOptions { Modes = new List<TranscriptionMode> { default } } }),
            "options",
            handler);
        await BadInput.ShouldRejectAsync<ArgumentOutOfRangeException>(
            () => client.LiveStreams.StartAsync(RoomId, new StartLiveStreamOptions { Transcription = new LiveStreamTranscriptionOptions { Summary = new TranscriptionSummaryOptions { Temperature = 2 } } }),
            "options",
            handler);
    }
}
