using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>A track kind a role may publish (<c>publishParams.allowed</c>). Unknown values are kept as they are.</summary>
[JsonConverter(typeof(AllowedTrackTypeJsonConverter))]
public readonly struct AllowedTrackType : IEquatable<AllowedTrackType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>audio</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AllowedTrackType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>audio</c>: microphone audio.</summary>
    public static AllowedTrackType Audio { get; } = new("audio");

    /// <summary><c>video</c>: camera video.</summary>
    public static AllowedTrackType Video { get; } = new("video");

    /// <summary><c>screen</c>: screen share.</summary>
    public static AllowedTrackType Screen { get; } = new("screen");

    /// <summary><c>simulcast</c>: simulcast layers.</summary>
    public static AllowedTrackType Simulcast { get; } = new("simulcast");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(AllowedTrackType left, AllowedTrackType right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(AllowedTrackType left, AllowedTrackType right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator AllowedTrackType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AllowedTrackType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AllowedTrackType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

internal sealed class AllowedTrackTypeJsonConverter : ExtensibleEnumJsonConverter<AllowedTrackType>
{
    protected override AllowedTrackType FromString(string value) => new(value);
}

/// <summary>An audio codec for a role's published audio. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(AudioCodecJsonConverter))]
public readonly struct AudioCodec : IEquatable<AudioCodec>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>opus</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AudioCodec(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>opus</c>: Opus, the documented default.</summary>
    public static AudioCodec Opus { get; } = new("opus");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(AudioCodec left, AudioCodec right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(AudioCodec left, AudioCodec right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator AudioCodec(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AudioCodec other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AudioCodec other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

internal sealed class AudioCodecJsonConverter : ExtensibleEnumJsonConverter<AudioCodec>
{
    protected override AudioCodec FromString(string value) => new(value);
}

/// <summary>A video codec for a role's published video or screen share. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(VideoCodecJsonConverter))]
public readonly struct VideoCodec : IEquatable<VideoCodec>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>vp8</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public VideoCodec(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>vp8</c>: VP8, the documented default.</summary>
    public static VideoCodec Vp8 { get; } = new("vp8");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(VideoCodec left, VideoCodec right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(VideoCodec left, VideoCodec right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator VideoCodec(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(VideoCodec other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is VideoCodec other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

internal sealed class VideoCodecJsonConverter : ExtensibleEnumJsonConverter<VideoCodec>
{
    protected override VideoCodec FromString(string value) => new(value);
}

/// <summary>The RTP stream id of a simulcast layer, ordered <c>f</c> &gt; <c>h</c> &gt; <c>q</c>. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(SimulcastLayerRidJsonConverter))]
public readonly struct SimulcastLayerRid : IEquatable<SimulcastLayerRid>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>f</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public SimulcastLayerRid(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>f</c>: full resolution (first layer).</summary>
    public static SimulcastLayerRid Full { get; } = new("f");

    /// <summary><c>h</c>: half resolution.</summary>
    public static SimulcastLayerRid Half { get; } = new("h");

    /// <summary><c>q</c>: quarter resolution.</summary>
    public static SimulcastLayerRid Quarter { get; } = new("q");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(SimulcastLayerRid left, SimulcastLayerRid right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(SimulcastLayerRid left, SimulcastLayerRid right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator SimulcastLayerRid(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(SimulcastLayerRid other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SimulcastLayerRid other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

internal sealed class SimulcastLayerRidJsonConverter : ExtensibleEnumJsonConverter<SimulcastLayerRid>
{
    protected override SimulcastLayerRid FromString(string value) => new(value);
}

/// <summary>The HLS playlist type of an HLS destination. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(HlsPlaylistTypeJsonConverter))]
public readonly struct HlsPlaylistType : IEquatable<HlsPlaylistType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>event</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public HlsPlaylistType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>event</c>: the playlist keeps every segment.</summary>
    public static HlsPlaylistType Event { get; } = new("event");

    /// <summary><c>live</c>: a sliding window of <c>numPlaylistSegments</c> segments.</summary>
    public static HlsPlaylistType Live { get; } = new("live");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(HlsPlaylistType left, HlsPlaylistType right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(HlsPlaylistType left, HlsPlaylistType right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator HlsPlaylistType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(HlsPlaylistType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HlsPlaylistType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

internal sealed class HlsPlaylistTypeJsonConverter : ExtensibleEnumJsonConverter<HlsPlaylistType>
{
    protected override HlsPlaylistType FromString(string value) => new(value);
}

/// <summary>When a template's transcription runs. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(TemplateTranscriptionModeJsonConverter))]
public readonly struct TemplateTranscriptionMode : IEquatable<TemplateTranscriptionMode>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>recorded</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TemplateTranscriptionMode(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>recorded</c>: transcribe the recording after the call.</summary>
    public static TemplateTranscriptionMode Recorded { get; } = new("recorded");

    /// <summary><c>live</c>: closed captions for live-stream viewers.</summary>
    public static TemplateTranscriptionMode Live { get; } = new("live");

    /// <summary><c>caption</c>: closed captions in the call.</summary>
    public static TemplateTranscriptionMode Caption { get; } = new("caption");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(TemplateTranscriptionMode left, TemplateTranscriptionMode right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(TemplateTranscriptionMode left, TemplateTranscriptionMode right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator TemplateTranscriptionMode(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TemplateTranscriptionMode other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TemplateTranscriptionMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

internal sealed class TemplateTranscriptionModeJsonConverter : ExtensibleEnumJsonConverter<TemplateTranscriptionMode>
{
    protected override TemplateTranscriptionMode FromString(string value) => new(value);
}
