using FluentAssertions;

namespace HmsSdk.Tests.EndToEnd;

/// <summary>Recordings, recording assets, live streams and external streams, moved through their lifecycles by the fake clock.</summary>
public sealed class JobScenarioTests
{
    [Theory]
    [MemberData(nameof(EndToEndHarness.Transports), MemberType = typeof(EndToEndHarness))]
    public async Task Recording_goes_starting_running_stopping_completed_then_assets_and_a_presigned_url(FakeTransport transport)
    {
        await using var h = await EndToEndHarness.StartAsync(transport);
        var hms = h.Client;
        var room = await hms.Rooms.CreateAsync(new CreateRoomOptions { Name = "recorded" });
        var ana = h.Fake.Peers.Join(room.Id, "Ana", "host");

        var started = await hms.Recordings.StartAsync(room.Id, new StartRecordingOptions { Resolution = new VideoResolution(1920, 1080) });
        started.Status.Should().Be(BeamJobStatus.Starting);
        started.RoomId.Should().Be(room.Id);
        started.SessionId.Should().Be(ana.SessionId);
        started.StartedAt.Should().BeNull();
        started.RecordingAssets.Should().BeNull();

        await FluentActions.Awaiting(() => hms.Recordings.StartAsync(room.Id)).Should().ThrowAsync<HmsConflictException>("one live recording per room");

        h.Time.Advance(TimeSpan.FromSeconds(10));
        var running = await hms.Recordings.GetAsync(started.Id);
        running.Status.Should().Be(BeamJobStatus.Running);
        running.StartedAt.Should().Be(EndToEndHarness.Start.AddSeconds(10));

        var listed = new List<Recording>();
        await foreach (var recording in hms.Recordings.ListAsync(new RecordingListOptions { RoomId = room.Id, Status = BeamJobStatus.Running }))
        {
            listed.Add(recording);
        }

        listed.Should().ContainSingle().Which.Id.Should().Be(started.Id);

        h.Time.Advance(TimeSpan.FromMinutes(2));
        var stopping = await hms.Recordings.StopAsync(started.Id);
        stopping.Status.Should().Be(BeamJobStatus.Stopping);
        stopping.StoppedAt.Should().BeNull();
        h.Fake.Jobs.Get(started.Id).AssetIds.Should().BeEmpty("assets appear after post-processing");

        h.Time.Advance(TimeSpan.FromSeconds(10));
        var completed = await hms.Recordings.GetAsync(started.Id);
        completed.Status.Should().Be(BeamJobStatus.Completed);
        completed.StoppedAt.Should().Be(EndToEndHarness.Start.AddSeconds(140));
        completed.AssetTypes!.Select(t => t.ToString()).Should().BeEquivalentTo(new[] { "room-composite", "chat" });
        completed.RecordingAssets.Should().HaveCount(2);

        var assets = new List<RecordingAsset>();
        await foreach (var asset in hms.RecordingAssets.ListAsync(new RecordingAssetListOptions { RoomId = room.Id }))
        {
            assets.Add(asset);
        }

        assets.Select(a => a.Id).Should().BeEquivalentTo(h.Fake.Jobs.Get(started.Id).AssetIds);
        var composite = assets.Single(a => a.Type == RecordingAssetType.RoomComposite);
        composite.JobId.Should().Be(started.Id);
        composite.Status.ToString().Should().Be("completed");
        composite.Duration.Should().Be(120, "recorded from running (t+10 s) to the stop request (t+130 s)");
        composite.Metadata!.Resolution!.Width.Should().Be(1920);
        composite.Path.Should().EndWith(".mp4");

        var one = await hms.RecordingAssets.GetAsync(composite.Id);
        one.Path.Should().Be(composite.Path);

        var presigned = await hms.RecordingAssets.GetPresignedUrlAsync(composite.Id, TimeSpan.FromMinutes(10));
        presigned.Id.Should().Be(composite.Id);
        presigned.Path.Should().Be(composite.Path);
        presigned.Url.Should().StartWith("https://").And.Contain("X-Amz-Expires=600");
        presigned.ExpiresIn.Should().Be(TimeSpan.FromMinutes(10));
        h.Fake.Requests.Last!.GetQueryValue("presign_duration").Should().Be("600");
    }

