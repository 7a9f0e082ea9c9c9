using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The kind of answer a poll question takes. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(PollQuestionTypeJsonConverter))]
public readonly struct PollQuestionType : IEquatable<PollQuestionType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PollQuestionType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>single-choice</c>: pick exactly one option.</summary>
    public static PollQuestionType SingleChoice { get; } = new("single-choice");

    /// <summary><c>multiple-choice</c>: pick one or more options.</summary>
    public static PollQuestionType MultipleChoice { get; } = new("multiple-choice");

    /// <summary><c>short-answer</c>: a short free-text answer.</summary>
    public static PollQuestionType ShortAnswer { get; } = new("short-answer");

    /// <summary><c>long-answer</c>: a long free-text answer.</summary>
    public static PollQuestionType LongAnswer { get; } = new("long-answer");

    /// <summary>Converts a raw string to a <see cref="PollQuestionType"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator PollQuestionType(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(PollQuestionType left, PollQuestionType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(PollQuestionType left, PollQuestionType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PollQuestionType other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PollQuestionType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="PollQuestionType"/> as its raw string.</summary>
internal sealed class PollQuestionTypeJsonConverter : ExtensibleEnumJsonConverter<PollQuestionType>
{
    /// <inheritdoc />
    protected override PollQuestionType FromString(string value) => new(value);
}
