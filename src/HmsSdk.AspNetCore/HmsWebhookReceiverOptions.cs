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

    /// <summary>
    /// Checked when <c>MapHmsWebhooks</c> runs: a bad setting fails the app at start-up with
    /// <see cref="ArgumentException"/> naming <c>options</c> and the setting (<c>'options.QueueCapacity'</c>).
    /// </summary>
    private const int MaxMaxAttempts = 1_000;
    private const int MaxDispatchConcurrency = 1_024;
    private static readonly TimeSpan MaxDelaySetting = TimeSpan.FromDays(1);
    private static readonly TimeSpan MaxDeduplicationWindow = TimeSpan.FromDays(365);

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

        if (MaxAttempts is <= 0 or > MaxMaxAttempts)
        {
            throw new ArgumentOutOfRangeException(param, MaxAttempts, $"'options.MaxAttempts' must be between 1 and {MaxMaxAttempts}.");
        }

        if (RetryDelay <= TimeSpan.Zero || RetryDelay > MaxDelaySetting)
        {
            throw new ArgumentOutOfRangeException(param, RetryDelay, $"'options.RetryDelay' must be positive and at most {MaxDelaySetting}.");
        }

        if (MaxRetryDelay < RetryDelay || MaxRetryDelay > MaxDelaySetting)
        {
            throw new ArgumentOutOfRangeException(param, MaxRetryDelay, $"'options.MaxRetryDelay' must be at least 'options.RetryDelay' and at most {MaxDelaySetting}.");
        }

        if (DispatchConcurrency is <= 0 or > MaxDispatchConcurrency)
        {
            throw new ArgumentOutOfRangeException(param, DispatchConcurrency, $"'options.DispatchConcurrency' must be between 1 and {MaxDispatchConcurrency}.");
        }

        if (PollInterval <= TimeSpan.Zero || PollInterval > MaxDelaySetting)
        {
            throw new ArgumentOutOfRangeException(param, PollInterval, $"'options.PollInterval' must be positive and at most {MaxDelaySetting}.");
        }

        if (DeduplicationWindow <= TimeSpan.Zero || DeduplicationWindow > MaxDeduplicationWindow)
        {
            throw new ArgumentOutOfRangeException(param, DeduplicationWindow, $"'options.DeduplicationWindow' must be positive and at most {MaxDeduplicationWindow}.");
        }

        if (string.IsNullOrWhiteSpace(DeduplicationKeyPrefix))
        {
            throw new ArgumentException("'options.DeduplicationKeyPrefix' cannot be empty or whitespace.", param);
        }

        if (HasUnpairedSurrogate(DeduplicationKeyPrefix))
        {
            throw new ArgumentException("'options.DeduplicationKeyPrefix' contains an unpaired surrogate character.", param);
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
