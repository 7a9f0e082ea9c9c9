using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>When a poll linked to a room starts. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(PollStartJsonConverter))]
public readonly struct PollStart : IEquatable<PollStart>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PollStart(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>auto</c>: starts when the room's session starts (the default).</summary>
    public static PollStart Auto { get; } = new("auto");

    /// <summary><c>manual</c>: a peer starts it.</summary>
    public static PollStart Manual { get; } = new("manual");

    /// <summary>Converts a raw string to a <see cref="PollStart"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator PollStart(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(PollStart left, PollStart right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(PollStart left, PollStart right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PollStart other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PollStart other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="PollStart"/> as its raw string.</summary>
internal sealed class PollStartJsonConverter : ExtensibleEnumJsonConverter<PollStart>
{
    /// <inheritdoc />
    protected override PollStart FromString(string value) => new(value);
}
