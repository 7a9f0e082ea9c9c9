using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>Why RTMP streaming, browser recording or HLS stopped. Failures arrive as <c>failure: &lt;error_type&gt;</c>. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(StreamStopReasonJsonConverter))]
public readonly struct StreamStopReason : IEquatable<StreamStopReason>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public StreamStopReason(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>client request</c>: a stop request from the app, the API or room end.</summary>
    public static StreamStopReason ClientRequest { get; } = new("client request");

    /// <summary><c>max duration reached</c>: the template's maximum duration elapsed.</summary>
    public static StreamStopReason MaxDurationReached { get; } = new("max duration reached");

    /// <summary><c>room ended</c>: the room ended without a stop request.</summary>
    public static StreamStopReason RoomEnded { get; } = new("room ended");

    /// <summary><c>last peer left</c>: nobody but the recorder was left in the room for a while.</summary>
    public static StreamStopReason LastPeerLeft { get; } = new("last peer left");

    /// <summary>Converts a raw string to a <see cref="StreamStopReason"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator StreamStopReason(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(StreamStopReason left, StreamStopReason right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(StreamStopReason left, StreamStopReason right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(StreamStopReason other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StreamStopReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="StreamStopReason"/> as its raw string.</summary>
internal sealed class StreamStopReasonJsonConverter : ExtensibleEnumJsonConverter<StreamStopReason>
{
    /// <inheritdoc />
    protected override StreamStopReason FromString(string value) => new(value);
}
