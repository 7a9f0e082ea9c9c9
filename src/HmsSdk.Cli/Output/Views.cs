using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using HmsSdk.Webhooks;

namespace HmsSdk.Cli.Output;

/// <summary>
/// The printed shape of each SDK model: snake_case names that follow the 100ms wire names, and only fields that are
/// safe to show. Left out on purpose: recording upload credentials, RTMP URLs (they embed stream keys) and meeting
/// URLs (they can carry auth tokens). Adding a field is compatible; renaming or removing one is a breaking change.
/// </summary>
internal static class Views
{
    public static readonly string[] RoomColumns = ["id", "name", "enabled", "template_id", "created_at"];
    public static readonly string[] SessionColumns = ["id", "room_id", "active", "peers", "created_at", "updated_at"];
    public static readonly string[] PeerColumns = ["id", "name", "role", "user_id", "joined_at"];
    public static readonly string[] JobColumns = ["id", "room_id", "session_id", "status", "created_at"];
    public static readonly string[] AssetColumns = ["id", "room_id", "type", "status", "size", "duration", "created_at"];
    public static readonly string[] RoomCodeColumns = ["code", "room_id", "role", "enabled", "created_at"];
    public static readonly string[] EventColumns = ["timestamp", "type", "id", "peer_id", "user_id"];
    public static readonly string[] DeliveryColumns = ["timestamp", "event_name", "event_id", "room_id", "status"];
    public static readonly string[] WebhookColumns = ["timestamp", "type", "id", "room_id", "event"];

    public static Row Room(Room room) => new()
    {
        { "id", room.Id },
        { "name", room.Name },
        { "enabled", room.Enabled },
        { "description", room.Description },
        { "template_id", room.TemplateId },
        { "region", room.Region },
        { "size", room.Size },
        { "max_duration_seconds", room.MaxDurationSeconds },
        { "large_room", room.LargeRoom },
        { "recording_enabled", room.RecordingInfo?.Enabled },
        { "customer_id", room.CustomerId },
        { "created_at", room.CreatedAt },
        { "updated_at", room.UpdatedAt },
    };

    public static Row Session(Session session) => new()
    {
        { "id", session.Id },
        { "room_id", session.RoomId },
        { "active", session.Active },
        { "peers", session.Peers.Values.Select(SessionPeer).ToArray() },
        { "created_at", session.CreatedAt },
        { "updated_at", session.UpdatedAt },
    };

    public static Row SessionPeer(SessionPeer peer) => new()
    {
        { "id", peer.Id },
        { "name", peer.Name },
        { "role", peer.Role },
        { "user_id", peer.UserId },
        { "joined_at", peer.JoinedAt },
        { "left_at", peer.LeftAt },
    };

    public static Row Peer(ActivePeer peer) => new()
    {
        { "id", peer.Id },
        { "name", peer.Name },
        { "role", peer.Role },
        { "user_id", peer.UserId },
        { "metadata", peer.Metadata },
        { "joined_at", peer.JoinedAt },
    };

    public static Row Peer(ActivePeerWithTracks peer)
    {
        var row = Peer((ActivePeer)peer);
        row.Add("tracks", (peer.Tracks?.Values ?? Enumerable.Empty<PeerTrack>()).Select(Track).ToArray());
        return row;
    }

    public static Row Track(PeerTrack track) => new()
    {
        { "id", track.Id },
        { "type", track.Type },
        { "source", track.Source },
        { "mute", track.Mute },
        { "started_at", track.StartedAt },
    };

    public static Row Job(BeamJob job)
    {
        var row = new Row
        {
            { "id", job.Id },
            { "room_id", job.RoomId },
            { "session_id", job.SessionId },
            { "status", job.Status },
            { "created_at", job.CreatedAt },
            { "started_at", job.StartedAt },
            { "stopped_at", job.StoppedAt },
            { "started_by", job.StartedBy },
            { "assets", (job.RecordingAssets ?? []).Select(Asset).ToArray() },
        };
        switch (job)
        {
            case LiveStream live:
                row.Add("playback_url", live.Playback?.Url);
                break;
            case ExternalStream external:
                row.Add("rtmp_destinations", external.RtmpUrls?.Count ?? 0);
                row.Add("recording", external.Recording);
                break;
        }

        return row;
    }

    public static Row Asset(RecordingAsset asset) => new()
    {
        { "id", asset.Id },
        { "room_id", asset.RoomId },
        { "session_id", asset.SessionId },
        { "job_id", asset.JobId },
        { "type", asset.Type },
        { "status", asset.Status },
        { "path", asset.Path },
        { "size", asset.Size },
        { "duration", asset.Duration },
        { "created_at", asset.CreatedAt },
    };

