using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>Why RTMP ingestion ended (<c>ingest.end.success</c>). Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(IngestEndReasonJsonConverter))]
public readonly struct IngestEndReason : IEquatable<IngestEndReason>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public IngestEndReason(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>publish error</c>: publishing failed.</summary>
    public static IngestEndReason PublishError { get; } = new("publish error");

    /// <summary><c>reconnection window expired</c>: the source did not reconnect in time.</summary>
    public static IngestEndReason ReconnectionWindowExpired { get; } = new("reconnection window expired");

    /// <summary><c>stream closed</c>: the source closed the stream.</summary>
    public static IngestEndReason StreamClosed { get; } = new("stream closed");

    /// <summary><c>internal error</c>: an internal error.</summary>
    public static IngestEndReason InternalError { get; } = new("internal error");

    /// <summary>Converts a raw string to a <see cref="IngestEndReason"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator IngestEndReason(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(IngestEndReason left, IngestEndReason right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(IngestEndReason left, IngestEndReason right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(IngestEndReason other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IngestEndReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="IngestEndReason"/> as its raw string.</summary>
internal sealed class IngestEndReasonJsonConverter : ExtensibleEnumJsonConverter<IngestEndReason>
{
    /// <inheritdoc />
    protected override IngestEndReason FromString(string value) => new(value);
}
