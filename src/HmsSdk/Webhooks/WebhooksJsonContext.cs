using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>Source-generated metadata for webhook payloads: no reflection, NativeAOT clean.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(WebhookEnvelope))]
[JsonSerializable(typeof(HmsWebhookEvent))]
[JsonSerializable(typeof(BeamData))]
[JsonSerializable(typeof(BeamRecordingData))]
[JsonSerializable(typeof(HlsData))]
[JsonSerializable(typeof(HlsRecordingData))]
[JsonSerializable(typeof(IngestData))]
[JsonSerializable(typeof(PeerJoinData))]
[JsonSerializable(typeof(PeerLeaveData))]
[JsonSerializable(typeof(RoleChangeData))]
[JsonSerializable(typeof(RoomEndData))]
[JsonSerializable(typeof(SessionWebhookData))]
[JsonSerializable(typeof(SfuRecordingData))]
[JsonSerializable(typeof(StreamRecordingData))]
[JsonSerializable(typeof(TrackRecordingData))]
[JsonSerializable(typeof(TranscriptionData))]
internal sealed partial class WebhooksJsonContext : JsonSerializerContext
{
}
