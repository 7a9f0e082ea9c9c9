using System.Linq;
using System.Text.Json.Nodes;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>Active rooms: <c>/active-rooms/{room_id}...</c>. Every route is a 404 when the room has no active session.</summary>
internal sealed partial class FakeApiCore
{
    private void MapActiveRooms()
    {
        _routes.Map("GET", "/active-rooms/{room_id}", GetActiveRoom);
        _routes.Map("GET", "/active-rooms/{room_id}/peers", ListActivePeers);
        _routes.Map("GET", "/active-rooms/{room_id}/peers/{peer_id}", ctx => PeerWithTracksJson(RequireActivePeer(ctx)));
        _routes.Map("POST", "/active-rooms/{room_id}/peers/{peer_id}", UpdateActivePeer);
        _routes.Map("POST", "/active-rooms/{room_id}/send-message", SendMessage);
        _routes.Map("POST", "/active-rooms/{room_id}/remove-peers", RemovePeers);
        _routes.Map("POST", "/active-rooms/{room_id}/end-room", EndRoom);
    }

    /// <summary>Messages accepted by send-message, for the inspection API.</summary>
    public System.Collections.Generic.List<JsonObject> SentMessages { get; } = new();

    private (RoomState Room, SessionState Session) RequireActiveRoom(RequestContext ctx)
    {
        var room = RequireRoom(ctx.Route("room_id"));
        if (room.ActiveSessionId is null || Sessions.Find(room.ActiveSessionId) is not { Active: true } session)
        {
            throw FakeApiException.NotFound("active room not found", "room " + room.Id + " has no active session");
        }

        return (room, session);
    }

    private PeerState RequireActivePeer(RequestContext ctx)
    {
        var (_, session) = RequireActiveRoom(ctx);
        var peerId = ctx.Route("peer_id");
        return session.Peers.FirstOrDefault(p => p.Id == peerId && p.IsActive)
            ?? throw FakeApiException.NotFound("peer not found", "no connected peer with id " + peerId);
    }

    private JsonNode GetActiveRoom(RequestContext ctx)
    {
        var (room, session) = RequireActiveRoom(ctx);
        return new JsonObject
        {
            ["id"] = room.Id,
            ["name"] = room.Name,
            ["customer_id"] = CustomerId,
            ["session"] = new JsonObject
            {
                ["id"] = session.Id,
                ["created_at"] = WireJson.Nanos(session.CreatedAt),
                ["peers"] = WireJson.Strings(session.Peers.Where(p => p.IsActive).Select(p => p.Id)),
            },
        };
    }

    private JsonNode ListActivePeers(RequestContext ctx)
    {
        var (_, session) = RequireActiveRoom(ctx);
        var userId = ctx.Query.Get("user_id");
        var role = ctx.Query.Get("role");
        var peers = new JsonObject();
        foreach (var peer in session.Peers.Where(p => p.IsActive && (userId is null || p.UserId == userId) && (role is null || p.Role == role)))
        {
            peers[peer.Id] = ActivePeerJson(peer);
        }

        return new JsonObject { ["peers"] = peers };
    }

    private JsonNode UpdateActivePeer(RequestContext ctx)
    {
        var peer = RequireActivePeer(ctx);
        var body = ctx.Body();
        var name = WireJson.OptString(body, "name");
        var role = WireJson.OptString(body, "role");
        var metadata = WireJson.OptString(body, "metadata");
        if (role is not null && RoomRoleNames(peer.RoomId) is { } roles && !roles.Contains(role))
        {
            throw FakeApiException.BadBody("role", "role " + role + " does not exist in the room's template");
        }

        if (name is not null)
        {
            peer.Name = name;
        }

        if (role is not null)
        {
            peer.Role = role;
        }

        if (metadata is not null)
        {
            peer.Metadata = metadata;
        }

        return PeerWithTracksJson(peer);
    }

    private JsonNode SendMessage(RequestContext ctx)
    {
        var (room, session) = RequireActiveRoom(ctx);
        var body = ctx.Body();
        var message = WireJson.ReqString(body, "message");
        var peerId = WireJson.OptString(body, "peer_id");
        var role = WireJson.OptString(body, "role");
        var type = WireJson.OptString(body, "type") ?? "chat";
        if (peerId is not null && !session.Peers.Any(p => p.Id == peerId && p.IsActive))
        {
            throw FakeApiException.NotFound("peer not found", "no connected peer with id " + peerId);
        }

        SentMessages.Add(new JsonObject
        {
            ["room_id"] = room.Id,
            ["session_id"] = session.Id,
            ["message"] = message,
            ["peer_id"] = peerId,
            ["role"] = peerId is null ? role : null,
            ["type"] = type,
            ["sent_at"] = WireJson.Nanos(ctx.Now),
        });
        return WireJson.Message("message sent");
    }

    private JsonNode RemovePeers(RequestContext ctx)
    {
        var (_, session) = RequireActiveRoom(ctx);
        var body = ctx.Body();
        var peerId = WireJson.OptString(body, "peer_id");
        var role = WireJson.OptString(body, "role");
        WireJson.OptString(body, "reason");
        if (peerId is null && role is null)
        {
            throw FakeApiException.BadBody("peer_id", "one of peer_id or role is required");
        }

        var targets = peerId is not null
            ? session.Peers.Where(p => p.Id == peerId && p.IsActive).ToList()
            : session.Peers.Where(p => p.Role == role && p.IsActive).ToList();
        if (targets.Count == 0)
        {
            throw FakeApiException.NotFound("peer not found", peerId is not null ? "no connected peer with id " + peerId : "no connected peer with role " + role);
        }

        foreach (var peer in targets)
        {
            LeavePeer(peer, ctx.Now);
        }

        return WireJson.Message("peer remove request submitted");
    }

    private JsonNode EndRoom(RequestContext ctx)
    {
        var (room, session) = RequireActiveRoom(ctx);
        var body = ctx.Body();
        WireJson.OptString(body, "reason");
        var locked = WireJson.OptBool(body, "lock") ?? false;
        CloseSession(session, ctx.Now);
        if (locked)
        {
            room.Enabled = false;
            room.UpdatedAt = ctx.Now;
        }

        return WireJson.Message("session is ending");
    }

    private System.Collections.Generic.HashSet<string>? RoomRoleNames(string roomId)
    {
        var room = Rooms.Find(roomId);
        var template = room is null ? null : Templates.Find(room.TemplateId);
        return template is null ? null : template.Roles.Select(r => r.Key).ToHashSet();
    }

    private static JsonObject ActivePeerJson(PeerState peer) => new()
    {
        ["id"] = peer.Id,
        ["name"] = peer.Name,
        ["user_id"] = peer.UserId,
        ["metadata"] = peer.Metadata,
        ["role"] = peer.Role,
        ["joined_at"] = WireJson.Nanos(peer.JoinedAt),
    };

    private static JsonObject PeerWithTracksJson(PeerState peer)
    {
        var json = ActivePeerJson(peer);
        var tracks = new JsonObject();
        foreach (var track in peer.Tracks)
        {
            tracks[track.Id] = new JsonObject
            {
                ["id"] = track.Id,
                ["stream_id"] = track.StreamId,
                ["mute"] = track.Mute,
                ["type"] = track.Type,
                ["source"] = track.Source,
                ["started_at"] = WireJson.Nanos(track.StartedAt),
                ["description"] = track.Description,
            };
        }

        json["tracks"] = tracks;
        return json;
    }
}
