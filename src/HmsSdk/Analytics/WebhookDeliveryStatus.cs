using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>A webhook delivery outcome, used to filter delivery history and replays. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(WebhookDeliveryStatusJsonConverter))]
public readonly struct WebhookDeliveryStatus : IEquatable<WebhookDeliveryStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public WebhookDeliveryStatus(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>all</c>: every delivery (history filter only).</summary>
    public static WebhookDeliveryStatus All { get; } = new("all");

    /// <summary><c>failed</c>: deliveries the endpoint did not accept.</summary>
    public static WebhookDeliveryStatus Failed { get; } = new("failed");

    /// <summary><c>success</c>: deliveries the endpoint accepted.</summary>
    public static WebhookDeliveryStatus Success { get; } = new("success");

    /// <summary>Converts a raw string to a <see cref="WebhookDeliveryStatus"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator WebhookDeliveryStatus(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(WebhookDeliveryStatus left, WebhookDeliveryStatus right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(WebhookDeliveryStatus left, WebhookDeliveryStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(WebhookDeliveryStatus other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebhookDeliveryStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="WebhookDeliveryStatus"/> as its raw string.</summary>
internal sealed class WebhookDeliveryStatusJsonConverter : ExtensibleEnumJsonConverter<WebhookDeliveryStatus>
{
    /// <inheritdoc />
    protected override WebhookDeliveryStatus FromString(string value) => new(value);
}
