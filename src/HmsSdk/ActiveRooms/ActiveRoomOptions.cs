using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>Filters for <see cref="IActiveRoomsService.ListPeersAsync"/>. The endpoint is not paged: it returns every match.</summary>
public sealed class PeerListOptions
{
    /// <summary>Only peers that joined with this user id.</summary>
    public string? UserId { get; set; }

    /// <summary>Only peers with this role.</summary>
    public string? Role { get; set; }
}

/// <summary>The body of <see cref="IActiveRoomsService.UpdatePeerAsync"/>; set at least one property.</summary>
public sealed class UpdatePeerOptions
{
    /// <summary>The new display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The new role.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>The new metadata, a free string (usually stringified JSON); an empty string clears it.</summary>
    [JsonPropertyName("metadata")]
    public string? Metadata { get; set; }
}

/// <summary>
/// The body of <see cref="IActiveRoomsService.SendMessageAsync"/>. Targeting: <see cref="PeerId"/> wins over
/// <see cref="Role"/>; with neither, the message goes to everyone in the room.
/// </summary>
public sealed class SendMessageOptions
{
    /// <summary>The message text (required).</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Send only to this peer. Serialized as <c>peer_id</c> (the Node SDK sent <c>peerId</c>, which the API ignores).</summary>
    [JsonPropertyName("peer_id")]
    public string? PeerId { get; set; }

    /// <summary>Send only to peers with this role; <c>""</c> (as in the docs' example) means no role filter.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>The message type clients receive, e.g. <c>chat</c>, <c>emoji</c> or an app-defined event name.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }
}

/// <summary>
/// The body of <see cref="IActiveRoomsService.RemovePeersAsync"/>: remove one peer by id, or every peer with a role.
/// Build it with <see cref="ByPeerId"/> or <see cref="ByRole"/>. When both are set the API uses the peer id.
/// </summary>
public sealed class RemovePeersOptions
{
    /// <summary>The peer to remove.</summary>
    [JsonPropertyName("peer_id")]
    public string? PeerId { get; set; }

    /// <summary>Remove every peer with this role.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>Why; relayed to the removed peers and reported in the <c>peer.leave.success</c> webhook.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    /// <summary>Options that remove one peer.</summary>
    /// <param name="peerId">The peer id.</param>
    /// <param name="reason">An optional reason shown to the peer.</param>
    /// <returns>The options.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="peerId"/> is null, empty or whitespace.</exception>
    public static RemovePeersOptions ByPeerId(string peerId, string? reason = null) =>
        new() { PeerId = Guard.NotNullOrWhiteSpace(peerId, nameof(peerId)), Reason = reason };

    /// <summary>Options that remove every peer with a role.</summary>
    /// <param name="role">The role.</param>
    /// <param name="reason">An optional reason shown to the peers.</param>
    /// <returns>The options.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="role"/> is null, empty or whitespace.</exception>
    public static RemovePeersOptions ByRole(string role, string? reason = null) =>
        new() { Role = Guard.NotNullOrWhiteSpace(role, nameof(role)), Reason = reason };
}

/// <summary>The body of <see cref="IActiveRoomsService.EndAsync"/>.</summary>
public sealed class EndRoomOptions
{
    /// <summary>Why the room is ending; shown to the peers.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    /// <summary>True also disables the room so nobody can rejoin (re-enable it through the rooms API). The API default is false.</summary>
    [JsonPropertyName("lock")]
    public bool? Lock { get; set; }
}
