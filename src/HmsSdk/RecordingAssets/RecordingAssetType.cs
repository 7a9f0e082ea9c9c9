using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The kind of file a recording asset is. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(RecordingAssetTypeJsonConverter))]
public readonly struct RecordingAssetType : IEquatable<RecordingAssetType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>room-composite</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public RecordingAssetType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

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

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(RecordingAssetType left, RecordingAssetType right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(RecordingAssetType left, RecordingAssetType right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator RecordingAssetType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(RecordingAssetType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RecordingAssetType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="RecordingAssetType"/> as its raw string.</summary>
internal sealed class RecordingAssetTypeJsonConverter : ExtensibleEnumJsonConverter<RecordingAssetType>
{
    /// <inheritdoc />
    protected override RecordingAssetType FromString(string value) => new(value);
}
