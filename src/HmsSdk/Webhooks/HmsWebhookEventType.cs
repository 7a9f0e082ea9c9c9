using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The <c>type</c> of a 100ms webhook event. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<HmsWebhookEventType>))]
public readonly partial struct HmsWebhookEventType
{
    /// <summary><c>session.open.success</c>: a session started.</summary>
    public static HmsWebhookEventType SessionOpenSucceeded { get; } = new("session.open.success");

    /// <summary><c>session.close.success</c>: a session ended.</summary>
    public static HmsWebhookEventType SessionCloseSucceeded { get; } = new("session.close.success");

    /// <summary><c>peer.join.success</c>: a peer joined a room.</summary>
    public static HmsWebhookEventType PeerJoinSucceeded { get; } = new("peer.join.success");

    /// <summary><c>peer.leave.success</c>: a peer left a room.</summary>
    public static HmsWebhookEventType PeerLeaveSucceeded { get; } = new("peer.leave.success");

    /// <summary><c>peer.join.failure</c>: a peer could not join.</summary>
    public static HmsWebhookEventType PeerJoinFailed { get; } = new("peer.join.failure");

    /// <summary><c>peer.leave.failure</c>: a peer leave could not be processed.</summary>
    public static HmsWebhookEventType PeerLeaveFailed { get; } = new("peer.leave.failure");

    /// <summary><c>room.end.success</c>: a room was ended.</summary>
    public static HmsWebhookEventType RoomEndSucceeded { get; } = new("room.end.success");

    /// <summary><c>room.end.failure</c>: ending a room failed.</summary>
    public static HmsWebhookEventType RoomEndFailed { get; } = new("room.end.failure");

    /// <summary><c>role.change.success</c>: a peer's role changed.</summary>
    public static HmsWebhookEventType RoleChangeSucceeded { get; } = new("role.change.success");

    /// <summary><c>role.change.failure</c>: a role change failed.</summary>
    public static HmsWebhookEventType RoleChangeFailed { get; } = new("role.change.failure");

    /// <summary><c>track.recording.started.success</c>: a single track recording started.</summary>
    public static HmsWebhookEventType TrackRecordingStarted { get; } = new("track.recording.started.success");

    /// <summary><c>track.recording.success</c>: a single track recording completed.</summary>
    public static HmsWebhookEventType TrackRecordingSucceeded { get; } = new("track.recording.success");

    /// <summary><c>track.recording.failure</c>: a single track recording failed.</summary>
    public static HmsWebhookEventType TrackRecordingFailed { get; } = new("track.recording.failure");

    /// <summary><c>stream.recording.success</c>: a single stream recording completed.</summary>
    public static HmsWebhookEventType StreamRecordingSucceeded { get; } = new("stream.recording.success");

    /// <summary><c>stream.recording.failure</c>: a single stream recording failed.</summary>
    public static HmsWebhookEventType StreamRecordingFailed { get; } = new("stream.recording.failure");

    /// <summary><c>recording.success</c>: the composed SFU recording was uploaded.</summary>
    public static HmsWebhookEventType RecordingSucceeded { get; } = new("recording.success");

    /// <summary><c>recording.failed</c>: the composed SFU recording failed.</summary>
    public static HmsWebhookEventType RecordingFailed { get; } = new("recording.failed");

    /// <summary><c>beam.started.success</c>: RTMP streaming and/or browser recording started.</summary>
    public static HmsWebhookEventType BeamStarted { get; } = new("beam.started.success");

    /// <summary><c>beam.stopped.success</c>: RTMP streaming and/or browser recording stopped.</summary>
    public static HmsWebhookEventType BeamStopped { get; } = new("beam.stopped.success");

    /// <summary><c>beam.recording.success</c>: a browser recording was uploaded.</summary>
    public static HmsWebhookEventType BeamRecordingSucceeded { get; } = new("beam.recording.success");

    /// <summary><c>beam.failure</c>: RTMP streaming and/or browser recording failed.</summary>
    public static HmsWebhookEventType BeamFailed { get; } = new("beam.failure");

    /// <summary><c>hls.started.success</c>: HLS streaming started.</summary>
    public static HmsWebhookEventType HlsStarted { get; } = new("hls.started.success");

    /// <summary><c>hls.stopped.success</c>: HLS streaming stopped.</summary>
    public static HmsWebhookEventType HlsStopped { get; } = new("hls.stopped.success");

    /// <summary><c>hls.recording.success</c>: an HLS recording was uploaded.</summary>
    public static HmsWebhookEventType HlsRecordingSucceeded { get; } = new("hls.recording.success");

    /// <summary><c>hls.failure</c>: HLS streaming and/or recording failed.</summary>
    public static HmsWebhookEventType HlsFailed { get; } = new("hls.failure");

    /// <summary><c>transcription.started.success</c>: a post-call transcription started.</summary>
    public static HmsWebhookEventType TranscriptionStarted { get; } = new("transcription.started.success");

    /// <summary><c>transcription.success</c>: a transcription finished and its assets were uploaded.</summary>
    public static HmsWebhookEventType TranscriptionSucceeded { get; } = new("transcription.success");

    /// <summary><c>transcription.failure</c>: a transcription failed (the name used on the webhook events page).</summary>
    public static HmsWebhookEventType TranscriptionFailed { get; } = new("transcription.failure");

    /// <summary><c>transcription.failed</c>: a transcription failed (the name the recording start page uses); parsed like <see cref="TranscriptionFailed"/>.</summary>
    public static HmsWebhookEventType TranscriptionFailedAlternate { get; } = new("transcription.failed");

    /// <summary><c>ingest.start.success</c>: RTMP ingestion started.</summary>
    public static HmsWebhookEventType IngestStarted { get; } = new("ingest.start.success");

    /// <summary><c>ingest.end.success</c>: RTMP ingestion ended.</summary>
    public static HmsWebhookEventType IngestEnded { get; } = new("ingest.end.success");

    /// <summary><c>ingest.start.failure</c>: RTMP ingestion failed to start.</summary>
    public static HmsWebhookEventType IngestStartFailed { get; } = new("ingest.start.failure");

    /// <summary><c>ingest.failure</c>: RTMP ingestion failed.</summary>
    public static HmsWebhookEventType IngestFailed { get; } = new("ingest.failure");
}
