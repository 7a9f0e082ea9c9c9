using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Analytics;

public class WebhookReplayAndPeerStatsTests
{
    [Fact]
    public async Task ReplayWebhooksAsync_posts_the_filters_as_json_and_reads_the_workflow()
    {
        using var wire = new WireApi();
        wire.Respond("POST", "/v2/analytics/webhooks/replay", """
            {
              "workflow_id": "wf-123",
              "status": "already_running",
              "message": "an identical replay is already running",
              "filters": {
                "start_time": "2024-03-20T00:00:00Z", "end_time": "2024-03-21T00:00:00.000Z", "room_id": "room-1",
                "event_types": ["recording.success", "peer.join.success"], "limit": 1000, "offset": 2000, "status": "failed"
              },
              "estimated_events": 1000
            }
            """);

        var options = new WebhookReplayOptions
        {
            StartTime = new DateTimeOffset(2024, 3, 20, 0, 0, 0, TimeSpan.Zero),
            EndTime = new DateTimeOffset(2024, 3, 21, 2, 0, 0, TimeSpan.FromHours(2)),
            RoomId = "room-1",
            EventNames = new List<string> { "recording.success", "peer.join.success" },
            Limit = 1000,
            Offset = 2000,
            Status = WebhookDeliveryStatus.Failed,
        };
        var result = await wire.Client.Analytics.ReplayWebhooksAsync(options);

        var entry = wire.Entries.Should().ContainSingle().Subject;
        entry.RequestMessage.Method.Should().Be("POST");
        entry.RequestMessage.Path.Should().Be("/v2/analytics/webhooks/replay");
        WireApi.Query(entry).Should().BeEmpty();
        WireApi.JsonEquals(entry.RequestMessage.Body, """
            {
              "start_time": "2024-03-20T00:00:00.000Z", "end_time": "2024-03-21T00:00:00.000Z", "room_id": "room-1",
              "event_names": ["recording.success", "peer.join.success"], "limit": 1000, "offset": 2000, "status": "failed"
            }
            """).Should().BeTrue(entry.RequestMessage.Body);

        result.WorkflowId.Should().Be("wf-123");
        result.Status.Should().Be(WebhookReplayStartStatus.AlreadyRunning);
        result.Message.Should().Be("an identical replay is already running");
        result.AdditionalProperties!["estimated_events"].GetInt32().Should().Be(1000);
        var filters = result.Filters!;
        filters.StartTime.Should().Be(new DateTimeOffset(2024, 3, 20, 0, 0, 0, TimeSpan.Zero));
        filters.EndTime.Should().Be(new DateTimeOffset(2024, 3, 21, 0, 0, 0, TimeSpan.Zero));
        filters.RoomId.Should().Be("room-1");
        filters.EventTypes.Should().Equal("recording.success", "peer.join.success");
        filters.Limit.Should().Be(1000);
        filters.Offset.Should().Be(2000);
        filters.AdditionalProperties!["status"].GetString().Should().Be("failed");
    }

    [Fact]
    public async Task ReplayWebhooksAsync_without_options_posts_an_empty_object_and_keeps_an_unknown_status()
    {
        using var wire = new WireApi();
        wire.Respond("POST", "/v2/analytics/webhooks/replay", """{"workflow_id":"wf-9","status":"queued","message":"ok"}""");

        var result = await wire.Client.Analytics.ReplayWebhooksAsync();

        WireApi.JsonEquals(wire.Entries.Should().ContainSingle().Subject.RequestMessage.Body, "{}").Should().BeTrue();
        result.Status.ToString().Should().Be("queued");
        result.Status.Should().NotBe(WebhookReplayStartStatus.Started);
        result.Filters.Should().BeNull();
    }

    [Fact]
    public async Task ReplayWebhooksAsync_does_not_change_the_callers_options()
    {
        using var offline = new OfflineAnalytics();
        offline.Handler.Enqueue(200, """{"workflow_id":"wf-1","status":"started"}""");
        var names = new List<string> { "recording.success" };
        var options = new WebhookReplayOptions { EventNames = names, Limit = 10 };

        await offline.Analytics.ReplayWebhooksAsync(options);

        options.EventNames.Should().BeSameAs(names).And.Equal("recording.success");
        options.Limit.Should().Be(10);
        options.Offset.Should().BeNull();
        options.Status.Should().BeNull();
    }

