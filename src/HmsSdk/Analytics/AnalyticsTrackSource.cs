using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>Where a track's media comes from, in analytics data and peer quality stats. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(AnalyticsTrackSourceJsonConverter))]
public readonly struct AnalyticsTrackSource : IEquatable<AnalyticsTrackSource>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AnalyticsTrackSource(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>regular</c>: the camera or microphone.</summary>
    public static AnalyticsTrackSource Regular { get; } = new("regular");

    /// <summary><c>screen</c>: a screen share.</summary>
    public static AnalyticsTrackSource Screen { get; } = new("screen");

    /// <summary>Converts a raw string to a <see cref="AnalyticsTrackSource"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator AnalyticsTrackSource(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(AnalyticsTrackSource left, AnalyticsTrackSource right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(AnalyticsTrackSource left, AnalyticsTrackSource right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(AnalyticsTrackSource other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnalyticsTrackSource other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="AnalyticsTrackSource"/> as its raw string.</summary>
internal sealed class AnalyticsTrackSourceJsonConverter : ExtensibleEnumJsonConverter<AnalyticsTrackSource>
{
    /// <inheritdoc />
    protected override AnalyticsTrackSource FromString(string value) => new(value);
}
