using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The kind of file a recording asset is. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<RecordingAssetType>))]
public readonly partial struct RecordingAssetType
{
    /// <summary><c>room-composite</c>: A composite MP4 of the room (metadata carries the resolution).</summary>
    public static RecordingAssetType RoomComposite { get; } = new("room-composite");

    /// <summary><c>room-composite-legacy</c>: A composite recording made by the legacy pipeline.</summary>
    public static RecordingAssetType RoomCompositeLegacy { get; } = new("room-composite-legacy");

    /// <summary><c>room-vod</c>: An HLS video-on-demand recording of a live stream (metadata carries layers and maximum size).</summary>
    public static RecordingAssetType RoomVod { get; } = new("room-vod");

    /// <summary><c>chat</c>: The room's chat messages.</summary>
    public static RecordingAssetType Chat { get; } = new("chat");

    /// <summary><c>transcript</c>: A transcript (metadata carries the output mode: txt, srt or json).</summary>
    public static RecordingAssetType Transcript { get; } = new("transcript");

    /// <summary><c>summary</c>: An AI summary of the transcript (JSON).</summary>
    public static RecordingAssetType Summary { get; } = new("summary");

    /// <summary><c>track</c>: A single track recording (WebM; metadata carries the track, stream and peer).</summary>
    public static RecordingAssetType Track { get; } = new("track");

    /// <summary><c>stream</c>: A single peer stream recording (MP4; metadata carries the stream, peer and stream type).</summary>
    public static RecordingAssetType Stream { get; } = new("stream");
}
