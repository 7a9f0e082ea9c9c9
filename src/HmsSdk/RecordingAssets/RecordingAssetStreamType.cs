using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The source of a <c>stream</c> asset. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<RecordingAssetStreamType>))]
public readonly partial struct RecordingAssetStreamType
{
    /// <summary><c>regular</c>: A peer's camera and microphone stream.</summary>
    public static RecordingAssetStreamType Regular { get; } = new("regular");

    /// <summary><c>screen</c>: A screen share.</summary>
    public static RecordingAssetStreamType Screen { get; } = new("screen");

    /// <summary><c>audio</c>: An audio-only stream.</summary>
    public static RecordingAssetStreamType Audio { get; } = new("audio");
}
