using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using HmsSdk.Testing.Core;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing;

/// <summary>Seeding and inspection of rooms (<see cref="FakeHmsApi.Rooms"/>).</summary>
public sealed class FakeRoomsApi
{
    private readonly FakeApiCore _core;

    internal FakeRoomsApi(FakeApiCore core) => _core = core;

    /// <summary>The number of rooms.</summary>
    public int Count => _core.Locked(_ => _core.Rooms.Count);

    /// <summary>Every room in creation order.</summary>
    public IReadOnlyList<FakeRoom> All => _core.Locked(_ => _core.Rooms.Items.Select(ToSnapshot).ToArray());

    /// <summary>Creates a room (or returns the existing one with that name, like the API's upsert).</summary>
    /// <param name="name">Room name; generated when null.</param>
    /// <param name="templateId">Template id; the fake's default template when null.</param>
    /// <param name="enabled">Whether the room accepts joins.</param>
    /// <returns>The room.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="templateId"/> is blank or malformed, or no template with that id exists in this fake.</exception>
    public FakeRoom Create(string? name = null, string? templateId = null, bool enabled = true)
    {
        FakeGuard.OptionalText(name, nameof(name));
        FakeGuard.OptionalText(templateId, nameof(templateId));
        return _core.Locked(now => CreateLocked(name, templateId, enabled, now));
    }

    private FakeRoom CreateLocked(string? name, string? templateId, bool enabled, DateTimeOffset now)
    {
        if (templateId is not null)
        {
            FakeGuard.Known(_core.Templates.Find(templateId), "template", templateId, nameof(templateId));
        }

        var room = name is not null && _core.RoomsByName.TryGetValue(name, out var existing) ? existing : _core.CreateRoomState(name, templateId, now);
        room.Enabled = enabled;
        return ToSnapshot(room);
    }

    /// <summary>Gets a room by id.</summary>
    /// <param name="roomId">The room id.</param>
    /// <returns>The room.</returns>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is null, blank or malformed, or no room with that id exists in this fake.</exception>
    public FakeRoom Get(string roomId) => _core.Locked(_ => ToSnapshot(_core.RequireRoom(roomId, nameof(roomId))));

    /// <summary>Finds a room by name (case-insensitive).</summary>
    /// <param name="name">The room name.</param>
    /// <returns>The room or null.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, blank or malformed.</exception>
    public FakeRoom? FindByName(string name)
    {
        FakeGuard.Text(name, nameof(name));
        return _core.Locked(_ => _core.RoomsByName.TryGetValue(name, out var room) ? ToSnapshot(room) : null);
    }

    /// <summary>Enables or disables a room.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="enabled">The new state.</param>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is null, blank or malformed, or no room with that id exists in this fake.</exception>
    public void SetEnabled(string roomId, bool enabled) => _core.Locked(now =>
    {
        var room = _core.RequireRoom(roomId, nameof(roomId));
        room.Enabled = enabled;
        room.UpdatedAt = now;
        return true;
    });

    internal static FakeRoom ToSnapshot(RoomState room) =>
        new(room.Id, room.Name, room.Enabled, room.TemplateId, room.CreatedAt, room.ActiveSessionId);
}

/// <summary>Joining and removing peers (<see cref="FakeHmsApi.Peers"/>). The first join opens a session; the last leave closes it.</summary>
public sealed class FakePeersApi
{
    private readonly FakeApiCore _core;

    internal FakePeersApi(FakeApiCore core) => _core = core;

    /// <summary>Joins a peer to a room, opening a session if none is active. With tracks, track.add.success analytics events are recorded.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="name">Display name; generated when null.</param>
    /// <param name="role">Role name.</param>
    /// <param name="userId">User id; generated when null.</param>
    /// <param name="metadata">Peer metadata string; null or <c>""</c> for none.</param>
    /// <param name="withTracks">Whether the peer publishes an audio and a video track.</param>
    /// <returns>The peer.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="roomId"/> or <paramref name="role"/> is null, blank or malformed, a given <paramref name="name"/>,
    /// <paramref name="userId"/> or non-empty <paramref name="metadata"/> is blank or malformed, or no room with that id exists in this fake.
    /// </exception>
    /// <exception cref="InvalidOperationException">The room is disabled.</exception>
    public FakePeer Join(string roomId, string? name = null, string role = "guest", string? userId = null, string? metadata = null, bool withTracks = true)
    {
        FakeGuard.OptionalText(name, nameof(name));
        FakeGuard.Text(role, nameof(role));
        FakeGuard.OptionalText(userId, nameof(userId));
        FakeGuard.OptionalText(metadata is "" ? null : metadata, nameof(metadata));
        return _core.Locked(now =>
        {
            var room = _core.RequireRoom(roomId, nameof(roomId));
            if (!room.Enabled)
            {
                throw new InvalidOperationException("Room " + roomId + " is disabled; peers cannot join.");
            }

            var peer = _core.JoinPeer(room, name ?? _core.Ids.PersonName(), role, userId ?? "user-" + _core.Ids.Letters(8), metadata ?? string.Empty, withTracks, now);
            return ToSnapshot(peer);
        });
    }

