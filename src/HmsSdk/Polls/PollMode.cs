using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>How a poll identifies who answered. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(PollModeJsonConverter))]
public readonly struct PollMode : IEquatable<PollMode>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PollMode(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>userid</c>: answers are tracked per user id (the default).</summary>
    public static PollMode UserId { get; } = new("userid");

    /// <summary><c>peerid</c>: answers are tracked per peer id.</summary>
    public static PollMode PeerId { get; } = new("peerid");

    /// <summary>Converts a raw string to a <see cref="PollMode"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator PollMode(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(PollMode left, PollMode right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(PollMode left, PollMode right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PollMode other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PollMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="PollMode"/> as its raw string.</summary>
internal sealed class PollModeJsonConverter : ExtensibleEnumJsonConverter<PollMode>
{
    /// <inheritdoc />
    protected override PollMode FromString(string value) => new(value);
}
