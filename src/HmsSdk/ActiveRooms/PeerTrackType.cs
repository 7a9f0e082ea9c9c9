using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The media kind of a live peer's track. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(PeerTrackTypeJsonConverter))]
public readonly struct PeerTrackType : IEquatable<PeerTrackType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PeerTrackType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>audio</c>: an audio track.</summary>
    public static PeerTrackType Audio { get; } = new("audio");

    /// <summary><c>video</c>: a video track.</summary>
    public static PeerTrackType Video { get; } = new("video");

    /// <summary>Converts a raw string to a <see cref="PeerTrackType"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator PeerTrackType(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(PeerTrackType left, PeerTrackType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(PeerTrackType left, PeerTrackType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PeerTrackType other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PeerTrackType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="PeerTrackType"/> as its raw string.</summary>
internal sealed class PeerTrackTypeJsonConverter : ExtensibleEnumJsonConverter<PeerTrackType>
{
    /// <inheritdoc />
    protected override PeerTrackType FromString(string value) => new(value);
}
