using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>What the client was doing when an analytics error event was raised. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ErrorEventActionJsonConverter))]
public readonly struct ErrorEventAction : IEquatable<ErrorEventAction>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ErrorEventAction(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>JOIN</c>: joining the room.</summary>
    public static ErrorEventAction Join { get; } = new("JOIN");

    /// <summary><c>PUBLISH</c>: publishing a track.</summary>
    public static ErrorEventAction Publish { get; } = new("PUBLISH");

    /// <summary><c>SUBSCRIBE</c>: subscribing to a track.</summary>
    public static ErrorEventAction Subscribe { get; } = new("SUBSCRIBE");

    /// <summary>Converts a raw string to a <see cref="ErrorEventAction"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator ErrorEventAction(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ErrorEventAction left, ErrorEventAction right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ErrorEventAction left, ErrorEventAction right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ErrorEventAction other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ErrorEventAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="ErrorEventAction"/> as its raw string.</summary>
internal sealed class ErrorEventActionJsonConverter : ExtensibleEnumJsonConverter<ErrorEventAction>
{
    /// <inheritdoc />
    protected override ErrorEventAction FromString(string value) => new(value);
}
