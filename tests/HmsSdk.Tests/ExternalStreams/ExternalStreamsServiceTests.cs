using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using HmsSdk.Tests.Recordings;

namespace HmsSdk.Tests.ExternalStreams;

public class ExternalStreamsServiceTests
{
    internal const string StreamId = "6561b2c3e4b0a2c8f1a2d001";
    private const string RoomId = BeamFixtures.RoomId;
    private const string YouTube = "rtmp://a.rtmp.youtube.com/live2/abcd-efgh-ijkl-mnop";
    private const string Twitch = "rtmps://live.twitch.tv:443/app/live_123456_SECRETKEY";

    internal static readonly string ExternalStreamJson = BeamFixtures.FullJob(StreamId, """
        "destination": "rtmp-1",
          "rtmp_urls": ["rtmp://a.rtmp.youtube.com/live2/abcd-efgh-ijkl-mnop", "rtmps://live.twitch.tv:443/app/live_123456_SECRETKEY"],
          "meeting_url": "https://acme.app.100ms.live/preview/abc-defg-hij?skip_preview=true",
          "recording": true,
          "resolution": { "width": 1920, "height": 1080 },
          "bitrate_kbps": 4500
        """);

    internal static string ListedStream(string id, string status) => $$"""
        {
          "id": "{{id}}", "room_id": "655f1a2be4b0a2c8f1a2b000", "session_id": "6560c5e8e4b0a2c8f1a2b3c0",
          "status": "{{status}}", "destination": "", "rtmp_urls": ["rtmp://a.rtmp.youtube.com/live2/key"],
          "meeting_url": "", "recording": false, "resolution": { "width": 1280, "height": 720 },
          "recording_assets": null,
          "created_at": "2023-11-24T15:50:40.000Z", "started_at": "2023-11-24T15:50:41.123456789Z", "stopped_at": null,
          "updated_at": "2023-11-24T15:50:41Z", "started_by": "", "stopped_by": ""
        }
        """;

    internal static void ShouldMatchFixture(ExternalStream stream)
    {
        BeamFixtures.ShouldMatchFullJob(stream, StreamId);
        stream.Destination.Should().Be("rtmp-1");
        stream.RtmpUrls.Should().Equal(YouTube, Twitch);
        stream.MeetingUrl.Should().Be("https://acme.app.100ms.live/preview/abc-defg-hij?skip_preview=true");
        stream.Recording.Should().BeTrue();
        stream.Resolution!.Width.Should().Be(1920);
        stream.Resolution.Height.Should().Be(1080);
        stream.AdditionalProperties!["bitrate_kbps"].GetInt32().Should().Be(4500);
    }

    /// <summary>Checks a job built by <see cref="ListedStream"/> with status running.</summary>
    internal static void ShouldMatchListed(ExternalStream stream)
    {
        stream.Recording.Should().BeFalse();
        stream.RecordingAssets.Should().BeNull();
        stream.StartedAt.Should().Be(new DateTimeOffset(2023, 11, 24, 15, 50, 41, TimeSpan.Zero).AddTicks(1234567));
        stream.StoppedAt.Should().BeNull();
    }

    [Fact]
    public async Task StartAsync_posts_every_documented_field()
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/external-streams/room/{RoomId}/start", ExternalStreamJson);
        var options = new StartExternalStreamOptions(new List<string> { YouTube, Twitch })
        {
            MeetingUrl = "https://acme.app.100ms.live/preview/abc-defg-hij?skip_preview=true",
            Recording = true,
            Resolution = new VideoResolution(1920, 1080),
            Destination = "rtmp-1",
        };

        var stream = await api.Client.ExternalStreams.StartAsync(RoomId, options);