    public static Row PresignedUrl(RecordingAssetPresignedUrl url) => new()
    {
        { "id", url.Id },
        { "path", url.Path },
        { "url", url.Url },
        { "expiry", url.Expiry },
    };

    public static Row RoomCode(RoomCode code) => new()
    {
        { "code", code.Code },
        { "room_id", code.RoomId },
        { "role", code.Role },
        { "enabled", code.Enabled },
        { "created_at", code.CreatedAt },
        { "updated_at", code.UpdatedAt },
    };

    public static Row Event(AnalyticsEvent e) => EventBase(e.Id, e.Type, e.Timestamp, e.Data);

    public static Row Event(TrackEvent e)
    {
        var row = TypedEvent(e.Id, e.Type, e.Timestamp, e.Data);
        var d = e.Data;
        row.Add("user_id", d?.UserId);
        row.Add("role", d?.Role);
        row.Add("track_id", d?.TrackId);
        row.Add("track_type", d?.Type);
        row.Add("source", d?.Source);
        row.Add("mute", d?.Mute);
        return row;
    }

    public static Row Event(RecordingEvent e)
    {
        var row = TypedEvent(e.Id, e.Type, e.Timestamp, e.Data);
        var d = e.Data;
        row.Add("beam_id", d?.BeamId);
        row.Add("duration", d?.Duration);
        row.Add("size", d?.Size);
        row.Add("location", d?.Location);
        return row;
    }

    public static Row Event(ErrorEvent e)
    {
        var row = TypedEvent(e.Id, e.Type, e.Timestamp, e.Data);
        var d = e.Data;
        row.Add("user_id", d?.UserId);
        row.Add("error_code", d?.ErrorCode);
        row.Add("error_name", d?.ErrorName);
        row.Add("error_message", d?.ErrorMessage);
        row.Add("is_terminal", d?.IsTerminal);
        return row;
    }

    public static Row Delivery(WebhookDelivery delivery) => new()
    {
        { "event_id", delivery.EventId },
        { "event_name", delivery.EventName },
        { "room_id", delivery.RoomId },
        { "timestamp", delivery.EventTimestamp },
        { "status", delivery.Payload?.ErrorReason is null ? "delivered" : "failed" },
        { "error_reason", delivery.Payload?.ErrorReason },
    };

    public static Row ReplayStarted(WebhookReplayResult result) => new()
    {
        { "workflow_id", result.WorkflowId },
        { "status", result.Status },
        { "message", result.Message },
    };

    public static Row ReplayWorkflow(WebhookReplayWorkflow workflow) => new()
    {
        { "workflow_id", workflow.WorkflowId },
        { "status", workflow.Status },
        { "total", workflow.Progress?.Total },
        { "completed", workflow.Progress?.Completed },
        { "failed", workflow.Progress?.Failed },
        { "started_at", workflow.StartedAt },
        { "completed_at", workflow.CompletedAt },
    };

    public static Row Webhook(HmsWebhookEvent webhook, DateTimeOffset receivedAt)
    {
        var data = webhook.RawData;
        return new Row
        {
            { "received_at", receivedAt },
            { "id", webhook.Id },
            { "type", webhook.Type },
            { "event", webhook.GetType().Name },
            { "timestamp", webhook.Timestamp },
            { "room_id", DataString(data, "room_id") },
            { "session_id", DataString(data, "session_id") },
            { "peer_id", DataString(data, "peer_id") },
            { "is_replay", webhook.IsReplay },
        };
    }

    private static Row EventBase(string id, AnalyticsEventType type, DateTimeOffset timestamp, JsonElement? data)
    {
        var row = new Row
        {
            { "id", id },
            { "type", type },
            { "timestamp", timestamp },
        };
        if (data is { ValueKind: JsonValueKind.Object } element)
        {
            row.Add("room_id", DataString(element, "room_id"));
            row.Add("session_id", DataString(element, "session_id"));
            row.Add("peer_id", DataString(element, "peer_id"));
            row.Add("user_id", DataString(element, "user_id"));
            row.Add("data", element);
        }

        return row;
    }

    // A typed event's data names its room, session and peer (AnalyticsEventData); the rest is the event kind's own.
    private static Row TypedEvent(string id, AnalyticsEventType type, DateTimeOffset timestamp, AnalyticsEventData? data)
    {
        var row = EventBase(id, type, timestamp, null);
        row.Add("room_id", data?.RoomId);
        row.Add("session_id", data?.SessionId);
        row.Add("peer_id", data?.PeerId);
        return row;
    }

    private static string? DataString(JsonElement? data, string name) =>
        data is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
