using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Rooms;

/// <summary>Source-generated JSON metadata for the rooms group.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(Room))]
[JsonSerializable(typeof(HmsListResponse<Room>))]
[JsonSerializable(typeof(RoomRecordingInfo))]
[JsonSerializable(typeof(RoomRecordingUploadInfo))]
[JsonSerializable(typeof(RoomRecordingUploadOptions))]
[JsonSerializable(typeof(RoomRecordingUploadCredentials))]
[JsonSerializable(typeof(RoomWebhook))]
[JsonSerializable(typeof(RoomRegion))]
[JsonSerializable(typeof(RoomRecordingUploadType))]
[JsonSerializable(typeof(CreateRoomOptions))]
[JsonSerializable(typeof(UpdateRoomOptions))]
[JsonSerializable(typeof(RoomEnabledRequest))]
internal sealed partial class RoomsJsonContext : JsonSerializerContext
{
}
