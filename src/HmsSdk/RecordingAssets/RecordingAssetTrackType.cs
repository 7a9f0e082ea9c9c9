using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The media kind of a <c>track</c> asset. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<RecordingAssetTrackType>))]
public readonly partial struct RecordingAssetTrackType
{
    /// <summary><c>audio</c>: An audio track.</summary>
    public static RecordingAssetTrackType Audio { get; } = new("audio");

    /// <summary><c>video</c>: A video track.</summary>
    public static RecordingAssetTrackType Video { get; } = new("video");
}
