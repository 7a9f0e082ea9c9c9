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

    /// <summary>
    /// Checked when <c>MapHmsWebhooks</c> runs: a bad setting fails the app at start-up with
    /// <see cref="ArgumentException"/> naming <c>options</c> and the setting (<c>'options.QueueCapacity'</c>).
    /// </summary>
    internal void Validate()
    {
        const string param = "options";
        if (MaxBodySize <= 0)
        {
            throw new ArgumentOutOfRangeException(param, MaxBodySize, "'options.MaxBodySize' must be positive.");
        }

        if (QueueCapacity <= 0)
        {
            throw new ArgumentOutOfRangeException(param, QueueCapacity, "'options.QueueCapacity' must be positive.");
        }

        if (HandlerTimeout is { } timeout && (timeout <= TimeSpan.Zero || timeout > MaxHandlerTimeout) && timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(param, timeout, $"'options.HandlerTimeout' must be positive and at most {MaxHandlerTimeout}, or null for no limit.");
        }

        foreach (var header in Verification.RequiredHeaders)
        {
            if (header.Key is null || header.Key.Trim().Length == 0)
            {
                throw new ArgumentException("'options.Verification.RequiredHeaders' names cannot be empty or whitespace.", param);
            }

            if (header.Value is null || header.Value.Trim().Length == 0)
            {
                throw new ArgumentException($"'options.Verification.RequiredHeaders[{header.Key}]' cannot be empty or whitespace.", param);
            }

            if (HasUnpairedSurrogate(header.Key) || HasUnpairedSurrogate(header.Value))
            {
                throw new ArgumentException("'options.Verification.RequiredHeaders' contains an unpaired surrogate character.", param);
            }
        }

        foreach (var address in Verification.AllowedSourceAddresses)
        {
            if (address is null)
            {
                throw new ArgumentException("'options.Verification.AllowedSourceAddresses' cannot contain null or blank entries.", param);
            }
        }
    }

    private static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest finite handler timeout a timer can represent (about 24.8 days).</summary>
    private static readonly TimeSpan MaxHandlerTimeout = TimeSpan.FromMilliseconds(int.MaxValue);
}
