using System.Text.Json;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Sip;

/// <summary>Source-generated metadata for SIP models and request bodies (snake_case, like most of the API).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(SipTrunkOptions))]
[JsonSerializable(typeof(SipTrunk))]
[JsonSerializable(typeof(StartSipCallOptions))]
[JsonSerializable(typeof(SipCall))]
[JsonSerializable(typeof(SipDtmfBody))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class SipJsonContext : JsonSerializerContext
{
}
