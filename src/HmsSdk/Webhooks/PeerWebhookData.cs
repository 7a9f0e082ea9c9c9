using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The <c>data</c> of <c>peer.join.success</c> and <c>peer.join.failure</c> (the failure has no <c>session_id</c> and adds <c>error_message</c>).</summary>
public class PeerJoinData : WebhookPeerData
{
    /// <summary>The peer's metadata string (often JSON), as set by the client.</summary>
    [JsonPropertyName("user_data")]
    public string? UserData { get; init; }

    /// <summary>When the peer joined (<c>0001-01-01T00:00:00Z</c> when it never did).</summary>
    [JsonPropertyName("joined_at")]
    public DateTimeOffset? JoinedAt { get; init; }

    /// <summary>How the peer joined: <c>regular</c> or <c>sip</c>.</summary>
    [JsonPropertyName("type")]
    public WebhookPeerType? PeerType { get; init; }
}

/// <summary>
/// The <c>data</c> of <c>peer.leave.success</c> and <c>peer.leave.failure</c>: the join fields plus how the peer left.
/// </summary>
public sealed class PeerLeaveData : PeerJoinData
{
    /// <summary>When the peer left.</summary>
    [JsonPropertyName("left_at")]
    public DateTimeOffset? LeftAt { get; init; }

    /// <summary>Seconds the peer spent in the room.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; init; }

    /// <summary>Why the peer left (<c>peer.leave.success</c>).</summary>
    [JsonPropertyName("reason")]
    public PeerLeaveReason? Reason { get; init; }

    /// <summary>The message given when the peer was removed, if any.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }
}

/// <summary>The <c>data</c> of <c>role.change.success</c> and <c>role.change.failure</c>.</summary>
public sealed class RoleChangeData : WebhookPeerData
{
    /// <summary>The peer's metadata string (often JSON), as set by the client.</summary>
    [JsonPropertyName("user_data")]
    public string? UserData { get; init; }

    /// <summary>The role before the change (<c>role.change.success</c> only).</summary>
    [JsonPropertyName("previous_role")]
    public string? PreviousRole { get; init; }

    /// <summary>When the peer joined (<c>0001-01-01T00:00:00Z</c> when it never did).</summary>
    [JsonPropertyName("joined_at")]
    public DateTimeOffset? JoinedAt { get; init; }

    /// <summary>When the role changed (<c>role.change.success</c> only).</summary>
    [JsonPropertyName("role_changed_at")]
    public DateTimeOffset? RoleChangedAt { get; init; }

    /// <summary>The peer id that requested the change; absent when the server API changed it.</summary>
    [JsonPropertyName("role_change_requested_by")]
    public string? RoleChangeRequestedBy { get; init; }
}

/// <summary>The <c>data</c> of <c>room.end.success</c> and <c>room.end.failure</c>.</summary>
public sealed class RoomEndData : WebhookPeerData
{
    /// <summary>Whether the room was locked when it ended.</summary>
    [JsonPropertyName("lock_room")]
    public bool? LockRoom { get; init; }

    /// <summary>The reason given with the end-room call.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>Who ended the room, such as <c>peer</c>.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; init; }

    /// <summary>The failure code, such as 404 (<c>room.end.failure</c> only).</summary>
    [JsonPropertyName("error_code")]
    public int? ErrorCode { get; init; }
}
