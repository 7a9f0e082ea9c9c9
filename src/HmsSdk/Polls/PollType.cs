using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>Whether a poll is a plain poll or a scored quiz. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(PollTypeJsonConverter))]
public readonly struct PollType : IEquatable<PollType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PollType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>poll</c>: a plain poll (the default).</summary>
    public static PollType Poll { get; } = new("poll");

    /// <summary><c>quiz</c>: a quiz with correct answers and scores.</summary>
    public static PollType Quiz { get; } = new("quiz");

    /// <summary>Converts a raw string to a <see cref="PollType"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator PollType(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(PollType left, PollType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(PollType left, PollType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PollType other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PollType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="PollType"/> as its raw string.</summary>
internal sealed class PollTypeJsonConverter : ExtensibleEnumJsonConverter<PollType>
{
    /// <inheritdoc />
    protected override PollType FromString(string value) => new(value);
}
