using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>Where a track's media comes from, in analytics data and peer quality stats. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<AnalyticsTrackSource>))]
public readonly partial struct AnalyticsTrackSource
{
    /// <summary><c>regular</c>: the camera or microphone.</summary>
    public static AnalyticsTrackSource Regular { get; } = new("regular");

    /// <summary><c>screen</c>: a screen share.</summary>
    public static AnalyticsTrackSource Screen { get; } = new("screen");
}
