using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The kind of a recorded stream. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(WebhookStreamTypeJsonConverter))]
public readonly struct WebhookStreamType : IEquatable<WebhookStreamType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public WebhookStreamType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>regular</c>: the peer's camera and microphone stream.</summary>
    public static WebhookStreamType Regular { get; } = new("regular");

    /// <summary><c>screen</c>: a screen share.</summary>
    public static WebhookStreamType Screen { get; } = new("screen");

    /// <summary><c>audio</c>: an audio-only stream.</summary>
    public static WebhookStreamType Audio { get; } = new("audio");

    /// <summary>Converts a raw string to a <see cref="WebhookStreamType"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator WebhookStreamType(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(WebhookStreamType left, WebhookStreamType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(WebhookStreamType left, WebhookStreamType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(WebhookStreamType other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebhookStreamType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="WebhookStreamType"/> as its raw string.</summary>
internal sealed class WebhookStreamTypeJsonConverter : ExtensibleEnumJsonConverter<WebhookStreamType>
{
    /// <inheritdoc />
    protected override WebhookStreamType FromString(string value) => new(value);
}
