using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.LiveStreams;

/// <summary>Source-generated JSON metadata for the live-streams group.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(LiveStream))]
[JsonSerializable(typeof(LiveStreamPlayback))]
[JsonSerializable(typeof(LiveStreamRecordingSettings))]
[JsonSerializable(typeof(HmsListResponse<LiveStream>))]
[JsonSerializable(typeof(StartLiveStreamOptions))]
[JsonSerializable(typeof(LiveStreamTranscriptionOptions))]
[JsonSerializable(typeof(TimedMetadataBody))]
[JsonSerializable(typeof(TranscriptionMode))]
internal sealed partial class LiveStreamsJsonContext : JsonSerializerContext
{
}
