using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>What happened when a webhook replay was requested. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(WebhookReplayStartStatusJsonConverter))]
public readonly struct WebhookReplayStartStatus : IEquatable<WebhookReplayStartStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public WebhookReplayStartStatus(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>started</c>: a new replay workflow started.</summary>
    public static WebhookReplayStartStatus Started { get; } = new("started");

    /// <summary><c>already_running</c>: an identical replay is already running; its workflow is reused.</summary>
    public static WebhookReplayStartStatus AlreadyRunning { get; } = new("already_running");

    /// <summary>Converts a raw string to a <see cref="WebhookReplayStartStatus"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator WebhookReplayStartStatus(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(WebhookReplayStartStatus left, WebhookReplayStartStatus right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(WebhookReplayStartStatus left, WebhookReplayStartStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(WebhookReplayStartStatus other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebhookReplayStartStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="WebhookReplayStartStatus"/> as its raw string.</summary>
internal sealed class WebhookReplayStartStatusJsonConverter : ExtensibleEnumJsonConverter<WebhookReplayStartStatus>
{
    /// <inheritdoc />
    protected override WebhookReplayStartStatus FromString(string value) => new(value);
}
