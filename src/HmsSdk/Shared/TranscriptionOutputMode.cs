using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>A transcript file format. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(TranscriptionOutputModeJsonConverter))]
public readonly struct TranscriptionOutputMode : IEquatable<TranscriptionOutputMode>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>txt</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TranscriptionOutputMode(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>txt</c>: Plain text.</summary>
    public static TranscriptionOutputMode Txt { get; } = new("txt");

    /// <summary><c>srt</c>: SubRip subtitles.</summary>
    public static TranscriptionOutputMode Srt { get; } = new("srt");

    /// <summary><c>json</c>: Timestamped words and sentences as JSON.</summary>
    public static TranscriptionOutputMode Json { get; } = new("json");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(TranscriptionOutputMode left, TranscriptionOutputMode right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(TranscriptionOutputMode left, TranscriptionOutputMode right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator TranscriptionOutputMode(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TranscriptionOutputMode other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TranscriptionOutputMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="TranscriptionOutputMode"/> as its raw string.</summary>
internal sealed class TranscriptionOutputModeJsonConverter : ExtensibleEnumJsonConverter<TranscriptionOutputMode>
{
    /// <inheritdoc />
    protected override TranscriptionOutputMode FromString(string value) => new(value);
}
