using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Recordings;

public class RecordingsServiceTests
{
    private const string RecordingId = "6560c5f0e4b0a2c8f1a2b3c4";
    private const string RoomId = BeamFixtures.RoomId;

    [Fact]
    public async Task ListAsync_sends_filters_and_follows_last_across_two_pages()
    {
        var options = new RecordingListOptions { RoomId = RoomId, SessionId = BeamFixtures.SessionId, Status = BeamJobStatus.Running, Limit = 2 };

        var items = await BeamFixtures.ListTwoPagesAsync(
            "recordings",
            BeamFixtures.ListedRecording("rec-1") + "," + BeamFixtures.ListedRecording("rec-2", "archived"), "rec-2",
            BeamFixtures.ListedRecording("rec-3", "completed"), "rec-3",
            "running",
            client => client.Recordings.ListAsync(options));

        items.Select(r => r.Id).Should().Equal("rec-1", "rec-2", "rec-3");
        options.Limit.Should().Be(2, "the caller's filters are never modified");

        var first = items[0];
        first.RoomId.Should().Be(RoomId);
        first.SessionId.Should().Be(BeamFixtures.SessionId);
        first.Status.Should().Be(BeamJobStatus.Running);
        first.MeetingUrl.Should().BeEmpty();
        first.Destination.Should().BeEmpty();
        first.AssetTypes.Should().BeNull("the API may send asset_types: null");
        first.RecordingAssets.Should().BeNull("list results omit recording_assets");
        first.CreatedAt.Should().Be(BeamFixtures.T0);
        first.StartedAt.Should().Be(new DateTimeOffset(2023, 11, 24, 15, 50, 47, TimeSpan.Zero).AddTicks(1234567));
        first.StoppedAt.Should().BeNull();
        first.UpdatedAt.Should().Be(new DateTimeOffset(2023, 11, 24, 15, 50, 47, TimeSpan.Zero));
        first.StartedBy.Should().BeEmpty();
        first.StoppedBy.Should().BeEmpty();
        first.AdditionalProperties!["region"].GetString().Should().Be("in");
        items[1].Status.ToString().Should().Be("archived");
        items[2].Status.Should().Be(BeamJobStatus.Completed);
    }

    [Fact]
    public async Task ListAsync_without_options_sends_no_query()
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("GET", "/v2/recordings", """{"limit":10,"data":[],"last":""}""");

        var items = new List<Recording>();
        await foreach (var recording in api.Client.Recordings.ListAsync())
        {
            items.Add(recording);
        }

