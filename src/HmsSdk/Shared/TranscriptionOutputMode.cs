using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>A transcript file format. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<TranscriptionOutputMode>))]
public readonly partial struct TranscriptionOutputMode
{
    /// <summary><c>txt</c>: Plain text.</summary>
    public static TranscriptionOutputMode Txt { get; } = new("txt");

    /// <summary><c>srt</c>: SubRip subtitles.</summary>
    public static TranscriptionOutputMode Srt { get; } = new("srt");

    /// <summary><c>json</c>: Timestamped words and sentences as JSON.</summary>
    public static TranscriptionOutputMode Json { get; } = new("json");
}
