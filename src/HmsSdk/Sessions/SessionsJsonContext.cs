using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Sessions;

/// <summary>Source-generated JSON metadata for the sessions group.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(Session))]
[JsonSerializable(typeof(SessionPeer))]
[JsonSerializable(typeof(HmsListResponse<Session>))]
internal sealed partial class SessionsJsonContext : JsonSerializerContext
{
}
