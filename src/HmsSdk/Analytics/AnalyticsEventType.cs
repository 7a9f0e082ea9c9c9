using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The type of an analytics event returned by <c>GET /analytics/events</c>. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(AnalyticsEventTypeJsonConverter))]
public readonly struct AnalyticsEventType : IEquatable<AnalyticsEventType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AnalyticsEventType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>track.add.success</c>: a peer published a track.</summary>
    public static AnalyticsEventType TrackAddSuccess { get; } = new("track.add.success");

    /// <summary><c>track.update.success</c>: a published track changed (for example it was muted).</summary>
    public static AnalyticsEventType TrackUpdateSuccess { get; } = new("track.update.success");

    /// <summary><c>track.remove.success</c>: a published track was removed.</summary>
    public static AnalyticsEventType TrackRemoveSuccess { get; } = new("track.remove.success");

    /// <summary><c>beam.recording.success</c>: a browser (beam) recording finished and was uploaded.</summary>
    public static AnalyticsEventType BeamRecordingSuccess { get; } = new("beam.recording.success");

    /// <summary><c>client.publish.failed</c>: a client failed to publish a track.</summary>
    public static AnalyticsEventType ClientPublishFailed { get; } = new("client.publish.failed");

    /// <summary><c>client.subscribe.failed</c>: a client failed to subscribe to a track.</summary>
    public static AnalyticsEventType ClientSubscribeFailed { get; } = new("client.subscribe.failed");

    /// <summary><c>client.join.failed</c>: a client failed to join the room.</summary>
    public static AnalyticsEventType ClientJoinFailed { get; } = new("client.join.failed");

    /// <summary><c>client.disconnected</c>: a client was disconnected.</summary>
    public static AnalyticsEventType ClientDisconnected { get; } = new("client.disconnected");

    /// <summary><c>client.connect.failed</c>: a client failed to connect.</summary>
    public static AnalyticsEventType ClientConnectFailed { get; } = new("client.connect.failed");

    /// <summary>Converts a raw string to a <see cref="AnalyticsEventType"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator AnalyticsEventType(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(AnalyticsEventType left, AnalyticsEventType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(AnalyticsEventType left, AnalyticsEventType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(AnalyticsEventType other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnalyticsEventType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="AnalyticsEventType"/> as its raw string.</summary>
internal sealed class AnalyticsEventTypeJsonConverter : ExtensibleEnumJsonConverter<AnalyticsEventType>
{
    /// <inheritdoc />
    protected override AnalyticsEventType FromString(string value) => new(value);
}