    /// <summary>Makes a peer leave; when it was the last one, the session closes and running jobs stop.</summary>
    /// <param name="peerId">The peer id.</param>
    /// <exception cref="ArgumentException"><paramref name="peerId"/> is null, blank or malformed, or no peer with that id exists in this fake.</exception>
    public void Leave(string peerId) => _core.Locked(now =>
    {
        var peer = _core.RequirePeer(peerId, nameof(peerId));
        _core.LeavePeer(peer, now);
        return true;
    });

    /// <summary>Gets a peer by id.</summary>
    /// <param name="peerId">The peer id.</param>
    /// <returns>The peer.</returns>
    /// <exception cref="ArgumentException"><paramref name="peerId"/> is null, blank or malformed, or no peer with that id exists in this fake.</exception>
    public FakePeer Get(string peerId) => _core.Locked(_ => ToSnapshot(_core.RequirePeer(peerId, nameof(peerId))));

    /// <summary>The connected peers of a room.</summary>
    /// <param name="roomId">The room id.</param>
    /// <returns>Connected peers in join order; empty when no session is open.</returns>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is null, blank or malformed, or no room with that id exists in this fake.</exception>
    public IReadOnlyList<FakePeer> Connected(string roomId) => _core.Locked(_ =>
    {
        var room = _core.RequireRoom(roomId, nameof(roomId));
        var session = room.ActiveSessionId is { } id ? _core.Sessions.Find(id) : null;
        return session is null ? Array.Empty<FakePeer>() : session.Peers.Where(p => p.IsActive).Select(ToSnapshot).ToArray();
    });

    internal static FakePeer ToSnapshot(PeerState p) => new(p.Id, p.RoomId, p.SessionId, p.Name, p.Role, p.UserId, p.Metadata, p.JoinedAt, p.LeftAt) { Type = p.Type };
}

/// <summary>Inspection of sessions (<see cref="FakeHmsApi.Sessions"/>).</summary>
public sealed class FakeSessionsApi
{
    private readonly FakeApiCore _core;

    internal FakeSessionsApi(FakeApiCore core) => _core = core;

    /// <summary>The number of sessions (open and closed).</summary>
    public int Count => _core.Locked(_ => _core.Sessions.Count);

    /// <summary>Gets a session by id.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is null, blank or malformed, or no session with that id exists in this fake.</exception>
    public FakeSession Get(string sessionId) => _core.Locked(_ =>
        ToSnapshot(FakeGuard.Known(_core.Sessions.Find(FakeGuard.Text(sessionId, nameof(sessionId))), "session", sessionId, nameof(sessionId))));

    /// <summary>The open session of a room, or null.</summary>
    /// <param name="roomId">The room id.</param>
    /// <returns>The session or null.</returns>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is null, blank or malformed, or no room with that id exists in this fake.</exception>
    public FakeSession? Active(string roomId) => _core.Locked(_ =>
        _core.RequireRoom(roomId, nameof(roomId)).ActiveSessionId is { } id && _core.Sessions.Find(id) is { } session ? ToSnapshot(session) : null);

    /// <summary>Ends a room's open session, as the end-room API does.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="lockRoom">Also disable the room.</param>
    /// <returns>Whether a session was open.</returns>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is null, blank or malformed, or no room with that id exists in this fake.</exception>
    public bool End(string roomId, bool lockRoom = false) => _core.Locked(now =>
    {
        var room = _core.RequireRoom(roomId, nameof(roomId));
        if (room.ActiveSessionId is not { } id || _core.Sessions.Find(id) is not { } session)
        {
            return false;
        }

        _core.CloseSession(session, now);
        if (lockRoom)
        {
            room.Enabled = false;
        }

        return true;
    });

    internal static FakeSession ToSnapshot(SessionState s) =>
        new(s.Id, s.RoomId, s.Active, s.CreatedAt, s.UpdatedAt, s.Peers.Select(FakePeersApi.ToSnapshot).ToArray());
}

/// <summary>Inspection of recordings, live streams and external streams (<see cref="FakeHmsApi.Jobs"/>).</summary>
public sealed class FakeJobsApi
{
    private readonly FakeApiCore _core;

    internal FakeJobsApi(FakeApiCore core) => _core = core;

    /// <summary>Every job in creation order, with the status the API would report now.</summary>
    public IReadOnlyList<FakeJob> All => _core.Locked(now => _core.Jobs.Items.Select(j => ToSnapshot(j, now)).ToArray());

    /// <summary>Gets a job by id.</summary>
    /// <param name="jobId">The job id.</param>
    /// <returns>The job.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is null, blank or malformed, or no job with that id exists in this fake.</exception>
    public FakeJob Get(string jobId) => _core.Locked(now =>
        ToSnapshot(FakeGuard.Known(_core.Jobs.Find(FakeGuard.Text(jobId, nameof(jobId))), "recording or stream job", jobId, nameof(jobId)), now));

    private FakeJob ToSnapshot(JobState j, DateTimeOffset now) => new(
        j.Id,
        (FakeJobKind)(int)j.Kind,
        j.RoomId,
        j.SessionId,
        _core.JobStatus(j, now),
        j.RecordingPaused,
        j.Assets.Select(a => a.Id).ToArray(),
        j.TimedMetadata.Select(m => (string)m["payload"]!).ToArray());
}
