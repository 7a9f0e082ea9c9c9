using FluentAssertions;
using HmsSdk.Webhooks;
using Xunit;
using static HmsSdk.Tests.Webhooks.WebhookFixtures;

namespace HmsSdk.Tests.Webhooks;

public class WebhookEventFieldTests
{
    private const string SessionStart = "2025-03-04T09:14:58.102Z";
    private const string SessionStop = "2025-03-04T10:02:11.7305160Z";

    [Fact]
    public void Session_open()
    {
        var evt = Parse<SessionOpenSucceededEvent>("session.open.success");

        evt.Type.Should().Be(HmsWebhookEventType.SessionOpenSucceeded);
        evt.AppId.Should().Be(AppId);
        evt.Data.RoomId.Should().Be(RoomId);
        evt.Data.RoomName.Should().Be(RoomName);
        evt.Data.SessionId.Should().Be(SessionId);
        evt.Data.TemplateId.Should().Be(TemplateId);
        evt.Data.SessionStartedAt.Should().Be(Utc(SessionStart));
        evt.Data.SessionDuration.Should().BeNull();
        evt.Data.SessionStoppedAt.Should().BeNull();
    }

    [Fact]
    public void Session_close_reads_nine_fractional_digits()
    {
        var evt = Parse<SessionCloseSucceededEvent>("session.close.success");

        evt.Timestamp.Should().Be(Utc("2025-03-04T10:02:11Z"));
        evt.Data.SessionDuration.Should().Be(2833);
        evt.Data.SessionStoppedAt.Should().Be(Utc(SessionStop));
        evt.Data.SessionStartedAt.Should().Be(Utc(SessionStart));
    }

    [Fact]
    public void Peer_join()
    {
        var evt = Parse<PeerJoinSucceededEvent>("peer.join.success");

        evt.Data.PeerId.Should().Be(PeerId);
        evt.Data.UserId.Should().Be(UserId);
        evt.Data.UserName.Should().Be("Ada Lovelace");
        evt.Data.UserData.Should().Be("{\"isHandRaised\":false}");
        evt.Data.Role.Should().Be("host");
        evt.Data.SessionId.Should().Be(SessionId);
        evt.Data.JoinedAt.Should().Be(Utc("2025-03-04T09:15:02.4187349Z"));
        evt.Data.SessionStartedAt.Should().Be(Utc(SessionStart));
        evt.Data.PeerType.Should().Be(WebhookPeerType.Regular);
        evt.Data.ErrorMessage.Should().BeNull();
    }

    [Fact]
    public void Peer_leave()
    {
        var evt = Parse<PeerLeaveSucceededEvent>("peer.leave.success");

        evt.Data.PeerId.Should().Be(PeerId);
        evt.Data.LeftAt.Should().Be(Utc("2025-03-04T09:58:40.5Z"));
        evt.Data.Duration.Should().Be(2618);
        evt.Data.Reason.Should().Be(PeerLeaveReason.PeerKicked);
        evt.Data.Message.Should().Be("removed by moderator");
        evt.Data.JoinedAt.Should().Be(Utc("2025-03-04T09:15:02.4187349Z"));
    }

    [Fact]
    public void Peer_join_failure_has_zero_joined_at_and_sip_type()
    {
        var evt = Parse<PeerJoinFailedEvent>("peer.join.failure");

        evt.Data.ErrorMessage.Should().Be("role not allowed");
        evt.Data.PeerType.Should().Be(WebhookPeerType.Sip);
        evt.Data.JoinedAt.Should().Be(DateTimeOffset.MinValue);
        evt.Data.SessionId.Should().BeNull();
        evt.Data.RoomName.Should().Be(RoomName);
    }

    [Fact]
    public void Peer_leave_failure()
    {
        var evt = Parse<PeerLeaveFailedEvent>("peer.leave.failure");

        evt.Data.ErrorMessage.Should().Be("peer not joined");
        evt.Data.Duration.Should().Be(0);
        evt.Data.LeftAt.Should().Be(DateTimeOffset.MinValue);
        evt.Data.Reason.Should().BeNull();
    }

