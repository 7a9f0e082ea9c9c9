using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.StreamKeys;

/// <summary>Source-generated JSON metadata for the stream-keys group.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(StreamKey))]
[JsonSerializable(typeof(HmsListResponse<StreamKey>))]
internal sealed partial class StreamKeysJsonContext : JsonSerializerContext
{
}
