using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>Where a live peer's track comes from. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(PeerTrackSourceJsonConverter))]
public readonly struct PeerTrackSource : IEquatable<PeerTrackSource>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PeerTrackSource(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

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

    /// <summary>Converts a raw string to a <see cref="PeerTrackSource"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator PeerTrackSource(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(PeerTrackSource left, PeerTrackSource right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(PeerTrackSource left, PeerTrackSource right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PeerTrackSource other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PeerTrackSource other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="PeerTrackSource"/> as its raw string.</summary>
internal sealed class PeerTrackSourceJsonConverter : ExtensibleEnumJsonConverter<PeerTrackSource>
{
    /// <inheritdoc />
    protected override PeerTrackSource FromString(string value) => new(value);
}
