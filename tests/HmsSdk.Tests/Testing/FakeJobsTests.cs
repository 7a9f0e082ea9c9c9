using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Testing;
using Xunit;

namespace HmsSdk.Tests.Testing;

public sealed class FakeJobsTests
{
    [Fact]
    public async Task A_recording_goes_starting_running_stopping_completed_on_the_fake_clock_and_produces_assets()
    {
        using var ctx = new FakeApiTestContext();
        var (room, host) = ctx.RoomWithHost("rec");

        var started = await ctx.PostJsonAsync($"recordings/room/{room.Id}/start",
            "{\"meeting_url\":\"https://app.example/meeting\",\"resolution\":{\"width\":1920,\"height\":1080},\"transcription\":{\"enabled\":true,\"output_modes\":[\"txt\",\"json\"],\"summary\":{\"enabled\":true}}}");
        var id = (string)started["id"]!;
        ((string)started["status"]!).Should().Be("starting");
        ((string)started["session_id"]!).Should().Be(host.SessionId);
        started["started_at"].Should().BeNull();
        started["recording_assets"].Should().BeNull();
        ((string)started["created_at"]!).Should().Be("2025-03-01T12:00:00.000000000Z");

        ctx.Time.Advance(TimeSpan.FromSeconds(9));
        ((string)(await ctx.GetJsonAsync($"recordings/{id}"))["status"]!).Should().Be("starting");
        ctx.Time.Advance(TimeSpan.FromSeconds(1));
        var running = await ctx.GetJsonAsync($"recordings/{id}");
        ((string)running["status"]!).Should().Be("running");
        ((string)running["started_at"]!).Should().Be("2025-03-01T12:00:10.000000000Z");

        var (duplicate, _) = await ctx.ErrorAsync(HttpMethod.Post, $"recordings/room/{room.Id}/start", "{}");
        duplicate.Should().Be(409);

        ((string)(await ctx.PostJsonAsync($"recordings/room/{room.Id}/pause"))["status"]!).Should().Be("running");
        ctx.Fake.Jobs.Get(id).RecordingPaused.Should().BeTrue();
        var (pausedTwice, _) = await ctx.ErrorAsync(HttpMethod.Post, $"recordings/room/{room.Id}/pause", "{}");
        pausedTwice.Should().Be(400);
        await ctx.PostJsonAsync($"recordings/room/{room.Id}/resume");
        ctx.Fake.Jobs.Get(id).RecordingPaused.Should().BeFalse();

        ctx.Time.Advance(TimeSpan.FromMinutes(5));
        var stopping = await ctx.PostJsonAsync($"recordings/{id}/stop");
        ((string)stopping["status"]!).Should().Be("stopping");
        stopping["stopped_at"].Should().BeNull();
        var (stopAgain, _) = await ctx.ErrorAsync(HttpMethod.Post, $"recordings/{id}/stop", "{}");
        stopAgain.Should().Be(404);

        ctx.Time.Advance(TimeSpan.FromSeconds(10));
        var completed = await ctx.GetJsonAsync($"recordings/{id}");
        ((string)completed["status"]!).Should().Be("completed");
        ((string)completed["stopped_at"]!).Should().Be("2025-03-01T12:05:20.000000000Z");
        var assets = completed["recording_assets"]!.AsArray();
        assets.Select(a => (string)a!["type"]!).Should().Equal("room-composite", "chat", "transcript", "transcript", "summary");
        completed["asset_types"]!.AsArray().Select(t => (string)t!).Should().Equal("room-composite", "chat", "transcript", "summary");
        var composite = assets[0]!;
        ((long)composite["duration"]!).Should().Be(300);
        ((int)composite["metadata"]!["resolution"]!["width"]!).Should().Be(1920);
        ((string)composite["job_id"]!).Should().Be(id);
        ((string)composite["status"]!).Should().Be("completed");

        var list = await ctx.GetJsonAsync($"recordings?room_id={room.Id}&status=completed");
        var listed = list["data"]!.AsArray().Should().ContainSingle().Subject!.AsObject();
        listed.ContainsKey("recording_assets").Should().BeFalse("lists omit recording_assets");

        var assetId = (string)composite["id"]!;
        var asset = await ctx.GetJsonAsync($"recording-assets/{assetId}");
        ((string)asset["path"]!).Should().StartWith("s3://").And.EndWith(".mp4");
        var presigned = await ctx.GetJsonAsync($"recording-assets/{assetId}/presigned-url?presign_duration=600");
        presigned.AsObject().Select(p => p.Key).Should().Equal("id", "path", "url", "expiry");
        ((int)presigned["expiry"]!).Should().Be(600);
        ((string)presigned["url"]!).Should().StartWith("https://").And.Contain("X-Amz-Expires=600");
        var (badDuration, _) = await ctx.ErrorAsync(HttpMethod.Get, $"recording-assets/{assetId}/presigned-url?presign_duration=-1");
        badDuration.Should().Be(400);

        var assetPage = await ctx.GetJsonAsync($"recording-assets?room_id={room.Id}&limit=2");
        assetPage["data"]!.AsArray().Should().HaveCount(2);
        var rest = await ctx.GetJsonAsync($"recording-assets?room_id={room.Id}&limit=10&start={(string)assetPage["last"]!}");
        rest["data"]!.AsArray().Should().HaveCount(3);
    }

