using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The media kind of a <c>track</c> asset. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(RecordingAssetTrackTypeJsonConverter))]
public readonly struct RecordingAssetTrackType : IEquatable<RecordingAssetTrackType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>audio</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public RecordingAssetTrackType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>audio</c>: An audio track.</summary>
    public static RecordingAssetTrackType Audio { get; } = new("audio");

    /// <summary><c>video</c>: A video track.</summary>
    public static RecordingAssetTrackType Video { get; } = new("video");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(RecordingAssetTrackType left, RecordingAssetTrackType right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(RecordingAssetTrackType left, RecordingAssetTrackType right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator RecordingAssetTrackType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(RecordingAssetTrackType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RecordingAssetTrackType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="RecordingAssetTrackType"/> as its raw string.</summary>
internal sealed class RecordingAssetTrackTypeJsonConverter : ExtensibleEnumJsonConverter<RecordingAssetTrackType>
{
    /// <inheritdoc />
    protected override RecordingAssetTrackType FromString(string value) => new(value);
}
