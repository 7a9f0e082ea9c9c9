using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.RecordingAssets;

/// <summary>Source-generated JSON metadata for the recording-assets group.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(RecordingAsset))]
[JsonSerializable(typeof(RecordingAssetMetadata))]
[JsonSerializable(typeof(RecordingAssetPresignedUrl))]
[JsonSerializable(typeof(HmsListResponse<RecordingAsset>))]
[JsonSerializable(typeof(RecordingAssetType))]
[JsonSerializable(typeof(RecordingAssetStatus))]
[JsonSerializable(typeof(RecordingAssetTrackType))]
[JsonSerializable(typeof(RecordingAssetStreamType))]
internal sealed partial class RecordingAssetsJsonContext : JsonSerializerContext
{
}
