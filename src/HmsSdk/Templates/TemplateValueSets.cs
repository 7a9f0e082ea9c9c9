using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>A track kind a role may publish (<c>publishParams.allowed</c>). Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<AllowedTrackType>))]
public readonly partial struct AllowedTrackType
{
    /// <summary><c>audio</c>: microphone audio.</summary>
    public static AllowedTrackType Audio { get; } = new("audio");

    /// <summary><c>video</c>: camera video.</summary>
    public static AllowedTrackType Video { get; } = new("video");

    /// <summary><c>screen</c>: screen share.</summary>
    public static AllowedTrackType Screen { get; } = new("screen");

    /// <summary><c>simulcast</c>: simulcast layers.</summary>
    public static AllowedTrackType Simulcast { get; } = new("simulcast");
}

/// <summary>An audio codec for a role's published audio. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<AudioCodec>))]
public readonly partial struct AudioCodec
{
    /// <summary><c>opus</c>: Opus, the documented default.</summary>
    public static AudioCodec Opus { get; } = new("opus");
}

/// <summary>A video codec for a role's published video or screen share. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<VideoCodec>))]
public readonly partial struct VideoCodec
{
    /// <summary><c>vp8</c>: VP8, the documented default.</summary>
    public static VideoCodec Vp8 { get; } = new("vp8");
}

/// <summary>The RTP stream id of a simulcast layer, ordered <c>f</c> &gt; <c>h</c> &gt; <c>q</c>. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<SimulcastLayerRid>))]
public readonly partial struct SimulcastLayerRid
{
    /// <summary><c>f</c>: full resolution (first layer).</summary>
    public static SimulcastLayerRid Full { get; } = new("f");

    /// <summary><c>h</c>: half resolution.</summary>
    public static SimulcastLayerRid Half { get; } = new("h");

    /// <summary><c>q</c>: quarter resolution.</summary>
    public static SimulcastLayerRid Quarter { get; } = new("q");
}

/// <summary>The HLS playlist type of an HLS destination. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<HlsPlaylistType>))]
public readonly partial struct HlsPlaylistType
{
    /// <summary><c>event</c>: the playlist keeps every segment.</summary>
    public static HlsPlaylistType Event { get; } = new("event");

    /// <summary><c>live</c>: a sliding window of <c>numPlaylistSegments</c> segments.</summary>
    public static HlsPlaylistType Live { get; } = new("live");
}

/// <summary>When a template's transcription runs. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<TemplateTranscriptionMode>))]
public readonly partial struct TemplateTranscriptionMode
{
    /// <summary><c>recorded</c>: transcribe the recording after the call.</summary>
    public static TemplateTranscriptionMode Recorded { get; } = new("recorded");

    /// <summary><c>live</c>: closed captions for live-stream viewers.</summary>
    public static TemplateTranscriptionMode Live { get; } = new("live");

    /// <summary><c>caption</c>: closed captions in the call.</summary>
    public static TemplateTranscriptionMode Caption { get; } = new("caption");
}