    [Fact]
    public async Task GetWebhookReplayStatusAsync_reads_status_progress_and_result()
    {
        using var wire = new WireApi();
        wire.Respond("GET", "/v2/analytics/webhooks/replay/wf-123", """
            {
              "workflow_id": "wf-123",
              "status": "COMPLETED_WITH_FAILURES",
              "started_at": "2024-03-21T00:00:00.123456789Z",
              "completed_at": "2024-03-21T00:05:00Z",
              "filters": {"start_time": "2024-03-20T00:00:00Z", "end_time": "2024-03-21T00:00:00Z", "room_id": "room-1",
                          "event_types": ["recording.success"], "limit": 50000, "offset": 0},
              "progress": {"total": 10, "completed": 8, "failed": 2, "rate_per_second": 10},
              "result": {"total": 10, "completed": 8, "failed": 2,
                         "failed_events": ["wh-7", "wh-9"],
                         "duration_ms": 300000},
              "attempt": 1
            }
            """);

        var workflow = await wire.Client.Analytics.GetWebhookReplayStatusAsync("wf-123");

        var entry = wire.Entries.Should().ContainSingle().Subject;
        entry.RequestMessage.Method.Should().Be("GET");
        entry.RequestMessage.Path.Should().Be("/v2/analytics/webhooks/replay/wf-123");
        WireApi.Query(entry).Should().BeEmpty();

        workflow.WorkflowId.Should().Be("wf-123");
        workflow.Status.Should().Be(WebhookReplayWorkflowStatus.CompletedWithFailures, "statuses compare case-insensitively");
        workflow.Status.ToString().Should().Be("COMPLETED_WITH_FAILURES");
        workflow.Status.IsFinished.Should().BeTrue();
        workflow.StartedAt.Should().Be(new DateTimeOffset(2024, 3, 21, 0, 0, 0, TimeSpan.Zero).AddTicks(1234567));
        workflow.CompletedAt.Should().Be(new DateTimeOffset(2024, 3, 21, 0, 5, 0, TimeSpan.Zero));
        workflow.Filters!.EventTypes.Should().Equal("recording.success");
        workflow.Filters.Limit.Should().Be(50000);
        workflow.Filters.Offset.Should().Be(0);
        workflow.Progress!.Total.Should().Be(10);
        workflow.Progress.Completed.Should().Be(8);
        workflow.Progress.Failed.Should().Be(2);
        workflow.Progress.AdditionalProperties!["rate_per_second"].GetInt32().Should().Be(10);
        workflow.Result!.Total.Should().Be(10);
        workflow.Result.Completed.Should().Be(8);
        workflow.Result.Failed.Should().Be(2);
        workflow.Result.FailedEvents.Should().Equal("wh-7", "wh-9");
        workflow.Result.AdditionalProperties!["duration_ms"].GetInt32().Should().Be(300000);
        workflow.AdditionalProperties!["attempt"].GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task GetWebhookReplayStatusAsync_escapes_the_workflow_id_as_one_segment()
    {
        using var offline = new OfflineAnalytics();
        offline.Handler.Enqueue(200, """{"workflow_id":"a/b?c","status":"Running","completed_at":""}""");

        var workflow = await offline.Analytics.GetWebhookReplayStatusAsync("a/b?c");

        offline.Handler.Requests.Should().ContainSingle().Which.PathAndQuery.Should().Be("/v2/analytics/webhooks/replay/a%2Fb%3Fc");
        workflow.Status.Should().Be(WebhookReplayWorkflowStatus.Running);
        workflow.Status.IsFinished.Should().BeFalse();
        workflow.CompletedAt.Should().BeNull();
    }

    [Theory]
    [InlineData("Running", false)]
    [InlineData("running", false)]
    [InlineData("completed", true)]
    [InlineData("Completed_With_Failures", true)]
    [InlineData("failed", true)]
    [InlineData("canceled", true)]
    [InlineData("TERMINATED", true)]
    [InlineData("Paused", false)]
    public void Replay_workflow_status_reports_whether_it_is_finished(string raw, bool finished)
    {
        WebhookReplayWorkflowStatus status = raw;

        status.IsFinished.Should().Be(finished);
        status.ToString().Should().Be(raw);
    }

    [Fact]
    public async Task GetPeerStatsAsync_sends_both_ids_and_reads_every_series()
    {
        using var wire = new WireApi();
        wire.Respond("GET", "/v2/analytics/peer-stats", """
            {
              "peer_id": "peer-1", "session_id": "sess-1", "room_id": "room-1",
              "publisher": {
                "video": [
                  {"track_id": "tv-1", "type": "regular", "rid": "h",
                   "time_series": {"timestamps": [1711081450000, 1711081460000], "bitrate": [1500000, 1480000.5], "fps": [30, 29.5],
                                   "packet_loss_percent": [0, 0.25], "rtt_ms": [40, 42], "nack_count": [0, 1]}},
                  {"track_id": "tv-2", "type": "screen", "rid": null,
                   "time_series": {"timestamps": [1711081450000], "bitrate": [800000], "fps": [5], "packet_loss_percent": [0], "rtt_ms": [41]}}
                ],
                "audio": [
                  {"track_id": "ta-1",
                   "time_series": {"timestamps": [1711081450000], "bitrate": [32000], "packet_loss_percent": [0.1], "rtt_ms": [40], "jitter_ms": [3.5]}}
                ]
              },
              "subscriber": {
                "video": [
                  {"track_id": "tv-9", "type": "hologram",
                   "time_series": {"timestamps": [1711081450000, 1711081460000, 1711081470000], "bitrate": [600000, null, 580000],
                                   "fps": [24, 0, 25], "freeze_count": [0, 2, 0]}}
                ],
                "audio": [
                  {"track_id": "ta-9",
                   "time_series": {"timestamps": [1711081450000], "bitrate": [30000], "concealed_samples": [120], "packet_loss_percent": [1.5]}}
                ]
              },
              "quality_score": 4.2
            }
            """);

        var stats = await wire.Client.Analytics.GetPeerStatsAsync("peer-1", "sess 1");

        var entry = wire.Entries.Should().ContainSingle().Subject;
        entry.RequestMessage.Method.Should().Be("GET");
        entry.RequestMessage.Path.Should().Be("/v2/analytics/peer-stats");
        WireApi.Query(entry).Should().Be("peer_id=peer-1&session_id=sess%201");

        stats.PeerId.Should().Be("peer-1");
        stats.SessionId.Should().Be("sess-1");
        stats.RoomId.Should().Be("room-1");
        stats.AdditionalProperties!["quality_score"].GetDouble().Should().Be(4.2);

        var camera = stats.Publisher!.Video![0];
        camera.TrackId.Should().Be("tv-1");
        camera.Type.Should().Be(AnalyticsTrackSource.Regular);
        camera.Rid.Should().Be("h");
        camera.TimeSeries!.Timestamps.Should().Equal(1711081450000L, 1711081460000L);
        camera.TimeSeries.GetSampleTimes().Should().Equal(
            new DateTimeOffset(2024, 3, 22, 4, 24, 10, TimeSpan.Zero), new DateTimeOffset(2024, 3, 22, 4, 24, 20, TimeSpan.Zero));
        camera.TimeSeries.Bitrate.Should().Equal(1500000, 1480000.5);
        camera.TimeSeries.Fps.Should().Equal(30, 29.5);
        camera.TimeSeries.PacketLossPercent.Should().Equal(0, 0.25);
        camera.TimeSeries.RttMs.Should().Equal(40, 42);
        camera.TimeSeries.AdditionalProperties.Should().ContainKey("nack_count");
        var screen = stats.Publisher.Video[1];
        screen.Type.Should().Be(AnalyticsTrackSource.Screen);
        screen.Rid.Should().BeNull();

        var mic = stats.Publisher.Audio.Should().ContainSingle().Subject;
        mic.TrackId.Should().Be("ta-1");
        mic.TimeSeries!.Bitrate.Should().Equal(32000);
        mic.TimeSeries.PacketLossPercent.Should().Equal(0.1);
        mic.TimeSeries.RttMs.Should().Equal(40);
        mic.TimeSeries.JitterMs.Should().Equal(3.5);
        mic.TimeSeries.GetSampleTimes().Should().Equal(new DateTimeOffset(2024, 3, 22, 4, 24, 10, TimeSpan.Zero));

        var remoteVideo = stats.Subscriber!.Video.Should().ContainSingle().Subject;
        remoteVideo.TrackId.Should().Be("tv-9");
        remoteVideo.Type!.Value.ToString().Should().Be("hologram");
        remoteVideo.TimeSeries!.Bitrate.Should().Equal(600000, null, 580000);
        remoteVideo.TimeSeries.Fps.Should().Equal(24, 0, 25);
        remoteVideo.TimeSeries.FreezeCount.Should().Equal(0, 2, 0);
        remoteVideo.TimeSeries.GetSampleTimes().Should().HaveCount(3);

        var remoteAudio = stats.Subscriber.Audio.Should().ContainSingle().Subject;
        remoteAudio.TrackId.Should().Be("ta-9");
        remoteAudio.TimeSeries!.Bitrate.Should().Equal(30000);
        remoteAudio.TimeSeries.ConcealedSamples.Should().Equal(120);
        remoteAudio.TimeSeries.PacketLossPercent.Should().Equal(1.5);
    }

    [Fact]
    public void Sample_times_are_empty_without_timestamps()
    {
        new SubscriberAudioTimeSeries().GetSampleTimes().Should().BeEmpty();
        new PublisherVideoTimeSeries { Timestamps = Array.Empty<long>() }.GetSampleTimes().Should().BeEmpty();
    }
}
