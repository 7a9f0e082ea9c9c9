using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.ExternalStreams;

/// <summary>Source-generated JSON metadata for the external-streams group.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(ExternalStream))]
[JsonSerializable(typeof(HmsListResponse<ExternalStream>))]
[JsonSerializable(typeof(StartExternalStreamOptions))]
internal sealed partial class ExternalStreamsJsonContext : JsonSerializerContext
{
}
