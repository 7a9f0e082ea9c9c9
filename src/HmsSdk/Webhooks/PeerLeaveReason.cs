using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>Why a peer left a room (<c>peer.leave.success</c>). Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<PeerLeaveReason>))]
public readonly partial struct PeerLeaveReason
{
    /// <summary><c>client request</c>: the peer left from the app.</summary>
    public static PeerLeaveReason ClientRequest { get; } = new("client request");

    /// <summary><c>peer kicked</c>: the peer was removed by another peer or the server API.</summary>
    public static PeerLeaveReason PeerKicked { get; } = new("peer kicked");

    /// <summary><c>websocket closed</c>: network issue: the signalling connection closed.</summary>
    public static PeerLeaveReason WebSocketClosed { get; } = new("websocket closed");

    /// <summary><c>ice connection state closed</c>: network issue: the media connection closed.</summary>
    public static PeerLeaveReason IceConnectionStateClosed { get; } = new("ice connection state closed");

    /// <summary><c>server removed peer</c>: a server-side anomaly removed the peer.</summary>
    public static PeerLeaveReason ServerRemovedPeer { get; } = new("server removed peer");
}
