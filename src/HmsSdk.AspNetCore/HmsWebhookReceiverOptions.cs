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
    /// With the in-memory queue (<see cref="HmsWebhooksBuilder.UseInMemoryQueue"/>): how many verified events may wait
    /// for their handlers (default 1024). When it is full the endpoint answers 503 so 100ms retries later (it retries
    /// 3 times: after 1 s, 3 s and 10 s). The SQLite store has its own <see cref="SqliteHmsWebhookStoreOptions.Capacity"/>.
    /// </summary>
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>
    /// How many times an event is attempted before it is parked as a dead letter (default 10). An attempt fails when a
    /// handler throws or overruns <see cref="HandlerTimeout"/>; handlers that already succeeded are not run again.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failed attempt (default 2 s); it doubles with every further failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between attempts (default 10 minutes).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many events are handled at the same time (default 1: one at a time, in arrival order).</summary>
    public int DispatchConcurrency { get; set; } = 1;

    /// <summary>
    /// How often the dispatcher looks at the store when nothing wakes it (default 5 s): picks up requeued dead letters
    /// and events stored by other means. New events from the endpoint wake it at once.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a handled event's id is remembered in the <c>IDistributedCache</c> (default 30 days, the reach of the
    /// 100ms webhook history and replay APIs), so a retry, a replay or a delivery to another instance sharing the cache
    /// is not handled again. Also how long the SQLite store keeps completed events' ids.
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The prefix of the <c>IDistributedCache</c> keys (default <c>hms-webhook:</c>); one per app sharing a cache.</summary>
    public string DeduplicationKeyPrefix { get; set; } = "hms-webhook:";

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
        $"HmsWebhookReceiverOptions {{ {Verification}, TrustForwardedFor = {TrustForwardedFor}, MaxBodySize = {MaxBodySize}, QueueCapacity = {QueueCapacity}, HandlerTimeout = {HandlerTimeout}, MaxAttempts = {MaxAttempts}, RetryDelay = {RetryDelay}, MaxRetryDelay = {MaxRetryDelay}, DispatchConcurrency = {DispatchConcurrency}, DeduplicationWindow = {DeduplicationWindow} }}";

    /// <summary>The wait before attempt <paramref name="failedAttempts"/> + 1: <see cref="RetryDelay"/> doubled per failure, capped.</summary>
    internal TimeSpan RetryDelayAfter(int failedAttempts)
    {
        var exponent = Math.Min(Math.Max(failedAttempts - 1, 0), 30);
        var ticks = RetryDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= MaxRetryDelay.Ticks ? MaxRetryDelay : TimeSpan.FromTicks((long)ticks);
    }

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

        if (MaxAttempts <= 0)
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookReceiverOptions)}.{nameof(MaxAttempts)} must be positive.");
        }

        if (RetryDelay <= TimeSpan.Zero || MaxRetryDelay < RetryDelay)
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookReceiverOptions)}.{nameof(RetryDelay)} must be positive and {nameof(MaxRetryDelay)} at least as long.");
        }

        if (DispatchConcurrency <= 0)
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookReceiverOptions)}.{nameof(DispatchConcurrency)} must be positive.");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookReceiverOptions)}.{nameof(PollInterval)} must be positive.");
        }

        if (DeduplicationWindow <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookReceiverOptions)}.{nameof(DeduplicationWindow)} must be positive.");
        }

        if (string.IsNullOrEmpty(DeduplicationKeyPrefix))
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookReceiverOptions)}.{nameof(DeduplicationKeyPrefix)} cannot be empty.");
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
