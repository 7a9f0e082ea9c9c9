using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>A room with a live session, as <c>GET /active-rooms/{room_id}</c> returns it.</summary>
public sealed class ActiveRoom
{
    /// <summary>The room id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The room name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The workspace (customer) id that owns the room.</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; init; }

    /// <summary>The live session running in the room.</summary>
    [JsonPropertyName("session")]
    public ActiveRoomSession? Session { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The live session of an <see cref="ActiveRoom"/>.</summary>
public sealed class ActiveRoomSession
{
    /// <summary>The session id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>When the session started.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The ids of the peers connected now.</summary>
    [JsonPropertyName("peers")]
    public IList<string>? Peers { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A peer connected to a live room, as the peer list returns it.</summary>
public class ActivePeer
{
    /// <summary>The peer id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The peer's display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The peer's role.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>The user id the peer joined with.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    /// <summary>The peer's metadata: a free string, usually stringified JSON.</summary>
    [JsonPropertyName("metadata")]
    public string? Metadata { get; init; }

    /// <summary>When the peer joined.</summary>
    [JsonPropertyName("joined_at")]
    public DateTimeOffset? JoinedAt { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A connected peer with its published tracks, as retrieve-peer and update-peer return it: the peer list's fields plus <see cref="Tracks"/>.</summary>
public sealed class ActivePeerWithTracks : ActivePeer
{
    /// <summary>The peer's tracks keyed by track id.</summary>
    [JsonPropertyName("tracks")]
    public IDictionary<string, PeerTrack>? Tracks { get; init; }
}

/// <summary>A track a live peer publishes.</summary>
public sealed class PeerTrack
{
    /// <summary>The track id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The id of the stream the track belongs to.</summary>
    [JsonPropertyName("stream_id")]
    public string? StreamId { get; init; }

    /// <summary>Whether the track is muted.</summary>
    [JsonPropertyName("mute")]
    public bool? Mute { get; init; }

    /// <summary>The media kind (<c>audio</c> or <c>video</c>).</summary>
    [JsonPropertyName("type")]
    public PeerTrackType? Type { get; init; }

    /// <summary>The track source (<c>regular</c>, <c>screen</c>, ...).</summary>
    [JsonPropertyName("source")]
    public PeerTrackSource? Source { get; init; }

    /// <summary>When the track started.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>A description the client set for the track.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>{"peers": {...}}</c> body of the peer list; callers only see the map.</summary>
internal sealed class ActivePeerListResponse
{
    [JsonPropertyName("peers")]
    public Dictionary<string, ActivePeer>? Peers { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
