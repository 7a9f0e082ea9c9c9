using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk.Webhooks;

// The field blocks several webhook payloads share, each written once. A payload derives from the block whose meaning
// it shares (the room/session it belongs to, the peer it is about, the peer recording it reports, the beam job it
// describes); the JSON names are the documented ones, so the payload reads exactly as before.

/// <summary>The room and session a webhook payload belongs to, and the fields the SDK does not model. The base of every room-scoped <c>data</c>.</summary>
public abstract class WebhookRoomData
{
    /// <summary>Initializes the shared fields of a derived payload.</summary>
    protected WebhookRoomData()
    {
    }

    /// <summary>The 100ms room id.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; init; }

    /// <summary>The 100ms session id.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; init; }

    /// <summary>Fields 100ms sent that this version of the SDK does not model, kept as raw JSON.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The peer a <c>peer.*</c> or <c>role.change.*</c>/<c>room.end.*</c> event is about (for <c>room.end.*</c>, the peer who ended the room).</summary>
public abstract class WebhookPeerData : WebhookRoomData
{
    /// <summary>Initializes the shared fields of a derived payload.</summary>
    protected WebhookPeerData()
    {
    }

    /// <summary>The room name given when the room was created.</summary>
    [JsonPropertyName("room_name")]
    public string? RoomName { get; init; }

    /// <summary>The template id of the room.</summary>
    [JsonPropertyName("template_id")]
    public string? TemplateId { get; init; }

    /// <summary>The 100ms peer id.</summary>
    [JsonPropertyName("peer_id")]
    public string? PeerId { get; init; }

    /// <summary>The user id your app assigned in the auth token.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    /// <summary>The peer's display name.</summary>
    [JsonPropertyName("user_name")]
    public string? UserName { get; init; }

    /// <summary>The peer's role.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>When the session started.</summary>
    [JsonPropertyName("session_started_at")]
    public DateTimeOffset? SessionStartedAt { get; init; }

    /// <summary>Why the join or leave failed, such as <c>role not allowed</c> or <c>peer not joined</c> (failure events only).</summary>
    [JsonPropertyName("error_message")]
    public string? ErrorMessage { get; init; }
}

/// <summary>A recording file of one peer's media: the shared part of <c>track.recording.*</c> and <c>stream.recording.*</c>.</summary>
public abstract class PeerRecordingData : WebhookRoomData
{
    /// <summary>Initializes the shared fields of a derived payload.</summary>
    protected PeerRecordingData()
    {
    }

    /// <summary>The 100ms peer id.</summary>
    [JsonPropertyName("peer_id")]
    public string? PeerId { get; init; }

    /// <summary>The id of the media stream.</summary>
    [JsonPropertyName("stream_id")]
    public string? StreamId { get; init; }

    /// <summary>Size of the recording in bytes. The docs type it as a string while samples send a number; both are read.</summary>
    [JsonPropertyName("size")]
    [JsonConverter(typeof(LenientNullableInt64Converter))]
    public long? Size { get; init; }

    /// <summary>Duration of the recording in seconds. The docs type it as a string while samples send a number; both are read.</summary>
    [JsonPropertyName("duration")]
    [JsonConverter(typeof(LenientNullableDoubleConverter))]
    public double? Duration { get; init; }

    /// <summary>The 100ms recording (asset) id.</summary>
    [JsonPropertyName("recording_id")]
    public string? RecordingId { get; init; }

    /// <summary>Upload path in your storage, such as an <c>s3://</c> URI.</summary>
    [JsonPropertyName("recording_path")]
    public string? RecordingPath { get; init; }

    /// <summary>A pre-signed HTTPS URL to download the recording.</summary>
    [JsonPropertyName("recording_presigned_url")]
    public string? RecordingPresignedUrl { get; init; }

    /// <summary>Why the operation failed.</summary>
    [JsonPropertyName("error_message")]
    public string? ErrorMessage { get; init; }
}

/// <summary>The beam (recorder/streamer) an event reports on: the shared part of the <c>beam.*</c>, <c>hls.*</c> and their recording events.</summary>
public abstract class BeamWebhookData : WebhookRoomData
{
    /// <summary>Initializes the shared fields of a derived payload.</summary>
    protected BeamWebhookData()
    {
    }

    /// <summary>The unique beam (recorder/streamer) id.</summary>
    [JsonPropertyName("beam_id")]
    public string? BeamId { get; init; }

    /// <summary>The template id of the room.</summary>
    [JsonPropertyName("template_id")]
    public string? TemplateId { get; init; }

    /// <summary>The webhook metadata id.</summary>
    [JsonPropertyName("metadata_id")]
    public string? MetadataId { get; init; }

    /// <summary>When the webhook message was created.</summary>
    [JsonPropertyName("metadata_timestamp")]
    public DateTimeOffset? MetadataTimestamp { get; init; }

    /// <summary>Maximum width in pixels supported for streaming or recording.</summary>
    [JsonPropertyName("max_width")]
    public int? MaxWidth { get; init; }

    /// <summary>Maximum height in pixels supported for streaming or recording.</summary>
    [JsonPropertyName("max_height")]
    public int? MaxHeight { get; init; }

    /// <summary>The meeting URL the recorder/streamer opened.</summary>
    [JsonPropertyName("meeting_url")]
    public string? MeetingUrl { get; init; }

    /// <summary>When the session started.</summary>
    [JsonPropertyName("session_started_at")]
    public DateTimeOffset? SessionStartedAt { get; init; }
}

/// <summary>A beam job's state change: the shared part of the <c>beam.started/stopped/failure</c> and <c>hls.started/stopped/failure</c> events.</summary>
public abstract class BeamStateData : BeamWebhookData
{
    /// <summary>Initializes the shared fields of a derived payload.</summary>
    protected BeamStateData()
    {
    }

    /// <summary>The beam job id.</summary>
    [JsonPropertyName("job_id")]
    public string? JobId { get; init; }

    /// <summary>The 100ms peer id.</summary>
    [JsonPropertyName("peer_id")]
    public string? PeerId { get; init; }

    /// <summary>Seconds the recorder/streamer took to start.</summary>
    [JsonPropertyName("start_delay")]
    public int? StartDelay { get; init; }

    /// <summary>The beam state identifier, such as <c>Started</c> or <c>HLSStopped</c> (deprecated on failures).</summary>
    [JsonPropertyName("state_name")]
    public string? StateName { get; init; }

    /// <summary>When the beam state changed.</summary>
    [JsonPropertyName("state_timestamp")]
    public DateTimeOffset? StateTimestamp { get; init; }

    /// <summary>Seconds of streaming/recording (stopped and failure events).</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; init; }

    /// <summary>Why it stopped (<c>client request</c>, <c>max duration reached</c>, <c>room ended</c>, <c>last peer left</c> or <c>failure: &lt;error_type&gt;</c>).</summary>
    [JsonPropertyName("reason")]
    public StreamStopReason? Reason { get; init; }

    /// <summary>Deprecated beam error code (<c>beam.failure</c> only).</summary>
    [JsonPropertyName("error_code")]
    public int? ErrorCode { get; init; }

    /// <summary>The failure description (<c>beam.failure</c> only).</summary>
    [JsonPropertyName("error_message")]
    public string? ErrorMessage { get; init; }

    /// <summary>The failure type, such as <c>UPLOAD_ERROR</c>.</summary>
    [JsonPropertyName("error_type")]
    public StreamErrorType? ErrorType { get; init; }
}
