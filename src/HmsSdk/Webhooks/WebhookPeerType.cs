using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>How a peer joined: directly or through SIP. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(WebhookPeerTypeJsonConverter))]
public readonly struct WebhookPeerType : IEquatable<WebhookPeerType>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public WebhookPeerType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>regular</c>: joined directly through a client SDK.</summary>
    public static WebhookPeerType Regular { get; } = new("regular");

    /// <summary><c>sip</c>: joined through SIP.</summary>
    public static WebhookPeerType Sip { get; } = new("sip");

    /// <summary>Converts a raw string to a <see cref="WebhookPeerType"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator WebhookPeerType(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(WebhookPeerType left, WebhookPeerType right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(WebhookPeerType left, WebhookPeerType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(WebhookPeerType other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebhookPeerType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="WebhookPeerType"/> as its raw string.</summary>
internal sealed class WebhookPeerTypeJsonConverter : ExtensibleEnumJsonConverter<WebhookPeerType>
{
    /// <inheritdoc />
    protected override WebhookPeerType FromString(string value) => new(value);
}
