using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The state of a recording, live-stream (HLS) or external-stream (RTMP) job. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(BeamJobStatusJsonConverter))]
public readonly struct BeamJobStatus : IEquatable<BeamJobStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw API string.</summary>
    /// <param name="value">The raw value, for example <c>running</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public BeamJobStatus(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>starting</c>: The job was accepted and is starting.</summary>
    public static BeamJobStatus Starting { get; } = new("starting");

    /// <summary><c>running</c>: The job is recording or streaming.</summary>
    public static BeamJobStatus Running { get; } = new("running");

    /// <summary><c>stopping</c>: A stop was requested; the job is winding down.</summary>
    public static BeamJobStatus Stopping { get; } = new("stopping");

    /// <summary><c>post_processing</c>: The job stopped and its assets are being produced.</summary>
    public static BeamJobStatus PostProcessing { get; } = new("post_processing");

    /// <summary><c>completed</c>: The job finished and its assets are available.</summary>
    public static BeamJobStatus Completed { get; } = new("completed");

    /// <summary><c>failed</c>: The job failed.</summary>
    public static BeamJobStatus Failed { get; } = new("failed");

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when both hold the same raw value, ignoring case.</returns>
    public static bool operator ==(BeamJobStatus left, BeamJobStatus right) => left.Equals(right);

    /// <summary>Compares two values case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when the raw values differ, ignoring case.</returns>
    public static bool operator !=(BeamJobStatus left, BeamJobStatus right) => !left.Equals(right);

    /// <summary>Converts a raw API string.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator BeamJobStatus(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(BeamJobStatus other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BeamJobStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the raw API value.</summary>
    /// <returns>The raw value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="BeamJobStatus"/> as its raw string.</summary>
internal sealed class BeamJobStatusJsonConverter : ExtensibleEnumJsonConverter<BeamJobStatus>
{
    /// <inheritdoc />
    protected override BeamJobStatus FromString(string value) => new(value);
}
