using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.ActiveRooms;
using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Manages live rooms and their connected peers (<c>/active-rooms</c>).</summary>
/// <remarks>
/// These endpoints only see what is live now: a room without a running session, or a peer that already left,
/// answers 404. Use the sessions API for history. There is no "list active rooms" endpoint; list sessions with
/// <c>active=true</c> instead.
/// </remarks>
/// <example>
/// <code>
/// var hms = new HmsClient("access-key", "app-secret");
/// var room = await hms.ActiveRooms.RetrieveAsync("room-id");
/// var hosts = await hms.ActiveRooms.ListPeersAsync("room-id", new PeerListOptions { Role = "host" });
/// foreach (var peer in hosts.Values)
/// {
///     Console.WriteLine($"{peer.Name} joined at {peer.JoinedAt:u}");
/// }
///
/// await hms.ActiveRooms.SendMessageAsync("room-id", new SendMessageOptions { Message = "Wrapping up in 5 minutes", Role = "guest" });
/// await hms.ActiveRooms.RemovePeersAsync("room-id", RemovePeersOptions.ByPeerId("peer-id", reason: "spam"));
/// await hms.ActiveRooms.EndAsync("room-id", new EndRoomOptions { Reason = "done", Lock = true });
/// </code>
/// </example>
public interface IActiveRoomsService
{
    /// <summary>Retrieves a room's live session and the ids of its connected peers.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="requestOptions">Per-call overrides (headers, timeout, retries).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The active room.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">The room has no live session.</exception>
    /// <exception cref="HmsException">The API call failed.</exception>
    Task<ActiveRoom> RetrieveAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the peers connected to a room now, keyed by peer id. The endpoint is not paged.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="options">Optional <c>user_id</c>/<c>role</c> filters.</param>
    /// <param name="requestOptions">Per-call overrides (headers, timeout, retries).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching peers keyed by peer id; empty (never null) when none match or the body has no <c>peers</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is invalid, or a filter is empty or whitespace.</exception>
    /// <exception cref="HmsException">The API call failed.</exception>
    Task<IReadOnlyDictionary<string, ActivePeer>> ListPeersAsync(string roomId, PeerListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves a connected peer with its tracks.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="peerId">The peer id.</param>
    /// <param name="requestOptions">Per-call overrides (headers, timeout, retries).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The peer and its tracks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> or <paramref name="peerId"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">The peer is not connected (departed peers are only in the sessions API).</exception>
    /// <exception cref="HmsException">The API call failed.</exception>
    Task<ActivePeerWithTracks> RetrievePeerAsync(string roomId, string peerId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a connected peer's name, role or metadata.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="peerId">The peer id.</param>
    /// <param name="options">The fields to change; at least one must be set.</param>
    /// <param name="requestOptions">Per-call overrides (headers, timeout, retries).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated peer and its tracks.</returns>
    /// <exception cref="ArgumentNullException">An id or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is invalid, no field is set, or <c>Name</c>/<c>Role</c> is empty or whitespace.</exception>
    /// <exception cref="HmsException">The API call failed.</exception>
    Task<ActivePeerWithTracks> UpdatePeerAsync(string roomId, string peerId, UpdatePeerOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a message to one peer (<c>peer_id</c>), to a role, or to everyone in the room. The body carries
    /// <c>peer_id</c>, so a targeted message really is targeted (the Node SDK sent <c>peerId</c> and broadcast).
    /// </summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="options">The message and its target.</param>
    /// <param name="requestOptions">Per-call overrides (headers, timeout, retries).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The acknowledgement (<c>message sent</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="roomId"/> is invalid, <c>Message</c> is missing or blank, <c>PeerId</c>/<c>Type</c> is set but blank
    /// (a blank peer would silently broadcast), or <c>Role</c> is whitespace (<c>""</c> is the docs' "no role filter").
    /// </exception>
    /// <exception cref="HmsException">The API call failed.</exception>
    Task<HmsMessageResponse> SendMessageAsync(string roomId, SendMessageOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Removes one peer (by id) or every peer with a role from a live room.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="options">Who to remove, from <see cref="RemovePeersOptions.ByPeerId"/> or <see cref="RemovePeersOptions.ByRole"/>.</param>
    /// <param name="requestOptions">Per-call overrides (headers, timeout, retries).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The acknowledgement (<c>peer remove request submitted</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is invalid, or neither <c>PeerId</c> nor <c>Role</c> is set, or one is set but blank.</exception>
    /// <exception cref="HmsException">The API call failed.</exception>
    Task<HmsMessageResponse> RemovePeersAsync(string roomId, RemovePeersOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Ends the room's live session for everyone (<c>POST end-room</c>), optionally locking the room.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="options">An optional reason and lock flag; null sends <c>{}</c>.</param>
    /// <param name="requestOptions">Per-call overrides (headers, timeout, retries).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The acknowledgement (<c>session is ending</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsException">The API call failed.</exception>
    Task<HmsMessageResponse> EndAsync(string roomId, EndRoomOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <summary>Manages live rooms and their connected peers (<c>/active-rooms</c>).</summary>
public sealed class ActiveRoomsService : IActiveRoomsService
{
    private readonly HmsPipeline _pipeline;

    internal ActiveRoomsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <inheritdoc />
    public Task<ActiveRoom> RetrieveAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        var request = HmsRequest.Get("ActiveRooms.Retrieve", RequestPath.Create("active-rooms/{0}", roomId)).WithOptions(requestOptions);
        return _pipeline.SendAsync(request, ActiveRoomsJsonContext.Default.ActiveRoom, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, ActivePeer>> ListPeersAsync(string roomId, PeerListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        var query = new HmsQuery();
        if (options is not null)
        {
            // A blank filter would widen the match to every peer, the opposite of what the caller asked.
            NullOrNotBlank(options.UserId, nameof(options), nameof(PeerListOptions.UserId));
            NullOrNotBlank(options.Role, nameof(options), nameof(PeerListOptions.Role));
            query.Add("user_id", options.UserId).Add("role", options.Role);
        }

        var request = HmsRequest.Get("ActiveRooms.ListPeers", RequestPath.Create("active-rooms/{0}/peers", roomId))
            .WithQuery(query)
            .WithOptions(requestOptions);
        var response = await _pipeline.SendAsync(request, ActiveRoomsJsonContext.Default.ActivePeerListResponse, cancellationToken).ConfigureAwait(false);

        // Node returned undefined when "peers" was missing; an empty map is easier to consume.
        return response.Peers ?? new Dictionary<string, ActivePeer>();
    }

    /// <inheritdoc />
    public Task<ActivePeerWithTracks> RetrievePeerAsync(string roomId, string peerId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        Guard.Id(peerId, nameof(peerId));
        var request = HmsRequest.Get("ActiveRooms.RetrievePeer", RequestPath.Create("active-rooms/{0}/peers/{1}", roomId, peerId)).WithOptions(requestOptions);
        return _pipeline.SendAsync(request, ActiveRoomsJsonContext.Default.ActivePeerWithTracks, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ActivePeerWithTracks> UpdatePeerAsync(string roomId, string peerId, UpdatePeerOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        Guard.Id(peerId, nameof(peerId));
        Guard.NotNull(options, nameof(options));
        if (options.Name is null && options.Role is null && options.Metadata is null)
        {
            throw new ArgumentException("Set at least one of Name, Role or Metadata.", nameof(options));
        }

        NullOrNotBlank(options.Name, nameof(options), nameof(UpdatePeerOptions.Name));
        NullOrNotBlank(options.Role, nameof(options), nameof(UpdatePeerOptions.Role));
        var request = HmsRequest.Post("ActiveRooms.UpdatePeer", RequestPath.Create("active-rooms/{0}/peers/{1}", roomId, peerId))
            .WithJsonBody(options, ActiveRoomsJsonContext.Default.UpdatePeerOptions)
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, ActiveRoomsJsonContext.Default.ActivePeerWithTracks, cancellationToken);
    }

    /// <inheritdoc />
    public Task<HmsMessageResponse> SendMessageAsync(string roomId, SendMessageOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        Guard.NotNull(options, nameof(options));
        if (string.IsNullOrWhiteSpace(options.Message))
        {
            throw new ArgumentException("Message is required and cannot be empty or whitespace.", nameof(options));
        }

        NullOrNotBlank(options.PeerId, nameof(options), nameof(SendMessageOptions.PeerId));
        // The docs' own body sends "role": "" next to peer_id (active-rooms/send-message.mdx): empty means no role
        // filter and is sent as written; only whitespace, which looks like a role typo, is refused.
        if (options.Role is { Length: > 0 } role && role.Trim().Length == 0)
        {
            throw new ArgumentException("Role cannot be whitespace; use null or \"\" for no role filter.", nameof(options));
        }

        NullOrNotBlank(options.Type, nameof(options), nameof(SendMessageOptions.Type));
        var request = HmsRequest.Post("ActiveRooms.SendMessage", RequestPath.Create("active-rooms/{0}/send-message", roomId))
            .WithJsonBody(options, ActiveRoomsJsonContext.Default.SendMessageOptions)
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, ActiveRoomsJsonContext.Default.HmsMessageResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<HmsMessageResponse> RemovePeersAsync(string roomId, RemovePeersOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        Guard.NotNull(options, nameof(options));
        if (options.PeerId is null && options.Role is null)
        {
            throw new ArgumentException("Set PeerId or Role (use RemovePeersOptions.ByPeerId or RemovePeersOptions.ByRole).", nameof(options));
        }

        NullOrNotBlank(options.PeerId, nameof(options), nameof(RemovePeersOptions.PeerId));
        NullOrNotBlank(options.Role, nameof(options), nameof(RemovePeersOptions.Role));
        var request = HmsRequest.Post("ActiveRooms.RemovePeers", RequestPath.Create("active-rooms/{0}/remove-peers", roomId))
            .WithJsonBody(options, ActiveRoomsJsonContext.Default.RemovePeersOptions)
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, ActiveRoomsJsonContext.Default.HmsMessageResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<HmsMessageResponse> EndAsync(string roomId, EndRoomOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        var request = HmsRequest.Post("ActiveRooms.End", RequestPath.Create("active-rooms/{0}/end-room", roomId)).WithOptions(requestOptions);
        if (options is not null)
        {
            request.WithJsonBody(options, ActiveRoomsJsonContext.Default.EndRoomOptions);
        }

        return _pipeline.SendAsync(request, ActiveRoomsJsonContext.Default.HmsMessageResponse, cancellationToken);
    }

    private static void NullOrNotBlank(string? value, string paramName, string propertyName)
    {
        if (value is not null && value.Trim().Length == 0)
        {
            throw new ArgumentException($"{propertyName} cannot be empty or whitespace when set.", paramName);
        }
    }
}
