using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Recordings;

/// <summary>Source-generated JSON metadata for the recordings group and the job models it shares with the stream groups.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(Recording))]
[JsonSerializable(typeof(HmsListResponse<Recording>))]
[JsonSerializable(typeof(StartRecordingOptions))]
[JsonSerializable(typeof(VideoResolution))]
[JsonSerializable(typeof(TranscriptionOptions))]
[JsonSerializable(typeof(TranscriptionSummaryOptions))]
[JsonSerializable(typeof(TranscriptionSummarySection))]
[JsonSerializable(typeof(BeamJobStatus))]
[JsonSerializable(typeof(TranscriptionOutputMode))]
[JsonSerializable(typeof(SummarySectionFormat))]
internal sealed partial class RecordingsJsonContext : JsonSerializerContext
{
}
