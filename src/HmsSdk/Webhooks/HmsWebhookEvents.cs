namespace HmsSdk.Webhooks;

/// <summary><c>session.open.success</c>: A session opened.</summary>
public sealed class SessionOpenSucceededEvent : HmsWebhookEvent<SessionWebhookData>
{
}

/// <summary><c>session.close.success</c>: A session closed.</summary>
public sealed class SessionCloseSucceededEvent : HmsWebhookEvent<SessionWebhookData>
{
}

/// <summary><c>peer.join.success</c>: A peer joined a room.</summary>
public sealed class PeerJoinSucceededEvent : HmsWebhookEvent<PeerJoinData>
{
}

/// <summary><c>peer.leave.success</c>: A peer left a room.</summary>
public sealed class PeerLeaveSucceededEvent : HmsWebhookEvent<PeerLeaveData>
{
}

/// <summary><c>peer.join.failure</c>: A peer failed to join a room.</summary>
public sealed class PeerJoinFailedEvent : HmsWebhookEvent<PeerJoinData>
{
}

/// <summary><c>peer.leave.failure</c>: A peer leave could not be processed.</summary>
public sealed class PeerLeaveFailedEvent : HmsWebhookEvent<PeerLeaveData>
{
}

/// <summary><c>room.end.success</c>: A room was ended.</summary>
public sealed class RoomEndSucceededEvent : HmsWebhookEvent<RoomEndData>
{
}

/// <summary><c>room.end.failure</c>: Ending a room failed.</summary>
public sealed class RoomEndFailedEvent : HmsWebhookEvent<RoomEndData>
{
}

/// <summary><c>role.change.success</c>: A peer's role changed.</summary>
public sealed class RoleChangeSucceededEvent : HmsWebhookEvent<RoleChangeData>
{
}

/// <summary><c>role.change.failure</c>: A peer's role change failed.</summary>
public sealed class RoleChangeFailedEvent : HmsWebhookEvent<RoleChangeData>
{
}

/// <summary><c>track.recording.started.success</c>: A single-track recording started.</summary>
public sealed class TrackRecordingStartedEvent : HmsWebhookEvent<TrackRecordingData>
{
}

/// <summary><c>track.recording.success</c>: A single-track recording completed.</summary>
public sealed class TrackRecordingSucceededEvent : HmsWebhookEvent<TrackRecordingData>
{
}

/// <summary><c>track.recording.failure</c>: A single-track recording failed.</summary>
public sealed class TrackRecordingFailedEvent : HmsWebhookEvent<TrackRecordingData>
{
}

/// <summary><c>stream.recording.success</c>: A single-stream recording completed.</summary>
public sealed class StreamRecordingSucceededEvent : HmsWebhookEvent<StreamRecordingData>
{
}

/// <summary><c>stream.recording.failure</c>: A single-stream recording failed.</summary>
public sealed class StreamRecordingFailedEvent : HmsWebhookEvent<StreamRecordingData>
{
}

/// <summary><c>recording.success</c>: The composed SFU recording was uploaded.</summary>
public sealed class RecordingSucceededEvent : HmsWebhookEvent<SfuRecordingData>
{
}

/// <summary><c>recording.failed</c>: The composed SFU recording failed.</summary>
public sealed class RecordingFailedEvent : HmsWebhookEvent<SfuRecordingData>
{
}

/// <summary><c>beam.started.success</c>: RTMP streaming and/or browser recording started.</summary>
public sealed class BeamStartedEvent : HmsWebhookEvent<BeamData>
{
}

/// <summary><c>beam.stopped.success</c>: RTMP streaming and/or browser recording stopped.</summary>
public sealed class BeamStoppedEvent : HmsWebhookEvent<BeamData>
{
}

/// <summary><c>beam.recording.success</c>: A browser recording was uploaded.</summary>
public sealed class BeamRecordingSucceededEvent : HmsWebhookEvent<BeamRecordingData>
{
}

/// <summary><c>beam.failure</c>: RTMP streaming and/or browser recording failed.</summary>
public sealed class BeamFailedEvent : HmsWebhookEvent<BeamData>
{
}

/// <summary><c>hls.started.success</c>: HLS streaming started.</summary>
public sealed class HlsStartedEvent : HmsWebhookEvent<HlsData>
{
}

/// <summary><c>hls.stopped.success</c>: HLS streaming stopped.</summary>
public sealed class HlsStoppedEvent : HmsWebhookEvent<HlsData>
{
}

/// <summary><c>hls.recording.success</c>: An HLS recording was uploaded.</summary>
public sealed class HlsRecordingSucceededEvent : HmsWebhookEvent<HlsRecordingData>
{
}

/// <summary><c>hls.failure</c>: HLS streaming and/or recording failed.</summary>
public sealed class HlsFailedEvent : HmsWebhookEvent<HlsData>
{
}

/// <summary><c>transcription.started.success</c>: A post-call transcription started.</summary>
public sealed class TranscriptionStartedEvent : HmsWebhookEvent<TranscriptionData>
{
}

/// <summary><c>transcription.success</c>: A transcription finished and its assets were uploaded.</summary>
public sealed class TranscriptionSucceededEvent : HmsWebhookEvent<TranscriptionData>
{
}

/// <summary><c>transcription.failure</c>: A transcription failed (also raised for the alternate name <c>transcription.failed</c>).</summary>
public sealed class TranscriptionFailedEvent : HmsWebhookEvent<TranscriptionData>
{
}

/// <summary><c>ingest.start.success</c>: RTMP ingestion started.</summary>
public sealed class IngestStartedEvent : HmsWebhookEvent<IngestData>
{
}

/// <summary><c>ingest.end.success</c>: RTMP ingestion ended.</summary>
public sealed class IngestEndedEvent : HmsWebhookEvent<IngestData>
{
}

/// <summary><c>ingest.start.failure</c>: RTMP ingestion failed to start.</summary>
public sealed class IngestStartFailedEvent : HmsWebhookEvent<IngestData>
{
}

/// <summary><c>ingest.failure</c>: RTMP ingestion failed.</summary>
public sealed class IngestFailedEvent : HmsWebhookEvent<IngestData>
{
}
