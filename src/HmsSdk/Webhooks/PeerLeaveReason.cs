using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>Why a peer left a room (<c>peer.leave.success</c>). Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(PeerLeaveReasonJsonConverter))]
public readonly struct PeerLeaveReason : IEquatable<PeerLeaveReason>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PeerLeaveReason(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>client request</c>: the peer left from the app.</summary>
    public static PeerLeaveReason ClientRequest { get; } = new("client request");

    /// <summary><c>peer kicked</c>: the peer was removed by another peer or the server API.</summary>
    public static PeerLeaveReason PeerKicked { get; } = new("peer kicked");

    /// <summary><c>websocket closed</c>: network issue: the signalling connection closed.</summary>
    public static PeerLeaveReason WebSocketClosed { get; } = new("websocket closed");

    /// <summary><c>ice connection state closed</c>: network issue: the media connection closed.</summary>
    public static PeerLeaveReason IceConnectionStateClosed { get; } = new("ice connection state closed");

    /// <summary><c>server removed peer</c>: a server-side anomaly removed the peer.</summary>
    public static PeerLeaveReason ServerRemovedPeer { get; } = new("server removed peer");

    /// <summary>Converts a raw string to a <see cref="PeerLeaveReason"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator PeerLeaveReason(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(PeerLeaveReason left, PeerLeaveReason right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(PeerLeaveReason left, PeerLeaveReason right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PeerLeaveReason other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PeerLeaveReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="PeerLeaveReason"/> as its raw string.</summary>
internal sealed class PeerLeaveReasonJsonConverter : ExtensibleEnumJsonConverter<PeerLeaveReason>
{
    /// <inheritdoc />
    protected override PeerLeaveReason FromString(string value) => new(value);
}
