using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>Whether a recording asset was produced. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(RecordingAssetStatusJsonConverter))]
public readonly struct RecordingAssetStatus : IEquatable<RecordingAssetStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>completed</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public RecordingAssetStatus(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>completed</c>: The asset is available.</summary>
    public static RecordingAssetStatus Completed { get; } = new("completed");

    /// <summary><c>failed</c>: The asset could not be produced.</summary>
    public static RecordingAssetStatus Failed { get; } = new("failed");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(RecordingAssetStatus left, RecordingAssetStatus right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(RecordingAssetStatus left, RecordingAssetStatus right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator RecordingAssetStatus(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(RecordingAssetStatus other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RecordingAssetStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="RecordingAssetStatus"/> as its raw string.</summary>
internal sealed class RecordingAssetStatusJsonConverter : ExtensibleEnumJsonConverter<RecordingAssetStatus>
{
    /// <inheritdoc />
    protected override RecordingAssetStatus FromString(string value) => new(value);
}
