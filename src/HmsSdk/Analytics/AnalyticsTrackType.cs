using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The media kind of a track in analytics data. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<AnalyticsTrackType>))]
public readonly partial struct AnalyticsTrackType
{
    /// <summary><c>audio</c>: an audio track.</summary>
    public static AnalyticsTrackType Audio { get; } = new("audio");

    /// <summary><c>video</c>: a video track.</summary>
    public static AnalyticsTrackType Video { get; } = new("video");
}
