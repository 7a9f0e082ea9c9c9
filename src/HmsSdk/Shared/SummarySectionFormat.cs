using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>How one section of an AI summary is written. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(SummarySectionFormatJsonConverter))]
public readonly struct SummarySectionFormat : IEquatable<SummarySectionFormat>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>bullets</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public SummarySectionFormat(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>bullets</c>: A bulleted list.</summary>
    public static SummarySectionFormat Bullets { get; } = new("bullets");

    /// <summary><c>paragraph</c>: Running prose.</summary>
    public static SummarySectionFormat Paragraph { get; } = new("paragraph");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(SummarySectionFormat left, SummarySectionFormat right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(SummarySectionFormat left, SummarySectionFormat right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator SummarySectionFormat(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(SummarySectionFormat other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SummarySectionFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="SummarySectionFormat"/> as its raw string.</summary>
internal sealed class SummarySectionFormatJsonConverter : ExtensibleEnumJsonConverter<SummarySectionFormat>
{
    /// <inheritdoc />
    protected override SummarySectionFormat FromString(string value) => new(value);
}
