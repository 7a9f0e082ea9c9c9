using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The source of a <c>stream</c> asset. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(RecordingAssetStreamTypeJsonConverter))]
public readonly struct RecordingAssetStreamType : IEquatable<RecordingAssetStreamType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>regular</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public RecordingAssetStreamType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>regular</c>: A peer's camera and microphone stream.</summary>
    public static RecordingAssetStreamType Regular { get; } = new("regular");

    /// <summary><c>screen</c>: A screen share.</summary>
    public static RecordingAssetStreamType Screen { get; } = new("screen");

    /// <summary><c>audio</c>: An audio-only stream.</summary>
    public static RecordingAssetStreamType Audio { get; } = new("audio");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(RecordingAssetStreamType left, RecordingAssetStreamType right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(RecordingAssetStreamType left, RecordingAssetStreamType right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator RecordingAssetStreamType(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(RecordingAssetStreamType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RecordingAssetStreamType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="RecordingAssetStreamType"/> as its raw string.</summary>
internal sealed class RecordingAssetStreamTypeJsonConverter : ExtensibleEnumJsonConverter<RecordingAssetStreamType>
{
    /// <inheritdoc />
    protected override RecordingAssetStreamType FromString(string value) => new(value);
}
