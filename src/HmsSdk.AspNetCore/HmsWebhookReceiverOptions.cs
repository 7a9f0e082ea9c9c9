using System;
using HmsSdk.Webhooks;

namespace HmsSdk.AspNetCore;

/// <summary>Settings of the endpoint that <c>MapHmsWebhooks</c> maps.</summary>
public sealed class HmsWebhookReceiverOptions
{
    /// <summary>The largest body accepted, in bytes (default 1 MiB). Larger requests get 413.</summary>
    public const long DefaultMaxBodySize = 1024 * 1024;

    /// <summary>Secret headers and sender-address checks. With nothing configured, every request is accepted (a warning is logged at startup).</summary>
    public HmsWebhookOptions Verification { get; } = new();

    /// <summary>
    /// When <see langword="true"/> and <see cref="HmsWebhookOptions.VerifySourceAddress"/> is on, the sender address is the
    /// right-most entry of <c>X-Forwarded-For</c> (the one your own proxy appended) instead of the connection's address.
    /// Enable only behind a proxy you control that always sets the header; otherwise any caller can forge it.
    /// With several proxies, use ASP.NET Core's forwarded-headers middleware instead and leave this off.
    /// </summary>
    public bool TrustForwardedFor { get; set; }

    /// <summary>The largest body accepted, in bytes. Defaults to <see cref="DefaultMaxBodySize"/>.</summary>
    public long MaxBodySize { get; set; } = DefaultMaxBodySize;

    /// <summary>
    /// How many verified events may wait for their handlers (default 1024). When the queue is full the endpoint
    /// answers 503 so 100ms retries later (it retries 3 times: after 1 s, 3 s and 10 s).
    /// </summary>
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>How long one handler may run for one event before its cancellation token fires (default 30 s). <see langword="null"/> for no limit.</summary>
    public TimeSpan? HandlerTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Adds a required secret header; see <see cref="HmsWebhookOptions.RequireHeader(string, string)"/>.</summary>
    /// <param name="name">The header name, as configured on the 100ms dashboard.</param>
    /// <param name="expectedValue">The secret value.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentException">The name or value is null, empty or whitespace.</exception>
    public HmsWebhookReceiverOptions RequireHeader(string name, string expectedValue)
    {
        Verification.RequireHeader(name, expectedValue);
        return this;
    }

    /// <summary>Describes the settings; secret header values never appear.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        $"HmsWebhookReceiverOptions {{ {Verification}, TrustForwardedFor = {TrustForwardedFor}, MaxBodySize = {MaxBodySize}, QueueCapacity = {QueueCapacity}, HandlerTimeout = {HandlerTimeout} }}";

    internal void Validate()
    {
        if (MaxBodySize <= 0)
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookReceiverOptions)}.{nameof(MaxBodySize)} must be positive.");
        }

        if (QueueCapacity <= 0)
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookReceiverOptions)}.{nameof(QueueCapacity)} must be positive.");
        }

        if (HandlerTimeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookReceiverOptions)}.{nameof(HandlerTimeout)} must be positive or null.");
        }

        foreach (var header in Verification.RequiredHeaders)
        {
            if (string.IsNullOrWhiteSpace(header.Key) || string.IsNullOrEmpty(header.Value))
            {
                throw new InvalidOperationException($"The required webhook header '{header.Key}' needs a non-empty name and value.");
            }
        }
    }
}
