using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The <c>error_type</c> of a <c>beam.failure</c> or <c>hls.failure</c> event. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(StreamErrorTypeJsonConverter))]
public readonly struct StreamErrorType : IEquatable<StreamErrorType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public StreamErrorType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>INTERNAL_ERROR</c>: an internal error.</summary>
    public static StreamErrorType InternalError { get; } = new("INTERNAL_ERROR");

    /// <summary><c>MAX_RETRIES_REACHED</c>: the meeting URL could not be joined after several retries.</summary>
    public static StreamErrorType MaxRetriesReached { get; } = new("MAX_RETRIES_REACHED");

    /// <summary><c>UPLOAD_ERROR</c>: the recording could not be uploaded; check the upload configuration.</summary>
    public static StreamErrorType UploadError { get; } = new("UPLOAD_ERROR");

    /// <summary><c>BEAM_STOPPED</c>: a stop request arrived before the recorder had started.</summary>
    public static StreamErrorType BeamStopped { get; } = new("BEAM_STOPPED");

    /// <summary>Converts a raw string to a <see cref="StreamErrorType"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator StreamErrorType(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(StreamErrorType left, StreamErrorType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(StreamErrorType left, StreamErrorType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(StreamErrorType other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StreamErrorType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="StreamErrorType"/> as its raw string.</summary>
internal sealed class StreamErrorTypeJsonConverter : ExtensibleEnumJsonConverter<StreamErrorType>
{
    /// <inheritdoc />
    protected override StreamErrorType FromString(string value) => new(value);
}
