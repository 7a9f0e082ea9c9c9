using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>A session: one continuous occurrence of a room, from the first join to the last leave.</summary>
public sealed class Session
{
    private IDictionary<string, SessionPeer> _peers = new Dictionary<string, SessionPeer>();

    /// <summary>The session id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The room the session belongs to.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; init; }

    /// <summary>The workspace (customer) id.</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; init; }

    /// <summary>The app id.</summary>
    [JsonPropertyName("app_id")]
    public string? AppId { get; init; }

    /// <summary>True while peers are still in the session.</summary>
    [JsonPropertyName("active")]
    public bool Active { get; init; }

    /// <summary>Everyone who joined, keyed by peer id; never null (empty when the API sends none).</summary>
    [JsonPropertyName("peers")]
    public IDictionary<string, SessionPeer> Peers
    {
        get => _peers;
        init => _peers = value ?? new Dictionary<string, SessionPeer>();
    }

    /// <summary>When the session started.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the session was last updated.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Describes the session.</summary>
    /// <returns>Id, room, state and peer count.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "Session {{ Id = {0}, RoomId = {1}, Active = {2}, Peers = {3} }}",
        Id,
        RoomId,
        Active,
        Peers.Count);
}

/// <summary>A peer as recorded in a session (<c>peers[peer_id]</c>).</summary>
public sealed class SessionPeer
{
    /// <summary>The peer id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The session the peer joined.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; init; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The role the peer joined with.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>The application's user id from the auth token.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    /// <summary>Deprecated by the API: the user id under its old name.</summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }

    /// <summary>When the peer joined.</summary>
    [JsonPropertyName("joined_at")]
    public DateTimeOffset? JoinedAt { get; init; }

    /// <summary>When the peer left; null while the peer is still in the session.</summary>
    [JsonPropertyName("left_at")]
    public DateTimeOffset? LeftAt { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Describes the peer.</summary>
    /// <returns>Id, name, role and user id.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "SessionPeer {{ Id = {0}, Name = {1}, Role = {2}, UserId = {3} }}",
        Id,
        Name,
        Role,
        UserId);
}

/// <summary>Filters for <see cref="ISessionsService.ListAsync"/> (<c>GET /sessions</c>).</summary>
public sealed class SessionListOptions
{
    /// <summary>Only sessions of this room.</summary>
    public string? RoomId { get; set; }

    /// <summary>Only active (true) or ended (false) sessions; unset sends nothing and the API applies its default.</summary>
    public bool? Active { get; set; }

    /// <summary>Only sessions started at or after this instant; sent as ISO-8601 UTC (the Node SDK dropped it).</summary>
    public DateTimeOffset? After { get; set; }

    /// <summary>Only sessions started at or before this instant; sent as ISO-8601 UTC (the Node SDK dropped it).</summary>
    public DateTimeOffset? Before { get; set; }

    /// <summary>Page size, 10 to 100; the API default is 10. Enumeration still walks every page.</summary>
    public int? Limit { get; set; }
}
