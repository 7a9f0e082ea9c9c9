using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>Lookups for the public seeding and inspection API: an unknown id is the caller's mistake, so an ArgumentException naming the parameter.</summary>
internal sealed partial class FakeApiCore
{
    /// <summary>The room with id <paramref name="roomId"/>; call under the lock.</summary>
    public RoomState RequireRoom(string? roomId, string paramName) =>
        FakeGuard.Known(Rooms.Find(FakeGuard.Text(roomId, paramName)), "room", roomId!, paramName);

    /// <summary>The peer with id <paramref name="peerId"/>; call under the lock.</summary>
    public PeerState RequirePeer(string? peerId, string paramName) =>
        FakeGuard.Known(Peers.TryGetValue(FakeGuard.Text(peerId, paramName), out var peer) ? peer : null, "peer", peerId!, paramName);
}
