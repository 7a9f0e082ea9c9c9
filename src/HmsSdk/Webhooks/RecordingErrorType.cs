using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The <c>error_type</c> of a <c>recording.failed</c> event. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(RecordingErrorTypeJsonConverter))]
public readonly struct RecordingErrorType : IEquatable<RecordingErrorType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public RecordingErrorType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>INPUT_ERROR</c>: no input streams were available.</summary>
    public static RecordingErrorType InputError { get; } = new("INPUT_ERROR");

    /// <summary><c>CLOUD_ACCESS_ERROR</c>: the configured bucket could not be accessed.</summary>
    public static RecordingErrorType CloudAccessError { get; } = new("CLOUD_ACCESS_ERROR");

    /// <summary><c>CONFIG_ERROR</c>: internal error.</summary>
    public static RecordingErrorType ConfigError { get; } = new("CONFIG_ERROR");

    /// <summary><c>MEMORY_ERROR</c>: internal error.</summary>
    public static RecordingErrorType MemoryError { get; } = new("MEMORY_ERROR");

    /// <summary><c>PROCESSING_CMD_ERROR</c>: internal error.</summary>
    public static RecordingErrorType ProcessingCommandError { get; } = new("PROCESSING_CMD_ERROR");

    /// <summary><c>API_ERROR</c>: internal error.</summary>
    public static RecordingErrorType ApiError { get; } = new("API_ERROR");

    /// <summary>Converts a raw string to a <see cref="RecordingErrorType"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator RecordingErrorType(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(RecordingErrorType left, RecordingErrorType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(RecordingErrorType left, RecordingErrorType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RecordingErrorType other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RecordingErrorType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="RecordingErrorType"/> as its raw string.</summary>
internal sealed class RecordingErrorTypeJsonConverter : ExtensibleEnumJsonConverter<RecordingErrorType>
{
    /// <inheritdoc />
    protected override RecordingErrorType FromString(string value) => new(value);
}
