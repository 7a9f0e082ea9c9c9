using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.RoomCodes;

/// <summary>Source-generated JSON metadata for the room-codes group.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(RoomCode))]
[JsonSerializable(typeof(HmsListResponse<RoomCode>))]
[JsonSerializable(typeof(RoomCodeAuthToken))]
[JsonSerializable(typeof(RoomCodeEnabledRequest))]
[JsonSerializable(typeof(RoomCodeTokenRequest))]
internal sealed partial class RoomCodesJsonContext : JsonSerializerContext
{
}
