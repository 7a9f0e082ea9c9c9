using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace HmsSdk.Testing.State;

internal sealed class RoomState
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public string Description { get; set; } = string.Empty;
    public bool Enabled { get; set; } = true;
    public required string TemplateId { get; set; }
    public string Region { get; set; } = "in";
    public bool LargeRoom { get; set; }
    public int Size { get; set; }
    public long? MaxDurationSeconds { get; set; }
    public JsonObject? RecordingInfo { get; set; }
    public JsonObject? Webhook { get; set; }
    public List<string> Polls { get; set; } = new();
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? ActiveSessionId { get; set; }
}

internal sealed class SessionState
{
    public required string Id { get; init; }
    public required string RoomId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool Active { get; set; }
    public List<PeerState> Peers { get; } = new();
}

internal sealed class PeerState
{
    public required string Id { get; init; }
    public required string RoomId { get; init; }
    public required string SessionId { get; init; }
    public required string Name { get; set; }
    public required string Role { get; set; }
    public required string UserId { get; init; }
    public string Metadata { get; set; } = string.Empty;

    /// <summary><c>regular</c>, or <c>sip</c> for a peer dialled in by an outbound SIP call (as in peer.join.success webhooks).</summary>
    public string Type { get; init; } = "regular";
    public DateTimeOffset JoinedAt { get; init; }
    public DateTimeOffset? LeftAt { get; set; }
    public List<TrackState> Tracks { get; } = new();
    public bool IsActive => LeftAt is null;
}

internal sealed class TrackState
{
    public required string Id { get; init; }
    public required string StreamId { get; init; }
    public required string Type { get; init; }
    public required string Source { get; init; }
    public bool Mute { get; set; }
    public DateTimeOffset StartedAt { get; init; }
    public string Description { get; init; } = string.Empty;
}

/// <summary>The three kinds of beam jobs share one lifecycle.</summary>
internal enum JobKind
{
    Recording,
    LiveStream,
    ExternalStream,
}

internal sealed class JobState
{
    public required string Id { get; init; }
    public required JobKind Kind { get; init; }
    public required string RoomId { get; init; }
    public required string SessionId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StopRequestedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string MeetingUrl { get; init; } = string.Empty;
    public string Destination { get; init; } = string.Empty;
    public string StartedBy { get; init; } = string.Empty;
    public string StoppedBy { get; set; } = string.Empty;

    /// <summary>Kind-specific start parameters as sent (recording/resolution/rtmp_urls/transcription...).</summary>
    public JsonObject Parameters { get; init; } = new();
    public bool RecordingPaused { get; set; }
    public List<JsonObject> TimedMetadata { get; } = new();
    public List<AssetState> Assets { get; } = new();
    public string? BeamPeerId { get; set; }
}

internal sealed class AssetState
{
    public required string Id { get; init; }
    public required string JobId { get; init; }
    public required string RoomId { get; init; }
    public required string SessionId { get; init; }
    public required string Type { get; init; }
    public string Status { get; init; } = "completed";
    public required string Path { get; init; }
    public long Size { get; init; }
    public long Duration { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public List<string>? Thumbnails { get; init; }
    public JsonObject Metadata { get; init; } = new();
}

internal sealed class RoomCodeState
{
    public required string Code { get; init; }
    public required string RoomId { get; init; }
    public required string Role { get; init; }
    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class StreamKeyState
{
    public required string Id { get; init; }
    public required string RoomId { get; init; }
    public required string Key { get; init; }
    public required string Url { get; init; }
    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class AnalyticsEventState
{
    public required string Id { get; init; }
    public required string RoomId { get; init; }
    public required string Type { get; init; }
    public string SessionId { get; init; } = string.Empty;
    public string PeerId { get; init; } = string.Empty;
    public string UserId { get; init; } = string.Empty;
    public string BeamId { get; init; } = string.Empty;
    public DateTimeOffset Timestamp { get; init; }
    public required JsonObject Data { get; init; }
}

internal sealed class WebhookDeliveryState
{
    public required string EventId { get; init; }
    public required string EventName { get; init; }
    public required string RoomId { get; init; }
    public DateTimeOffset Timestamp { get; init; }
    public bool Success { get; init; }
    public string WebhookUrl { get; init; } = "https://example.com/hms-webhook";
    public string? ErrorReason { get; init; }
    public required JsonObject EventData { get; init; }

    /// <summary>The full envelope sent to the receiver (null for seeded history, which replays a synthesized one).</summary>
    public JsonObject? Envelope { get; init; }
}

internal sealed class ReplayWorkflowState
{
    public required string WorkflowId { get; init; }
    public required string Fingerprint { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public required JsonObject Filters { get; init; }
    public int Total { get; init; }

    /// <summary>True when the replay really delivers to a receiver; its status then follows the deliveries, not the clock.</summary>
    public bool Delivering { get; init; }
    public int Delivered { get; set; }
    public int Failed { get; set; }
    public List<string> FailedEvents { get; } = new();
    public DateTimeOffset? FinishedAt { get; set; }
}

internal sealed class TemplateState
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public JsonObject Roles { get; set; } = new();
    public JsonObject Settings { get; set; } = new();
    public JsonObject Destinations { get; set; } = new();
    public JsonObject? Plugins { get; set; }
    public JsonArray Recordings { get; set; } = new();
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class PollState
{
    public required string Id { get; init; }
    public required JsonObject Body { get; set; }
    public List<JsonObject> Sessions { get; } = new();
    public List<JsonObject> Responses { get; } = new();
    public List<JsonObject> Results { get; } = new();
}

internal sealed class SipTrunkState
{
    public required string Id { get; init; }
    public string Username { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
    public required string Address { get; set; }
    public string From { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class SipCallState
{
    public required string Id { get; init; }
    public required string TrunkId { get; init; }
    public required string To { get; init; }
    public required string RoomCode { get; init; }
    public required string RoomId { get; init; }
    public required string PeerId { get; init; }
    public bool Video { get; init; }
    public Dictionary<string, string> Headers { get; init; } = new(StringComparer.Ordinal);
    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class DtmfState
{
    public required string RoomId { get; init; }
    public required IReadOnlyList<string> Digits { get; init; }
    public DateTimeOffset SentAt { get; init; }
}
