using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The <c>data</c> of the <c>track.recording.*</c> events.</summary>
public sealed class TrackRecordingData : PeerRecordingData
{
    /// <summary>The id of the recorded track.</summary>
    [JsonPropertyName("track_id")]
    public string? TrackId { get; init; }

    /// <summary>The kind of track: <c>audio</c> or <c>video</c>.</summary>
    [JsonPropertyName("track_type")]
    public WebhookTrackType? TrackType { get; init; }
}

/// <summary>The <c>data</c> of <c>stream.recording.success</c> and <c>stream.recording.failure</c>.</summary>
public sealed class StreamRecordingData : PeerRecordingData
{
    /// <summary>The user id your app assigned in the auth token.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    /// <summary>The kind of stream: <c>regular</c>, <c>screen</c> or <c>audio</c>.</summary>
    [JsonPropertyName("stream_type")]
    public WebhookStreamType? StreamType { get; init; }

    /// <summary>The stream kind under the key the docs' samples use instead of <c>stream_type</c>; read whichever is present.</summary>
    [JsonPropertyName("type")]
    public WebhookStreamType? Type { get; init; }
}

/// <summary>The <c>data</c> of <c>recording.success</c> and <c>recording.failed</c> (the composed SFU recording).</summary>
public sealed class SfuRecordingData : WebhookRoomData
{
    /// <summary>The room name given when the room was created.</summary>
    [JsonPropertyName("room_name")]
    public string? RoomName { get; init; }

    /// <summary>The template id of the room.</summary>
    [JsonPropertyName("template_id")]
    public string? TemplateId { get; init; }

    /// <summary>Deprecated: use <see cref="RecordingPath"/>.</summary>
    [JsonPropertyName("location")]
    public string? Location { get; init; }

    /// <summary>Deprecated: use <see cref="RecordingPresignedUrl"/>.</summary>
    [JsonPropertyName("URL")]
    public string? Url { get; init; }

    /// <summary>Duration of the recording in seconds.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; init; }

    /// <summary>Upload path in your storage, such as an <c>s3://</c> URI.</summary>
    [JsonPropertyName("recording_path")]
    public string? RecordingPath { get; init; }

    /// <summary>A pre-signed HTTPS URL to download the recording.</summary>
    [JsonPropertyName("recording_presigned_url")]
    public string? RecordingPresignedUrl { get; init; }

    /// <summary>Upload path of the chat recording (CSV).</summary>
    [JsonPropertyName("chat_recording_path")]
    public string? ChatRecordingPath { get; init; }

    /// <summary>A pre-signed HTTPS URL to download the chat recording.</summary>
    [JsonPropertyName("chat_recording_presigned_url")]
    public string? ChatRecordingPresignedUrl { get; init; }

    /// <summary>Size of the recording in bytes.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; init; }

    /// <summary>When the session started.</summary>
    [JsonPropertyName("session_started_at")]
    public DateTimeOffset? SessionStartedAt { get; init; }

    /// <summary>When the session ended.</summary>
    [JsonPropertyName("session_stopped_at")]
    public DateTimeOffset? SessionStoppedAt { get; init; }

    /// <summary>The failure message, such as <c>INTERNAL_ERROR</c> (<c>recording.failed</c> only).</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    /// <summary>The failure type, such as <c>CLOUD_ACCESS_ERROR</c> (<c>recording.failed</c> only).</summary>
    [JsonPropertyName("error_type")]
    public RecordingErrorType? ErrorType { get; init; }
}
