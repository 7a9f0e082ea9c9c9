using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>When a live stream is transcribed. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(TranscriptionModeJsonConverter))]
public readonly struct TranscriptionMode : IEquatable<TranscriptionMode>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>live</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TranscriptionMode(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>recorded</c>: After the stream, from its recording (transcript and summary assets).</summary>
    public static TranscriptionMode Recorded { get; } = new("recorded");

    /// <summary><c>live</c>: During the stream, as live captions.</summary>
    public static TranscriptionMode Live { get; } = new("live");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(TranscriptionMode left, TranscriptionMode right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(TranscriptionMode left, TranscriptionMode right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator TranscriptionMode(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TranscriptionMode other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TranscriptionMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="TranscriptionMode"/> as its raw string.</summary>
internal sealed class TranscriptionModeJsonConverter : ExtensibleEnumJsonConverter<TranscriptionMode>
{
    /// <inheritdoc />
    protected override TranscriptionMode FromString(string value) => new(value);
}
