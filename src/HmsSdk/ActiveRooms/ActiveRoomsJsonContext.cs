using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.ActiveRooms;

/// <summary>Source-generated metadata for the active-rooms models and request bodies.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(ActiveRoom))]
[JsonSerializable(typeof(ActiveRoomSession))]
[JsonSerializable(typeof(ActivePeer))]
[JsonSerializable(typeof(ActivePeerWithTracks))]
[JsonSerializable(typeof(PeerTrack))]
[JsonSerializable(typeof(ActivePeerListResponse))]
[JsonSerializable(typeof(UpdatePeerOptions))]
[JsonSerializable(typeof(SendMessageOptions))]
[JsonSerializable(typeof(RemovePeersOptions))]
[JsonSerializable(typeof(EndRoomOptions))]
[JsonSerializable(typeof(HmsMessageResponse))]
internal sealed partial class ActiveRoomsJsonContext : JsonSerializerContext
{
}
