using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>Where a live peer's track comes from. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<PeerTrackSource>))]
public readonly partial struct PeerTrackSource
{
    /// <summary><c>regular</c>: the peer's camera or microphone.</summary>
    public static PeerTrackSource Regular { get; } = new("regular");

    /// <summary><c>screen</c>: a screen share.</summary>
    public static PeerTrackSource Screen { get; } = new("screen");

    /// <summary><c>plugin</c>: a track published by a client plugin.</summary>
    public static PeerTrackSource Plugin { get; } = new("plugin");

    /// <summary><c>audioplaylist</c>: an audio playlist.</summary>
    public static PeerTrackSource AudioPlaylist { get; } = new("audioplaylist");

    /// <summary><c>videoplaylist</c>: a video playlist.</summary>
    public static PeerTrackSource VideoPlaylist { get; } = new("videoplaylist");
}
