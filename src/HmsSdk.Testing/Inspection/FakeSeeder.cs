using System;
using System.Collections.Generic;
using HmsSdk.Testing.Core;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing;

/// <summary>Bulk seeding of realistic data (<see cref="FakeHmsApi.Seed"/>). Fast enough for tens of thousands of items.</summary>
public sealed class FakeSeeder
{
    private readonly FakeApiCore _core;

    internal FakeSeeder(FakeApiCore core) => _core = core;

    /// <summary>Creates <paramref name="count"/> enabled rooms named <c>{namePrefix}-{n}</c> on the default template.</summary>
    /// <param name="count">How many rooms.</param>
    /// <param name="namePrefix">Name prefix.</param>
    /// <returns>The rooms in creation order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above 100,000.</exception>
    /// <exception cref="ArgumentException"><paramref name="namePrefix"/> is null, blank or malformed.</exception>
    public IReadOnlyList<FakeRoom> Rooms(int count, string namePrefix = "room")
    {
        CheckCount(count, nameof(count));
        FakeGuard.Text(namePrefix, nameof(namePrefix));
        return _core.Locked(now =>
        {
            var result = new List<FakeRoom>(count);
            var offset = _core.Rooms.Count;
            for (var i = 0; i < count; i++)
            {
                var name = namePrefix + "-" + (offset + i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var room = _core.RoomsByName.TryGetValue(name, out var existing) ? existing : _core.CreateRoomState(name, null, now);
                result.Add(FakeRoomsApi.ToSnapshot(room));
            }

            return result;
        });
    }

    /// <summary>
    /// Adds <paramref name="count"/> closed sessions to a room, each with <paramref name="peersPerSession"/> departed peers.
    /// They are spaced ten minutes apart, the last one ending before the fake's now, and listed after existing sessions.
    /// </summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="count">How many sessions.</param>
    /// <param name="peersPerSession">Peers per session.</param>
    /// <returns>The session ids in creation order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or above 100,000.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is null, blank or malformed, or no room with that id exists in this fake.</exception>
    public IReadOnlyList<string> Sessions(string roomId, int count, int peersPerSession = 2)
    {
        CheckCount(count, nameof(count));
        CheckCount(peersPerSession, nameof(peersPerSession));
        return _core.Locked(now =>
        {
            var room = _core.RequireRoom(roomId, nameof(roomId));
            var ids = new List<string>(count);
            var first = now - TimeSpan.FromMinutes(10) * count;
            for (var i = 0; i < count; i++)
            {
                var opened = first + TimeSpan.FromMinutes(10) * i;
                var closed = opened + TimeSpan.FromMinutes(5);
                var session = new SessionState { Id = _core.Ids.ObjectId(), RoomId = room.Id, CreatedAt = opened, UpdatedAt = closed, Active = false };
                for (var p = 0; p < peersPerSession; p++)
                {
                    var peer = new PeerState
                    {
                        Id = _core.Ids.Uuid(),
                        RoomId = room.Id,
                        SessionId = session.Id,
                        Name = _core.Ids.PersonName(),
                        Role = p == 0 ? "host" : "guest",
                        UserId = "user-" + _core.Ids.Letters(8),
                        JoinedAt = opened + TimeSpan.FromSeconds(p * 7),
                        LeftAt = closed - TimeSpan.FromSeconds(p * 3),
                    };
                    session.Peers.Add(peer);
                    _core.Peers[peer.Id] = peer;
                }

                _core.Sessions.Add(session);
                ids.Add(session.Id);
            }

            return ids;
        });
    }

    /// <summary>Adds <paramref name="count"/> track events (add/update/remove, audio/video) for a room.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="count">How many events.</param>
    /// <returns>The event ids in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above 100,000.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is null, blank or malformed, or no room with that id exists in this fake.</exception>
    public IReadOnlyList<string> TrackEvents(string roomId, int count)
    {
        CheckCount(count, nameof(count));
        return _core.Locked(now =>
        {
            var room = _core.RequireRoom(roomId, nameof(roomId));
            var types = new[] { "track.add.success", "track.update.success", "track.remove.success" };
            var ids = new List<string>(count);
            var sessionId = room.ActiveSessionId ?? _core.Ids.ObjectId();
            for (var i = 0; i < count; i++)
            {
                var at = now - TimeSpan.FromSeconds(count - i);
                var peer = new PeerState
                {
                    Id = _core.Ids.Uuid(),
                    RoomId = room.Id,
                    SessionId = sessionId,
                    Name = _core.Ids.PersonName(),
                    Role = "guest",
                    UserId = "user-" + _core.Ids.Letters(8),
                    JoinedAt = at,
                };
                var track = new TrackState { Id = _core.Ids.Uuid(), StreamId = _core.Ids.Uuid(), Type = i % 2 == 0 ? "audio" : "video", Source = "regular", StartedAt = at };
                var type = types[i % 3];
                ids.Add(_core.AddEvent(room.Id, type, at, _core.TrackEventData(room, peer, track, type, at), sessionId, peer.Id, peer.UserId).Id);
            }

            return ids;
        });
    }

    /// <summary>Adds <paramref name="count"/> webhook deliveries over the last hour; every <paramref name="failEvery"/>-th one failed.</summary>
    /// <param name="roomId">The room id (the room need not exist, as for <see cref="FakeAnalyticsApi.AddWebhookDelivery"/>).</param>
    /// <param name="count">How many deliveries.</param>
    /// <param name="failEvery">Failure period; 0 for none.</param>
    /// <returns>The delivery event ids.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="count"/> is above 100,000.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is null, blank or malformed.</exception>
    public IReadOnlyList<string> WebhookDeliveries(string roomId, int count, int failEvery = 3)
    {
        FakeGuard.Text(roomId, nameof(roomId));
        CheckCount(count, nameof(count));
        FakeGuard.NotNegative(failEvery, nameof(failEvery));
        var names = new[] { "session.open.success", "peer.join.success", "peer.leave.success", "session.close.success" };
        return _core.Locked(now =>
        {
            var ids = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                var failed = failEvery > 0 && (i + 1) % failEvery == 0;
                var name = names[i % names.Length];
                var delivery = new WebhookDeliveryState
                {
                    EventId = _core.Ids.Uuid(),
                    EventName = name,
                    RoomId = roomId,
                    Timestamp = now - TimeSpan.FromHours(1) + (TimeSpan.FromHours(1) * i / Math.Max(1, count)),
                    Success = !failed,
                    ErrorReason = failed ? "endpoint returned 500" : null,
                    EventData = new System.Text.Json.Nodes.JsonObject { ["room_id"] = roomId, ["type"] = name },
                };
                _core.WebhookDeliveries.Add(delivery);
                ids.Add(delivery.EventId);
            }

            return ids;
        });
    }

    /// <summary>The most items one seeding call creates: more is a mistake that would exhaust memory, not a test.</summary>
    internal const int MaxCount = 100_000;

    private static void CheckCount(int value, string paramName) => FakeGuard.InRange(value, 0, MaxCount, paramName);
}
