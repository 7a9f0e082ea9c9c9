using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>When a live stream is transcribed. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<TranscriptionMode>))]
public readonly partial struct TranscriptionMode
{
    /// <summary><c>recorded</c>: After the stream, from its recording (transcript and summary assets).</summary>
    public static TranscriptionMode Recorded { get; } = new("recorded");

    /// <summary><c>live</c>: During the stream, as live captions.</summary>
    public static TranscriptionMode Live { get; } = new("live");
}
