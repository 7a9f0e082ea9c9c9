using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The media kind of a track in analytics data. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(AnalyticsTrackTypeJsonConverter))]
public readonly struct AnalyticsTrackType : IEquatable<AnalyticsTrackType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AnalyticsTrackType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>audio</c>: an audio track.</summary>
    public static AnalyticsTrackType Audio { get; } = new("audio");

    /// <summary><c>video</c>: a video track.</summary>
    public static AnalyticsTrackType Video { get; } = new("video");

    /// <summary>Converts a raw string to a <see cref="AnalyticsTrackType"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator AnalyticsTrackType(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(AnalyticsTrackType left, AnalyticsTrackType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(AnalyticsTrackType left, AnalyticsTrackType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(AnalyticsTrackType other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnalyticsTrackType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="AnalyticsTrackType"/> as its raw string.</summary>
internal sealed class AnalyticsTrackTypeJsonConverter : ExtensibleEnumJsonConverter<AnalyticsTrackType>
{
    /// <inheritdoc />
    protected override AnalyticsTrackType FromString(string value) => new(value);
}
