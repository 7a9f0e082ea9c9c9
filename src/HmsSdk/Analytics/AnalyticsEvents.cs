using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using HmsSdk.Webhooks;

namespace HmsSdk;

/// <summary>
/// The envelope every analytics event shares; <typeparamref name="TData"/> is the type of its <c>data</c> object.
/// </summary>
/// <typeparam name="TData">The type <c>data</c> is read as.</typeparam>
public abstract class AnalyticsEventBase<TData>
{
    /// <summary>The event schema version, for example <c>2.0</c>.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>The event id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>When the event happened (the Node SDK leaves this a string).</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The event type; unknown types are kept as they are.</summary>
    [JsonPropertyName("type")]
    public AnalyticsEventType Type { get; init; }

    /// <summary>The event's <c>data</c> object; its fields depend on <see cref="Type"/>.</summary>
    [JsonPropertyName("data")]
    public TData? Data { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// What the <c>data</c> of every typed analytics event names: the room, the session and the peer the event is about,
/// and the fields this SDK version does not know.
/// </summary>
public abstract class AnalyticsEventData
{
    /// <summary>The room id.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; init; }

    /// <summary>The session id; absent when a client error happened before a session existed.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; init; }

    /// <summary>The peer the event is about: the track's owner, the recorder peer, or the peer that failed.</summary>
    [JsonPropertyName("peer_id")]
    public string? PeerId { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// An analytics event of any type, with its <c>data</c> left as raw JSON. Returned by
/// <see cref="IAnalyticsService.ListEventsAsync"/>, which can mix event types in one list.
/// </summary>
public sealed class AnalyticsEvent : AnalyticsEventBase<JsonElement?>
{
}

/// <summary>A track event (<c>track.add.success</c>, <c>track.update.success</c>, <c>track.remove.success</c>).</summary>
public sealed class TrackEvent : AnalyticsEventBase<TrackEventData>
{
}

/// <summary>The <c>data</c> of a track event.</summary>
public sealed class TrackEventData : AnalyticsEventData
{
    /// <summary>The room name.</summary>
    [JsonPropertyName("room_name")]
    public string? RoomName { get; init; }

    /// <summary>The peer's user id.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    /// <summary>The peer's display name.</summary>
    [JsonPropertyName("user_name")]
    public string? UserName { get; init; }

    /// <summary>When the peer joined.</summary>
    [JsonPropertyName("joined_at")]
    public DateTimeOffset? JoinedAt { get; init; }

    /// <summary>The peer's role.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>The track id.</summary>
    [JsonPropertyName("track_id")]
    public string? TrackId { get; init; }

    /// <summary>The id of the stream the track belongs to.</summary>
    [JsonPropertyName("stream_id")]
    public string? StreamId { get; init; }

    /// <summary>Audio or video.</summary>
    [JsonPropertyName("type")]
    public AnalyticsTrackType? Type { get; init; }

    /// <summary>Camera/microphone or screen share.</summary>
    [JsonPropertyName("source")]
    public AnalyticsTrackSource? Source { get; init; }

    /// <summary>Whether the track is muted.</summary>
    [JsonPropertyName("mute")]
    public bool? Mute { get; init; }

    /// <summary>When the track started.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the track stopped; only on <c>track.remove.success</c>.</summary>
    [JsonPropertyName("stopped_at")]
    public DateTimeOffset? StoppedAt { get; init; }
}

/// <summary>A browser-recording event (<c>beam.recording.success</c>).</summary>
public sealed class RecordingEvent : AnalyticsEventBase<RecordingEventData>
{
}

/// <summary>The <c>data</c> of a <c>beam.recording.success</c> event.</summary>
public sealed class RecordingEventData : AnalyticsEventData
{
    /// <summary>The beam (recorder) id.</summary>
    [JsonPropertyName("beam_id")]
    public string? BeamId { get; init; }

    /// <summary>The room's template id.</summary>
    [JsonPropertyName("template_id")]
    public string? TemplateId { get; init; }

    /// <summary>When the recording was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The recording length in seconds.</summary>
    [JsonPropertyName("duration")]
    public long? Duration { get; init; }

    /// <summary>The storage location (deprecated by 100ms; use <see cref="RecordingPath"/>).</summary>
    [JsonPropertyName("location")]
    public string? Location { get; init; }

    /// <summary>When the recording started.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the recording stopped.</summary>
    [JsonPropertyName("stopped_at")]
    public DateTimeOffset? StoppedAt { get; init; }

    /// <summary>The recording width in pixels.</summary>
    [JsonPropertyName("max_width")]
    public int? MaxWidth { get; init; }

    /// <summary>The recording height in pixels.</summary>
    [JsonPropertyName("max_height")]
    public int? MaxHeight { get; init; }

    /// <summary>The recording's path in storage.</summary>
    [JsonPropertyName("recording_path")]
    public string? RecordingPath { get; init; }

    /// <summary>A pre-signed download URL for the recording.</summary>
    [JsonPropertyName("recording_presigned_url")]
    public string? RecordingPresignedUrl { get; init; }

    /// <summary>The page the recorder opened.</summary>
    [JsonPropertyName("meeting_url")]
    public string? MeetingUrl { get; init; }

    /// <summary>RTMP destinations the recorder also streamed to (the same shape as in the webhook of this event).</summary>
    [JsonPropertyName("rtmp")]
    public IList<WebhookRtmpDestination>? Rtmp { get; init; }

    /// <summary>When the session started.</summary>
    [JsonPropertyName("session_started_at")]
    public DateTimeOffset? SessionStartedAt { get; init; }

    /// <summary>The recording size in bytes.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; init; }
}

/// <summary>
/// A client error event (<c>client.publish.failed</c>, <c>client.subscribe.failed</c>, <c>client.join.failed</c>,
/// <c>client.disconnected</c>, <c>client.connect.failed</c>).
/// </summary>
public sealed class ErrorEvent : AnalyticsEventBase<ErrorEventData>
{
}

/// <summary>The <c>data</c> of a client error event.</summary>
public sealed class ErrorEventData : AnalyticsEventData
{
    /// <summary>The peer's user id.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    /// <summary>The peer's display name.</summary>
    [JsonPropertyName("user_name")]
    public string? UserName { get; init; }

    /// <summary>The 100ms account id.</summary>
    [JsonPropertyName("account_id")]
    public string? AccountId { get; init; }

    /// <summary>The room name.</summary>
    [JsonPropertyName("room_name")]
    public string? RoomName { get; init; }

    /// <summary>The room's template id.</summary>
    [JsonPropertyName("template_id")]
    public string? TemplateId { get; init; }

    /// <summary>The peer's role.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>The numeric client error code.</summary>
    [JsonPropertyName("error_code")]
    public int? ErrorCode { get; init; }

    /// <summary>The error name.</summary>
    [JsonPropertyName("error_name")]
    public string? ErrorName { get; init; }

    /// <summary>The error message.</summary>
    [JsonPropertyName("error_message")]
    public string? ErrorMessage { get; init; }

    /// <summary>A longer description of the error.</summary>
    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }

    /// <summary>The client SDK domain (platform) that reported the error.</summary>
    [JsonPropertyName("domain")]
    public string? Domain { get; init; }

    /// <summary>Whether the error ended the peer's connection.</summary>
    [JsonPropertyName("is_terminal")]
    public bool? IsTerminal { get; init; }

    /// <summary>What the client was doing (JOIN, PUBLISH, SUBSCRIBE...).</summary>
    [JsonPropertyName("action")]
    public ErrorEventAction? Action { get; init; }

    /// <summary>The client's audio state, as raw JSON (its shape is not documented).</summary>
    [JsonPropertyName("audio")]
    public JsonElement? Audio { get; init; }

    /// <summary>The client's video state, as raw JSON (its shape is not documented).</summary>
    [JsonPropertyName("video")]
    public JsonElement? Video { get; init; }

    /// <summary>The client's devices, as raw JSON (its shape is not documented).</summary>
    [JsonPropertyName("devices")]
    public JsonElement? Devices { get; init; }

    /// <summary>The client's user agent details, as raw JSON (string or object).</summary>
    [JsonPropertyName("agent")]
    public JsonElement? Agent { get; init; }

    /// <summary>How many times the SDK retried joining before this error (<c>retries_join</c>).</summary>
    [JsonPropertyName("retries_join")]
    public int? RetriesJoin { get; init; }

    /// <summary>The client transport's state when the error happened, for example <c>Preview</c> or <c>Connecting</c>.</summary>
    [JsonPropertyName("transport_state")]
    public string? TransportState { get; init; }

    /// <summary>The endpoint the client tried to reach (may be empty), for example for <c>EndpointUnreachable</c>.</summary>
    [JsonPropertyName("endpoint")]
    public string? Endpoint { get; init; }
}