        items.Should().BeEmpty();
        api.ShouldHaveReceived("GET", "/v2/recordings");
    }

    [Fact]
    public async Task StartAsync_posts_every_documented_field()
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/recordings/room/{RoomId}/start", BeamFixtures.Recording);
        var options = new StartRecordingOptions
        {
            MeetingUrl = "https://acme.app.100ms.live/meeting/abc-defg-hij?skip_preview=true",
            Resolution = new VideoResolution(1280, 720),
            Destination = "composite-1",
            AudioOnly = false,
            Transcription = new TranscriptionOptions
            {
                Enabled = true,
                OutputModes = new List<TranscriptionOutputMode> { TranscriptionOutputMode.Txt, TranscriptionOutputMode.Srt, "json" },
                CustomVocabulary = new List<string> { "100ms", "HLS" },
                Summary = new TranscriptionSummaryOptions
                {
                    Enabled = true,
                    Context = "Weekly engineering standup",
                    Temperature = 0.5,
                    Sections = new List<TranscriptionSummarySection>
                    {
                        new("Agenda", SummarySectionFormat.Paragraph),
                        new("Action items", SummarySectionFormat.Bullets),
                    },
                },
            },
        };

        var recording = await api.Client.Recordings.StartAsync(RoomId, options);

        api.ShouldHaveReceived("POST", $"/v2/recordings/room/{RoomId}/start", jsonBody: """
            {
              "meeting_url": "https://acme.app.100ms.live/meeting/abc-defg-hij?skip_preview=true",
              "resolution": { "width": 1280, "height": 720 },
              "destination": "composite-1",
              "audio_only": false,
              "transcription": {
                "enabled": true,
                "output_modes": ["txt", "srt", "json"],
                "custom_vocabulary": ["100ms", "HLS"],
                "summary": {
                  "enabled": true,
                  "context": "Weekly engineering standup",
                  "temperature": 0.5,
                  "sections": [
                    { "title": "Agenda", "format": "paragraph" },
                    { "title": "Action items", "format": "bullets" }
                  ]
                }
              }
            }
            """);
        BeamFixtures.ShouldMatchRecordingFixture(recording);
        options.Transcription.Summary!.Sections.Should().HaveCount(2, "options are never modified");
    }

    [Fact]
    public async Task StartAsync_without_options_posts_an_empty_object()
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/recordings/room/{RoomId}/start", BeamFixtures.Recording);

        var recording = await api.Client.Recordings.StartAsync(RoomId);

        api.ShouldHaveReceived("POST", $"/v2/recordings/room/{RoomId}/start", jsonBody: "{}");
        recording.Id.Should().Be(RecordingId);
    }

    [Theory]
    [InlineData("pause")]
    [InlineData("resume")]
    public async Task Pause_and_resume_post_to_the_room_endpoint(string action)
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/recordings/room/{RoomId}/{action}", BeamFixtures.Recording);

        var recording = action == "pause"
            ? await api.Client.Recordings.PauseAsync(RoomId)
            : await api.Client.Recordings.ResumeAsync(RoomId);

        api.ShouldHaveReceived("POST", $"/v2/recordings/room/{RoomId}/{action}", jsonBody: "{}");
        BeamFixtures.ShouldMatchRecordingFixture(recording);
    }

    [Fact]
    public async Task Not_found_maps_to_HmsNotFoundException_with_the_operation()
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("GET", "/v2/recordings/missing", """{"code":404,"message":"recording not found"}""", status: 404);

        var exception = await Assert.ThrowsAsync<HmsNotFoundException>(() => api.Client.Recordings.GetAsync("missing"));

        exception.Operation.Should().Be("Recordings.Get");
        exception.Message.Should().Contain("recording not found");
    }

    [Theory]
    [MemberData(nameof(BadIds.Cases), MemberType = typeof(BadIds))]
    public async Task Every_id_taking_method_rejects_bad_ids_without_a_request(string? id)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);
        var recordings = client.Recordings;

        await BadInput.ShouldRejectAsync<ArgumentException>(() => recordings.GetAsync(id!), "recordingId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => recordings.StopAsync(id!), "recordingId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => recordings.StartAsync(id!), "roomId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => recordings.StopAllAsync(id!), "roomId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => recordings.PauseAsync(id!), "roomId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => recordings.ResumeAsync(id!), "roomId", handler);
    }

    [Fact]
    public async Task ListAsync_rejects_blank_filters_without_a_request()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await BadInput.ShouldRejectAsync<ArgumentException>(
            BadInput.List(() => client.Recordings.ListAsync(new RecordingListOptions { RoomId = " " })), "options", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(
            BadInput.List(() => client.Recordings.ListAsync(new RecordingListOptions { SessionId = "" })), "options", handler);
    }

    public static IEnumerable<object[]> InvalidStartOptions()
    {
        static StartRecordingOptions WithSummary(Action<TranscriptionSummaryOptions> change)
        {
            var summary = new TranscriptionSummaryOptions { Enabled = true };
            change(summary);
            return new StartRecordingOptions { Transcription = new TranscriptionOptions { Enabled = true, Summary = summary } };
        }

        yield return new object[] { "zero width", new StartRecordingOptions { Resolution = new VideoResolution(0, 720) } };
        yield return new object[] { "negative height", new StartRecordingOptions { Resolution = new VideoResolution(1280, -1) } };
        yield return new object[] { "missing height", new StartRecordingOptions { Resolution = new VideoResolution { Width = 1280 } } };
        yield return new object[] { "blank meeting url", new StartRecordingOptions { MeetingUrl = "  " } };
        yield return new object[] { "blank destination", new StartRecordingOptions { Destination = "" } };
        yield return new object[] { "blank vocabulary", new StartRecordingOptions { Transcription = new TranscriptionOptions { CustomVocabulary = new List<string> { "ok", " " } } } };
        yield return new object[] { "default output mode", new StartRecordingOptions { Transcription = new TranscriptionOptions { OutputModes = new List<TranscriptionOutputMode> { default } } } };
        yield return new object[] { "context 301 chars", WithSummary(s => s.Context = new string('c', 301)) };
        yield return new object[] { "temperature 0.09", WithSummary(s => s.Temperature = 0.09) };
        yield return new object[] { "temperature 1.01", WithSummary(s => s.Temperature = 1.01) };
        yield return new object[] { "temperature NaN", WithSummary(s => s.Temperature = double.NaN) };
        yield return new object[] { "7 sections", WithSummary(s => s.Sections = Enumerable.Range(1, 7).Select(i => new TranscriptionSummarySection($"S{i}", SummarySectionFormat.Bullets)).ToList()) };
        yield return new object[] { "null section", WithSummary(s => s.Sections = new List<TranscriptionSummarySection> { null! }) };
        yield return new object[] { "missing title", WithSummary(s => s.Sections = new List<TranscriptionSummarySection> { new() { Format = SummarySectionFormat.Bullets } }) };
        yield return new object[] { "title 101 chars", WithSummary(s => s.Sections = new List<TranscriptionSummarySection> { new(new string('t', 101), SummarySectionFormat.Bullets) }) };
        yield return new object[] { "missing format", WithSummary(s => s.Sections = new List<TranscriptionSummarySection> { new() { Title = "Agenda" } }) };
    }

    [Theory]
    [MemberData(nameof(InvalidStartOptions))]
    public async Task StartAsync_rejects_options_outside_documented_limits_without_a_request(string because, StartRecordingOptions options)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Recordings.StartAsync(RoomId, options));

        exception.ParamName.Should().Be("options", because);
        handler.Requests.Should().BeEmpty(because);
    }

    [Fact]
    public async Task StartAsync_accepts_the_documented_boundaries()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);
        var options = new StartRecordingOptions
        {
            Transcription = new TranscriptionOptions
            {
                Summary = new TranscriptionSummaryOptions
                {
                    Context = new string('c', 300),
                    Temperature = 0.1,
                    Sections = Enumerable.Range(1, 6).Select(i => new TranscriptionSummarySection(new string('t', 100), SummarySectionFormat.Paragraph)).ToList(),
                },
            },
        };

        await client.Recordings.StartAsync(RoomId, options);
        options.Transcription.Summary.Temperature = 1.0;
        await client.Recordings.StartAsync(RoomId, options);

        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public void Status_and_asset_type_values_compare_case_insensitively_and_keep_unknown_values()
    {
        BeamJobStatus status = "POST_PROCESSING";
        status.Should().Be(BeamJobStatus.PostProcessing);
        status.ToString().Should().Be("POST_PROCESSING");
        new BeamJobStatus("archived").Should().NotBe(BeamJobStatus.Completed);
        RecordingAssetType.RoomCompositeLegacy.ToString().Should().Be("room-composite-legacy");
        RecordingAssetType.RoomVod.ToString().Should().Be("room-vod");
        default(BeamJobStatus).ToString().Should().BeEmpty();
    }
}