    [Fact]
    public void Room_end()
    {
        var evt = Parse<RoomEndSucceededEvent>("room.end.success");

        evt.Data.LockRoom.Should().BeTrue();
        evt.Data.Reason.Should().Be("meeting over");
        evt.Data.Source.Should().Be("peer");
        evt.Data.PeerId.Should().Be(PeerId);
        evt.Data.Role.Should().Be("host");
        evt.Data.SessionStartedAt.Should().Be(Utc(SessionStart));
        evt.Data.ErrorCode.Should().BeNull();
    }

    [Fact]
    public void Room_end_failure()
    {
        var evt = Parse<RoomEndFailedEvent>("room.end.failure");

        evt.Data.LockRoom.Should().BeFalse();
        evt.Data.Source.Should().Be("api");
        evt.Data.ErrorMessage.Should().Be("session not found");
        evt.Data.ErrorCode.Should().Be(404);
    }

    [Fact]
    public void Role_change()
    {
        var evt = Parse<RoleChangeSucceededEvent>("role.change.success");

        evt.Data.PreviousRole.Should().Be("viewer");
        evt.Data.Role.Should().Be("speaker");
        evt.Data.RoleChangedAt.Should().Be(Utc("2025-03-04T09:30:12.25Z"));
        evt.Data.RoleChangeRequestedBy.Should().Be("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
        evt.Data.UserData.Should().BeEmpty();
    }

    [Fact]
    public void Role_change_failure()
    {
        var evt = Parse<RoleChangeFailedEvent>("role.change.failure");

        evt.Data.Role.Should().Be("host");
        evt.Data.ErrorMessage.Should().Be("role limit reached");
        evt.Data.PreviousRole.Should().BeNull();
        evt.Data.RoleChangeRequestedBy.Should().BeNull();
    }

    [Fact]
    public void Track_recording_started()
    {
        var evt = Parse<TrackRecordingStartedEvent>("track.recording.started.success");

        evt.Data.RoomId.Should().Be(RoomId);
        evt.Data.SessionId.Should().Be(SessionId);
        evt.Data.PeerId.Should().Be(PeerId);
        evt.Data.StreamId.Should().Be(StreamId);
        evt.Data.TrackId.Should().Be(TrackId);
        evt.Data.TrackType.Should().Be(WebhookTrackType.Video);
        evt.Timestamp.Should().Be(Utc("2025-03-04T09:15:05Z"));
    }

    [Fact]
    public void Track_recording_reads_size_and_duration_sent_as_strings()
    {
        var evt = Parse<TrackRecordingSucceededEvent>("track.recording.success");

        evt.Data.TrackType.Should().Be(WebhookTrackType.Audio);
        evt.Data.Size.Should().Be(48213377);
        evt.Data.Duration.Should().Be(2611);
        evt.Data.RecordingId.Should().Be("6650e0f1e8a7b2f3a1c9d1b0");
        evt.Data.RecordingPath.Should().Be("s3://acme-recordings/track/6650e0f1/audio.webm");
        evt.Data.RecordingPresignedUrl.Should().StartWith("https://acme-recordings.s3.amazonaws.com/track/");
    }

    [Fact]
    public void Track_recording_failure_reads_size_and_duration_sent_as_numbers()
    {
        var evt = Parse<TrackRecordingFailedEvent>("track.recording.failure");

        evt.Data.Size.Should().Be(1024);
        evt.Data.Duration.Should().Be(1.5);
        evt.Data.ErrorMessage.Should().Be("INTERNAL_ERROR");
        evt.Data.RecordingPresignedUrl.Should().BeNull();
    }

    [Fact]
    public void Stream_recording()
    {
        var evt = Parse<StreamRecordingSucceededEvent>("stream.recording.success");

        evt.Data.UserId.Should().Be(UserId);
        evt.Data.Size.Should().Be(731002846);
        evt.Data.Duration.Should().Be(2604.5);
        evt.Data.StreamType.Should().Be(WebhookStreamType.Screen);
        evt.Data.RecordingId.Should().Be("6650e0f1e8a7b2f3a1c9d1c0");
        evt.Data.RecordingPath.Should().EndWith("regular.mp4");
        evt.Data.RecordingPresignedUrl.Should().Contain("X-Amz-Signature=def456");
    }

    [Fact]
    public void Stream_recording_failure_reads_the_sample_key_type()
    {
        var evt = Parse<StreamRecordingFailedEvent>("stream.recording.failure");

        evt.Data.Size.Should().Be(2298);
        evt.Data.Duration.Should().Be(1);
        evt.Data.Type.Should().Be(WebhookStreamType.Audio);
        evt.Data.StreamType.Should().BeNull();
        evt.Data.ErrorMessage.Should().Be("INTERNAL_ERROR");
    }

    [Fact]
    public void Sfu_recording()
    {
        var evt = Parse<RecordingSucceededEvent>("recording.success");

        evt.Version.Should().Be("1.0");
        evt.Data.Duration.Should().Be(2833);
        evt.Data.Size.Should().Be(913370011);
        evt.Data.Location.Should().Be("s3://acme-recordings/sfu/6650d1c4.mp4");
        evt.Data.Url.Should().Be("https://acme-recordings.s3.amazonaws.com/sfu/6650d1c4.mp4");
        evt.Data.RecordingPath.Should().Be("s3://acme-recordings/sfu/6650d1c4.mp4");
        evt.Data.RecordingPresignedUrl.Should().EndWith("X-Amz-Signature=0a1b");
        evt.Data.ChatRecordingPath.Should().EndWith("-chat.csv");
        evt.Data.ChatRecordingPresignedUrl.Should().EndWith("X-Amz-Signature=2c3d");
        evt.Data.SessionStoppedAt.Should().Be(Utc(SessionStop));
    }

    [Fact]
    public void Sfu_recording_failure()
    {
        var evt = Parse<RecordingFailedEvent>("recording.failed");

        evt.Data.ErrorType.Should().Be(RecordingErrorType.CloudAccessError);
        evt.Data.Error.Should().StartWith("Error accessing cloud bucket");
        evt.Data.SessionStartedAt.Should().Be(Utc(SessionStart));
    }

    [Fact]
    public void Beam_started()
    {
        var evt = Parse<BeamStartedEvent>("beam.started.success");

        evt.AppId.Should().BeNull("beam samples carry no app_id");
        evt.Data.BeamId.Should().Be(BeamId);
        evt.Data.JobId.Should().Be(JobId);
        evt.Data.RecordingEnabled.Should().BeTrue();
        evt.Data.MetadataId.Should().Be(MetadataId);
        evt.Data.MetadataTimestamp.Should().Be(Utc("2025-03-04T09:20:00.4007590Z"));
        evt.Data.StartDelay.Should().Be(9);
        evt.Data.StateName.Should().Be("Started");
        evt.Data.StateTimestamp.Should().Be(Utc("2025-03-04T09:20:01Z"));
        evt.Data.MaxWidth.Should().Be(1920);
        evt.Data.MaxHeight.Should().Be(1080);
        evt.Data.MeetingUrl.Should().StartWith("https://acme.app.100ms.live/preview/");
        evt.Data.Rtmp.Should().HaveCount(2);
        evt.Data.Rtmp![0].Url.Should().Be("rtmp://a.rtmp.youtube.com/live2/xxxx-yyyy");
    }

    [Fact]
    public void Beam_stopped_with_a_failure_reason()
    {
        var evt = Parse<BeamStoppedEvent>("beam.stopped.success");

        evt.Data.Duration.Should().Be(2499);
        evt.Data.Reason.Should().Be(new StreamStopReason("failure: MAX_RETRIES_REACHED"));
        evt.Data.StartDelay.Should().BeNull();
        evt.Data.StateName.Should().Be("Stopped");
    }

    [Fact]
    public void Beam_recording()
    {
        var evt = Parse<BeamRecordingSucceededEvent>("beam.recording.success");

        evt.Data.CreatedAt.Should().Be(Utc("2025-03-04T10:03:14.6724936Z"));
        evt.Data.StartedAt.Should().Be(Utc("2025-03-04T09:20:01.051Z"));
        evt.Data.StoppedAt.Should().Be(Utc("2025-03-04T10:01:39.778Z"));
        evt.Data.Duration.Should().Be(2497);
        evt.Data.Size.Should().Be(402112233);
        evt.Data.RecordingId.Should().Be("6650e3a4e8a7b2f3a1c9d2d0");
        evt.Data.Location.Should().EndWith("old.mp4");
        evt.Data.ChatRecordingPresignedUrl.Should().EndWith("X-Amz-Signature=6a7b");
        evt.Data.Rtmp.Should().BeEmpty();
    }

    [Fact]
    public void Beam_failure()
    {
        var evt = Parse<BeamFailedEvent>("beam.failure");

        evt.Data.ErrorType.Should().Be(StreamErrorType.UploadError);
        evt.Data.ErrorCode.Should().Be(1);
        evt.Data.ErrorMessage.Should().StartWith("Failed to upload recordings");
        evt.Data.Duration.Should().Be(56);
        evt.Data.StateName.Should().Be("Failed");
    }

    [Fact]
    public void Hls_started()
    {
        var evt = Parse<HlsStartedEvent>("hls.started.success");

        evt.Data.RecordingSingleFilePerLayerEnabled.Should().BeTrue();
        evt.Data.RecordingVodPlaylistEnabled.Should().BeFalse();
        evt.Data.Url.Should().Be("https://cdn.100ms.live/beam/6650d2a0/master.m3u8");
        evt.Data.StartedAt.Should().Be(Utc("2025-03-04T09:21:02.25Z"));
        evt.Data.StartDelay.Should().Be(11);
        evt.Data.StateName.Should().Be("HLSStarted");
    }

    [Fact]
    public void Hls_stopped()
    {
        var evt = Parse<HlsStoppedEvent>("hls.stopped.success");

        evt.Data.Reason.Should().Be(StreamStopReason.LastPeerLeft);
        evt.Data.Duration.Should().Be(2388);
        evt.Data.StoppedAt.Should().Be(Utc("2025-03-04T10:01:50.5Z"));
        evt.Data.LiveTranscriptionEnabled.Should().BeTrue();
    }

    [Fact]
    public void Hls_recording_with_single_files_and_thumbnails()
    {
        var evt = Parse<HlsRecordingSucceededEvent>("hls.recording.success");

        evt.Data.HlsVodRecordingPath.Should().Be("s3://acme-recordings/hls/6650d2a0/vod.m3u8");
        evt.Data.HlsVodRecordingPresignedUrl.Should().Be("https://cdn.100ms.live/vod/6650d2a0/vod.m3u8");
        evt.Data.HlsVodRecordingSize.Should().Be(1203344556);
        evt.Data.RecordingCreatedAt.Should().Be(Utc("2025-03-04T10:05:58.6724936Z"));
        evt.Data.RecordingHlsVodPlaylistLocation.Should().EndWith("vod.zip");
        evt.Data.RecordingSingleFiles.Should().HaveCount(2);
        var top = evt.Data.RecordingSingleFiles![0];
        top.Layer.Should().Be("0");
        top.AssetId.Should().Be("6650e4b5e8a7b2f3a1c9d3e1");
        top.Size.Should().Be(900112233);
        top.Width.Should().Be(1280);
        top.Height.Should().Be(720);
        top.RecordingPath.Should().EndWith("layer0.mp4");
        var thumbnail = evt.Data.RecordingThumbnails.Should().ContainSingle().Subject;
        thumbnail.Offset.Should().Be(60);
        thumbnail.Location.Should().EndWith("thumb-60.png");
        thumbnail.Url.Should().Contain("sig=4");
    }

    [Fact]
    public void Hls_failure()
    {
        var evt = Parse<HlsFailedEvent>("hls.failure");

        evt.Data.ErrorType.Should().Be(StreamErrorType.MaxRetriesReached);
        evt.Data.ErrorMessage.Should().Contain("after 5 retries");
        evt.Data.StateName.Should().Be("HLSFailed");
        evt.Data.Url.Should().BeNull();
    }

    [Fact]
    public void Transcription_started()
    {
        var evt = Parse<TranscriptionStartedEvent>("transcription.started.success");

        evt.Data.AccountId.Should().Be(AccountId);
        evt.Data.AppId.Should().Be(AppId);
        evt.Data.TranscriptionId.Should().Be("6650e5c6e8a7b2f3a1c9d4f0");
        evt.Data.RecordingId.Should().Be("6650e0f1e8a7b2f3a1c9d1d0");
        evt.Data.Duration.Should().Be(2833);
        evt.Data.SummaryJsonAssetId.Should().Be("6650e5c6e8a7b2f3a1c9d4f1");
        evt.Data.TranscriptTxtAssetId.Should().Be("6650e5c6e8a7b2f3a1c9d4f4");
        evt.Data.TranscriptSrtPath.Should().BeNull();
        evt.Data.MetadataTimestamp.Should().Be(Utc("2025-03-04T10:13:00.9866372Z"));
    }

    [Fact]
    public void Transcription_success()
    {
        var evt = Parse<TranscriptionSucceededEvent>("transcription.success");

        evt.Data.SummaryJsonPath.Should().Be("s3://acme-recordings/transcripts/6650e5c6/summary_json.json");
        evt.Data.SummaryJsonPresignedUrl.Should().EndWith("summary_json.json?sig=5");
        evt.Data.TranscriptJsonPath.Should().EndWith("transcript_json.json");
        evt.Data.TranscriptSrtPath.Should().EndWith("transcript_srt.srt");
        evt.Data.TranscriptSrtPresignedUrl.Should().EndWith("transcript_srt.srt?sig=5");
        evt.Data.TranscriptTxtPath.Should().EndWith("transcript_txt.txt");
        evt.Data.TranscriptTxtPresignedUrl.Should().EndWith("transcript_txt.txt?sig=5");
        evt.Data.TranscriptJsonPresignedUrl.Should().EndWith("transcript_json.json?sig=5");
    }

    [Fact]
    public void Transcription_failure_keeps_partial_assets()
    {
        var evt = Parse<TranscriptionFailedEvent>("transcription.failure");

        evt.Data.SummaryJsonAssetId.Should().BeNull();
        evt.Data.SummaryJsonPath.Should().BeNull();
        evt.Data.TranscriptTxtPath.Should().EndWith("transcript_txt.txt");
    }

    [Fact]
    public void Transcription_failed_alternate_name_parses_as_the_failure_event()
    {
        var json = Read("transcription.failure").Replace("\"transcription.failure\"", "\"transcription.failed\"", StringComparison.Ordinal);

        var evt = HmsWebhook.Parse(json);

        evt.Should().BeOfType<TranscriptionFailedEvent>();
        evt.Type.Should().Be(HmsWebhookEventType.TranscriptionFailedAlternate);
    }

    [Fact]
    public void Ingest_started()
    {
        var evt = Parse<IngestStartedEvent>("ingest.start.success");

        evt.Data.IngestId.Should().Be("6650e6d7e8a7b2f3a1c9d5a0");
        evt.Data.StreamId.Should().Be("6650e6d7e8a7b2f3a1c9d5a1");
        evt.Data.StartedAt.Should().Be(Utc("2025-03-04T11:00:05Z"));
        evt.Data.TemplateId.Should().Be(TemplateId);
    }

    [Fact]
    public void Ingest_ended()
    {
        var evt = Parse<IngestEndedEvent>("ingest.end.success");

        evt.Data.CompletedAt.Should().Be(Utc("2025-03-04T11:31:47Z"));
        evt.Data.LastDisconnectedAt.Should().Be(Utc("2025-03-04T11:30:47Z"));
        evt.Data.Duration.Should().Be(1902);
        evt.Data.Reason.Should().Be(IngestEndReason.ReconnectionWindowExpired);
    }

    [Fact]
    public void Ingest_start_failure()
    {
        var evt = Parse<IngestStartFailedEvent>("ingest.start.failure");

        evt.Data.ErrorMessage.Should().Be("stream key disabled");
        evt.Data.RoomId.Should().Be(RoomId);
        evt.Data.IngestId.Should().BeNull();
    }

    [Fact]
    public void Ingest_failure()
    {
        var evt = Parse<IngestFailedEvent>("ingest.failure");

        evt.Data.ErrorMessage.Should().Be("internal error");
        evt.Data.IngestId.Should().Be("6650e6d7e8a7b2f3a1c9d5a0");
    }
}