    [Theory]
    [MemberData(nameof(EndToEndHarness.Transports), MemberType = typeof(EndToEndHarness))]
    public async Task Live_stream_start_timed_metadata_pause_resume_stop(FakeTransport transport)
    {
        await using var h = await EndToEndHarness.StartAsync(transport);
        var hms = h.Client;
        var room = await hms.Rooms.CreateAsync(new CreateRoomOptions { Name = "broadcast" });
        h.Fake.Peers.Join(room.Id, "Host", "host");

        var stream = await hms.LiveStreams.StartAsync(room.Id, new StartLiveStreamOptions { Recording = new LiveStreamRecordingSettings { HlsVod = true } });
        stream.Status.Should().Be(BeamJobStatus.Starting);
        stream.Recording!.HlsVod.Should().BeTrue();
        stream.Playback!.Url.Should().EndWith("master.m3u8");

        await FluentActions.Awaiting(() => hms.LiveStreams.SendTimedMetadataAsync(stream.Id, new TimedMetadataOptions("too-early", TimeSpan.FromSeconds(5))))
            .Should().ThrowAsync<HmsNotFoundException>("metadata needs a running stream");

        h.Time.Advance(TimeSpan.FromSeconds(10));
        var afterMetadata = await hms.LiveStreams.SendTimedMetadataAsync(stream.Id, new TimedMetadataOptions("{\"q\":1}", TimeSpan.FromSeconds(30)));
        afterMetadata.Status.Should().Be(BeamJobStatus.Running);
        h.Fake.Jobs.Get(stream.Id).TimedMetadataPayloads.Should().Equal("{\"q\":1}");
        ((int?)System.Text.Json.Nodes.JsonNode.Parse(h.Fake.Requests.Last!.Body)!["duration"]).Should().Be(30);

        await hms.LiveStreams.PauseRecordingAsync(stream.Id);
        h.Fake.Jobs.Get(stream.Id).RecordingPaused.Should().BeTrue();
        await FluentActions.Awaiting(() => hms.LiveStreams.PauseRecordingAsync(stream.Id)).Should().ThrowAsync<HmsBadRequestException>();

        await hms.LiveStreams.ResumeRecordingAsync(stream.Id);
        h.Fake.Jobs.Get(stream.Id).RecordingPaused.Should().BeFalse();

        var stopped = await hms.LiveStreams.StopAsync(stream.Id);
        stopped.Status.Should().Be(BeamJobStatus.Stopping);
        h.Time.Advance(TimeSpan.FromSeconds(10));
        var done = await hms.LiveStreams.GetAsync(stream.Id);
        done.Status.Should().Be(BeamJobStatus.Completed);
        done.RecordingAssets.Should().NotBeNullOrEmpty("HLS VOD was requested");

        var stopAll = await FluentActions.Awaiting(() => hms.LiveStreams.StopAllAsync(room.Id)).Should().ThrowAsync<HmsNotFoundException>();
        stopAll.Which.ErrorMessage.Should().Be("hls not running");
    }

    [Theory]
    [MemberData(nameof(EndToEndHarness.Transports), MemberType = typeof(EndToEndHarness))]
    public async Task External_stream_start_then_stop_all(FakeTransport transport)
    {
        await using var h = await EndToEndHarness.StartAsync(transport);
        var hms = h.Client;
        var room = await hms.Rooms.CreateAsync(new CreateRoomOptions { Name = "restream" });

        var stream = await hms.ExternalStreams.StartAsync(room.Id, new StartExternalStreamOptions(new[] { "rtmp://a.example/live/key1", "rtmps://b.example/live/key2" }) { Recording = true });
        stream.Status.Should().Be(BeamJobStatus.Starting);
        stream.RtmpUrls.Should().Equal("rtmp://a.example/live/key1", "rtmps://b.example/live/key2");
        stream.Recording.Should().BeTrue();
        h.Fake.Peers.Connected(room.Id).Should().ContainSingle("the beam bot joined the empty room").Which.Role.Should().Be("__internal_recorder");

        h.Time.Advance(TimeSpan.FromSeconds(15));
        (await hms.ExternalStreams.GetAsync(stream.Id)).Status.Should().Be(BeamJobStatus.Running);

        var result = await hms.ExternalStreams.StopAllAsync(room.Id);
        result.HasError.Should().BeFalse();
        result.Items.Should().ContainSingle().Which.Id.Should().Be(stream.Id);
        result.Items[0].Status.Should().Be(BeamJobStatus.Stopping);

        h.Time.Advance(TimeSpan.FromSeconds(10));
        var done = await hms.ExternalStreams.GetAsync(stream.Id);
        done.Status.Should().Be(BeamJobStatus.Completed);
        done.RecordingAssets.Should().ContainSingle().Which.Type.Should().Be(RecordingAssetType.RoomComposite);
        h.Fake.Peers.Connected(room.Id).Should().BeEmpty("the beam bot leaves when the job completes");

        var again = await FluentActions.Awaiting(() => hms.ExternalStreams.StopAllAsync(room.Id)).Should().ThrowAsync<HmsNotFoundException>();
        again.Which.ErrorMessage.Should().Be("rtmp not running");
    }
}
