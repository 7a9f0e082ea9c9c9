using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>Whether a recording asset was produced. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<RecordingAssetStatus>))]
public readonly partial struct RecordingAssetStatus
{
    /// <summary><c>completed</c>: The asset is available.</summary>
    public static RecordingAssetStatus Completed { get; } = new("completed");

    /// <summary><c>failed</c>: The asset could not be produced.</summary>
    public static RecordingAssetStatus Failed { get; } = new("failed");
}
