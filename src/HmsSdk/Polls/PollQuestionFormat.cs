using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>How a poll question's text is rendered. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(PollQuestionFormatJsonConverter))]
public readonly struct PollQuestionFormat : IEquatable<PollQuestionFormat>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PollQuestionFormat(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>text</c>: plain text (the default).</summary>
    public static PollQuestionFormat Text { get; } = new("text");

    /// <summary>Converts a raw string to a <see cref="PollQuestionFormat"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator PollQuestionFormat(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(PollQuestionFormat left, PollQuestionFormat right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(PollQuestionFormat left, PollQuestionFormat right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PollQuestionFormat other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PollQuestionFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="PollQuestionFormat"/> as its raw string.</summary>
internal sealed class PollQuestionFormatJsonConverter : ExtensibleEnumJsonConverter<PollQuestionFormat>
{
    /// <inheritdoc />
    protected override PollQuestionFormat FromString(string value) => new(value);
}
