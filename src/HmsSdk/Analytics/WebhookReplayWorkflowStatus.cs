using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The state of a webhook replay workflow. The API mixes capitalised and lowercase values; comparisons ignore case. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(WebhookReplayWorkflowStatusJsonConverter))]
public readonly struct WebhookReplayWorkflowStatus : IEquatable<WebhookReplayWorkflowStatus>
{
    private readonly string? _value;

    /// <summary>Creates a value from its raw string.</summary>
    /// <param name="value">The raw value as 100ms sends it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public WebhookReplayWorkflowStatus(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary><c>Running</c>: the replay is still sending webhooks.</summary>
    public static WebhookReplayWorkflowStatus Running { get; } = new("Running");

    /// <summary><c>completed</c>: every selected webhook was re-delivered.</summary>
    public static WebhookReplayWorkflowStatus Completed { get; } = new("completed");

    /// <summary><c>completed_with_failures</c>: the replay finished but some deliveries failed.</summary>
    public static WebhookReplayWorkflowStatus CompletedWithFailures { get; } = new("completed_with_failures");

    /// <summary><c>failed</c>: the replay failed.</summary>
    public static WebhookReplayWorkflowStatus Failed { get; } = new("failed");

    /// <summary><c>Canceled</c>: the replay was canceled.</summary>
    public static WebhookReplayWorkflowStatus Canceled { get; } = new("Canceled");

    /// <summary><c>Terminated</c>: the replay was terminated.</summary>
    public static WebhookReplayWorkflowStatus Terminated { get; } = new("Terminated");

    /// <summary>
    /// True for a state the workflow does not leave (every known value except <see cref="Running"/>), so a caller
    /// polling <c>GetWebhookReplayStatusAsync</c> knows when to stop. Unknown values count as not finished.
    /// </summary>
    public bool IsFinished => Equals(Completed) || Equals(CompletedWithFailures) || Equals(Failed) || Equals(Canceled) || Equals(Terminated);

    /// <summary>Converts a raw string to a <see cref="WebhookReplayWorkflowStatus"/>.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator WebhookReplayWorkflowStatus(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(WebhookReplayWorkflowStatus left, WebhookReplayWorkflowStatus right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(WebhookReplayWorkflowStatus left, WebhookReplayWorkflowStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(WebhookReplayWorkflowStatus other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WebhookReplayWorkflowStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(_value ?? string.Empty);

    /// <summary>Returns the raw value.</summary>
    /// <returns>The raw string, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="WebhookReplayWorkflowStatus"/> as its raw string.</summary>
internal sealed class WebhookReplayWorkflowStatusJsonConverter : ExtensibleEnumJsonConverter<WebhookReplayWorkflowStatus>
{
    /// <inheritdoc />
    protected override WebhookReplayWorkflowStatus FromString(string value) => new(value);
}
