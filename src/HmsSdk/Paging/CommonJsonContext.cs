using System.Text.Json;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Paging;

/// <summary>Source-generated metadata for types shared by every resource group.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(HmsMessageResponse))]
[JsonSerializable(typeof(HmsListResponse<JsonElement>))]
[JsonSerializable(typeof(HmsEventListResponse<JsonElement>))]
internal sealed partial class CommonJsonContext : JsonSerializerContext
{
}