    [Fact]
    public async Task Stop_all_recordings_returns_the_list_envelope_and_an_empty_room_gets_a_beam_session()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("empty");
        var started = await ctx.PostJsonAsync($"recordings/room/{room.Id}/start", "{\"meeting_url\":\"https://app.example/m\"}");
        var session = ctx.Fake.Sessions.Active(room.Id);
        session.Should().NotBeNull("the beam bot opens a session in an empty room");
        ((string)started["session_id"]!).Should().Be(session!.Id);
        session.Peers.Single().Role.Should().Be("__internal_recorder");

        var stopped = await ctx.PostJsonAsync($"recordings/room/{room.Id}/stop");
        stopped["data"]!.AsArray().Select(r => (string)r!["status"]!).Should().Equal("stopping");
        stopped.AsObject().Should().ContainKeys("limit", "last");
        var (nothingRunning, _) = await ctx.ErrorAsync(HttpMethod.Post, $"recordings/room/{room.Id}/stop", "{}");
        nothingRunning.Should().Be(404);

        ctx.Time.Advance(TimeSpan.FromSeconds(10));
        ctx.Fake.Jobs.Get((string)started["id"]!).Status.Should().Be("completed");
        ctx.Fake.Sessions.Active(room.Id).Should().BeNull("the beam left when the job completed");
    }

    [Fact]
    public async Task Ending_the_room_stops_running_jobs()
    {
        using var ctx = new FakeApiTestContext(o => o.JobStopDelay = TimeSpan.FromSeconds(30));
        var (room, _) = ctx.RoomWithHost("end-stops");
        var live = await ctx.PostJsonAsync($"live-streams/room/{room.Id}/start", "{\"recording\":{\"hls_vod\":true,\"single_file_per_layer\":true}}");
        ctx.Time.Advance(TimeSpan.FromSeconds(60));
        await ctx.PostJsonAsync($"active-rooms/{room.Id}/end-room");
        ((string)(await ctx.GetJsonAsync($"live-streams/{(string)live["id"]!}"))["status"]!).Should().Be("stopping");
        ctx.Time.Advance(TimeSpan.FromSeconds(30));
        var done = await ctx.GetJsonAsync($"live-streams/{(string)live["id"]!}");
        ((string)done["status"]!).Should().Be("completed");
        done["recording_assets"]!.AsArray().Select(a => (string)a!["type"]!).Should().Equal("room-vod", "room-composite", "room-composite");
        done["recording_assets"]![0]!["thumbnails"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task Live_streams_support_timed_metadata_pause_resume_stop_and_list()
    {
        using var ctx = new FakeApiTestContext();
        var (room, _) = ctx.RoomWithHost("hls");
        var started = await ctx.PostJsonAsync($"live-streams/room/{room.Id}/start", "{\"recording\":{\"hls_vod\":true}}");
        var id = (string)started["id"]!;
        ((string)started["playback"]!["url"]!).Should().EndWith(".m3u8");
        ((bool)started["recording"]!["hls_vod"]!).Should().BeTrue();

        var (notYet, _) = await ctx.ErrorAsync(HttpMethod.Post, $"live-streams/{id}/timed-metadata", "{\"payload\":\"quiz-1\",\"duration\":5}");
        notYet.Should().Be(404, "metadata needs a running stream");
        ctx.Time.Advance(TimeSpan.FromSeconds(10));

        foreach (var bad in new[] { "{\"duration\":5}", "{\"payload\":\"x\"}", "{\"payload\":\"x\",\"duration\":\"5\"}", "{\"payload\":\"" + new string('a', 101) + "\",\"duration\":5}", "{\"payload\":7,\"duration\":5}" })
        {
            var (status, body) = await ctx.ErrorAsync(HttpMethod.Post, $"live-streams/{id}/timed-metadata", bad);
            status.Should().Be(400, bad);
            ((string)body["message"]!).Should().StartWith("Invalid body param");
        }

        var withMetadata = await ctx.PostJsonAsync($"live-streams/{id}/timed-metadata", "{\"payload\":\"quiz-1\",\"duration\":5}");
        ((string)withMetadata["status"]!).Should().Be("running");
        ctx.Fake.Jobs.Get(id).TimedMetadataPayloads.Should().Equal("quiz-1");
        await ctx.PostJsonAsync($"live-streams/{id}/pause-recording");
        ctx.Fake.Jobs.Get(id).RecordingPaused.Should().BeTrue();
        await ctx.PostJsonAsync($"live-streams/{id}/resume-recording");

        var stopAll = await ctx.PostJsonAsync($"live-streams/room/{room.Id}/stop");
        stopAll["data"]!.AsArray().Should().ContainSingle();
        var running = await ctx.GetJsonAsync("live-streams?status=running");
        running["data"]!.AsArray().Should().BeEmpty();
        var stopping = await ctx.GetJsonAsync($"live-streams?status=stopping&room_id={room.Id}");
        stopping["data"]!.AsArray().Should().ContainSingle();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"rtmp_urls\":[]}")]
    [InlineData("{\"rtmp_urls\":\"rtmp://a/b\"}")]
    [InlineData("{\"rtmp_urls\":[\"http://a/b\"]}")]
    [InlineData("{\"rtmp_urls\":[\"rtmp://1\",\"rtmp://2\",\"rtmp://3\",\"rtmp://4\",\"rtmp://5\",\"rtmp://6\"]}")]
    [InlineData("{\"rtmp_urls\":[\"rtmp://a/b\"],\"resolution\":{\"width\":3840,\"height\":2160}}")]
    [InlineData("{\"rtmp_urls\":[\"rtmp://a/b\"],\"recording\":\"yes\"}")]
    public async Task External_stream_start_validates_its_body(string body)
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("rtmp");
        var (status, error) = await ctx.ErrorAsync(HttpMethod.Post, $"external-streams/room/{room.Id}/start", body);
        status.Should().Be(400);
        ((string)error["message"]!).Should().StartWith("Invalid body param");
        ctx.Fake.Jobs.All.Should().BeEmpty();
    }

    [Fact]
    public async Task External_streams_start_list_stop_and_record()
    {
        using var ctx = new FakeApiTestContext();
        var (room, _) = ctx.RoomWithHost("rtmp-ok");
        var started = await ctx.PostJsonAsync($"external-streams/room/{room.Id}/start", "{\"rtmp_urls\":[\"rtmps://live.example/app/key\"],\"recording\":true}");
        ((string)started["status"]!).Should().Be("starting");
        ((int)started["resolution"]!["width"]!).Should().Be(1280);
        started["rtmp_urls"]!.AsArray().Select(u => (string)u!).Should().Equal("rtmps://live.example/app/key");

        ctx.Time.Advance(TimeSpan.FromSeconds(70));
        var stopped = await ctx.PostJsonAsync($"external-streams/{(string)started["id"]!}/stop");
        ((string)stopped["status"]!).Should().Be("stopping");
        ctx.Time.Advance(TimeSpan.FromSeconds(10));
        var list = await ctx.GetJsonAsync($"external-streams?room_id={room.Id}");
        ((string)list["data"]![0]!["status"]!).Should().Be("completed");
        var one = await ctx.GetJsonAsync($"external-streams/{(string)started["id"]!}");
        one["recording_assets"]!.AsArray().Should().ContainSingle().Which!["duration"]!.GetValue<long>().Should().Be(60);
        var (stopAll, _) = await ctx.ErrorAsync(HttpMethod.Post, $"external-streams/room/{room.Id}/stop", "{}");
        stopAll.Should().Be(404);
    }

    [Fact]
    public async Task Starting_in_a_disabled_room_is_403()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("off", enabled: false);
        var (status, body) = await ctx.ErrorAsync(HttpMethod.Post, $"recordings/room/{room.Id}/start", "{}");
        status.Should().Be(403);
        ((string)body["message"]!).Should().Be("Room is disabled");
    }
}
