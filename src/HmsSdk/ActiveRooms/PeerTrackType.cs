using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The media kind of a live peer's track. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<PeerTrackType>))]
public readonly partial struct PeerTrackType
{
    /// <summary><c>audio</c>: an audio track.</summary>
    public static PeerTrackType Audio { get; } = new("audio");

    /// <summary><c>video</c>: a video track.</summary>
    public static PeerTrackType Video { get; } = new("video");
}