        api.ShouldHaveReceived("POST", $"/v2/external-streams/room/{RoomId}/start", jsonBody: $$"""
            {
              "rtmp_urls": ["{{YouTube}}", "{{Twitch}}"],
              "meeting_url": "https://acme.app.100ms.live/preview/abc-defg-hij?skip_preview=true",
              "recording": true,
              "resolution": { "width": 1920, "height": 1080 },
              "destination": "rtmp-1"
            }
            """);
        ShouldMatchFixture(stream);
    }

    [Fact]
    public async Task StartAsync_with_only_urls_sends_only_urls_and_accepts_five()
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("POST", $"/v2/external-streams/room/{RoomId}/start", ExternalStreamJson);
        var urls = Enumerable.Range(1, 5).Select(i => $"rtmp://ingest{i}.example.com/live/key{i}").ToList();

        await api.Client.ExternalStreams.StartAsync(RoomId, new StartExternalStreamOptions(urls));

        api.ShouldHaveReceived("POST", $"/v2/external-streams/room/{RoomId}/start",
            jsonBody: "{\"rtmp_urls\":[" + string.Join(",", urls.Select(u => "\"" + u + "\"")) + "]}");
    }

    [Theory]
    [MemberData(nameof(BadIds.Cases), MemberType = typeof(BadIds))]
    public async Task Every_id_taking_method_rejects_bad_ids_without_a_request(string? id)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);
        var streams = client.ExternalStreams;

        await BadInput.ShouldRejectAsync<ArgumentException>(() => streams.GetAsync(id!), "streamId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => streams.StopAsync(id!), "streamId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => streams.StartAsync(id!, new StartExternalStreamOptions(new List<string> { YouTube })), "roomId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => streams.StopAllAsync(id!), "roomId", handler);
    }

    public static IEnumerable<object?[]> InvalidRtmpUrls()
    {
        yield return new object?[] { "missing", null };
        yield return new object?[] { "empty", new List<string>() };
        yield return new object?[] { "six urls", Enumerable.Range(1, 6).Select(i => $"rtmp://ingest{i}.example.com/live/key").ToList() };
        yield return new object?[] { "https scheme", new List<string> { YouTube, "https://a.rtmp.youtube.com/live2/key" } };
        yield return new object?[] { "srt scheme", new List<string> { "srt://ingest.example.com:9000" } };
        yield return new object?[] { "relative", new List<string> { "a.rtmp.youtube.com/live2/key" } };
        yield return new object?[] { "blank entry", new List<string> { YouTube, " " } };
        yield return new object?[] { "null entry", new List<string> { null! } };
        yield return new object?[] { "no host", new List<string> { "rtmp:///live2/key" } };
    }

    [Theory]
    [MemberData(nameof(InvalidRtmpUrls))]
    public async Task StartAsync_rejects_invalid_rtmp_urls_without_a_request(string because, List<string>? urls)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(
            () => client.ExternalStreams.StartAsync(RoomId, new StartExternalStreamOptions { RtmpUrls = urls }));

        exception.ParamName.Should().Be("options", because);
        exception.Message.Should().NotContain("SECRET").And.NotContain("key", because: "messages never echo URLs, which carry stream keys");
        handler.Requests.Should().BeEmpty(because);
    }

    [Fact]
    public async Task StartAsync_error_messages_do_not_echo_stream_keys()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(
            () => client.ExternalStreams.StartAsync(RoomId, new StartExternalStreamOptions(new List<string> { YouTube, "http://live.example.com/app/SECRETKEY" })));

        exception.Message.Should().Contain("RtmpUrls[1]").And.NotContain("SECRETKEY");
    }

    [Fact]
    public async Task StartAsync_rejects_null_options_without_a_request()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await BadInput.ShouldRejectAsync<ArgumentNullException>(() => client.ExternalStreams.StartAsync(RoomId, null!), "options", handler);
    }

    [Theory]
    [InlineData(0, 720)]
    [InlineData(1280, -720)]
    [InlineData(499, 480)]
    [InlineData(500, 479)]
    [InlineData(1921, 1080)]
    [InlineData(1920, 1081)]
    [InlineData(499, 900)]
    [InlineData(1081, 1920)]
    [InlineData(1080, 1921)]
    public async Task StartAsync_rejects_resolutions_outside_documented_bounds_without_a_request(int width, int height)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await BadInput.ShouldRejectAsync<ArgumentOutOfRangeException>(
            () => client.ExternalStreams.StartAsync(RoomId, new StartExternalStreamOptions(new List<string> { YouTube }) { Resolution = new VideoResolution(width, height) }),
            "options",
            handler);
    }

    [Theory]
    [InlineData(500, 480)]
    [InlineData(1920, 1080)]
    [InlineData(1280, 720)]
    [InlineData(500, 500)]
    [InlineData(1080, 1920)]
    [InlineData(720, 1280)]
    public async Task StartAsync_accepts_resolutions_on_the_documented_bounds(int width, int height)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await client.ExternalStreams.StartAsync(RoomId, new StartExternalStreamOptions(new List<string> { YouTube }) { Resolution = new VideoResolution(width, height) });

        handler.Requests.Should().ContainSingle();
    }
}
