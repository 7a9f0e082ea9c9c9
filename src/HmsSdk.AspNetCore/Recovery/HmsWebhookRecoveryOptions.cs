using System;

namespace HmsSdk.AspNetCore;

/// <summary>Settings of the recovery service added by <see cref="HmsWebhooksBuilder.AddRecovery"/>.</summary>
public sealed class HmsWebhookRecoveryOptions
{
    /// <summary>How far back the webhook history and replay APIs reach (30 days, per the 100ms docs).</summary>
    public static readonly TimeSpan HistoryReach = TimeSpan.FromDays(30);

    /// <summary>The widest time window one history or replay request may cover (14 days, per the 100ms docs).</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(14);

    /// <summary>How often to look for failed deliveries after the run at start-up (default 15 minutes).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Where the first run starts when no checkpoint is stored yet (default 24 hours back; at most 30 days).</summary>
    public TimeSpan InitialLookback { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How recent a delivery must not be to be considered (default 2 minutes): 100ms is still retrying it (after 1 s, 3 s
    /// and 10 s), and a replay of it would race those retries.
    /// </summary>
    public TimeSpan SettleDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a running replay workflow's status is checked (default 10 s).</summary>
    public TimeSpan ReplayPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after a 429 that carries no Retry-After (default 45 s, the documented "retry after 45 seconds").</summary>
    public TimeSpan RateLimitDelay { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>The store checkpoint that holds the end of the last recovered window (default <c>hms-webhook-recovery</c>).</summary>
    public string CheckpointName { get; set; } = "hms-webhook-recovery";

    /// <summary>Describes the settings.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        $"HmsWebhookRecoveryOptions {{ Interval = {Interval}, InitialLookback = {InitialLookback}, SettleDelay = {SettleDelay}, ReplayPollInterval = {ReplayPollInterval}, CheckpointName = {CheckpointName} }}";

    internal void Validate()
    {
        if (Interval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookRecoveryOptions)}.{nameof(Interval)} must be positive.");
        }

        if (InitialLookback <= TimeSpan.Zero || InitialLookback > HistoryReach)
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookRecoveryOptions)}.{nameof(InitialLookback)} must be positive and at most 30 days.");
        }

        if (SettleDelay < TimeSpan.Zero || SettleDelay >= HistoryReach)
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookRecoveryOptions)}.{nameof(SettleDelay)} must be zero or positive and under 30 days.");
        }

        if (ReplayPollInterval <= TimeSpan.Zero || RateLimitDelay <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookRecoveryOptions)}.{nameof(ReplayPollInterval)} and {nameof(RateLimitDelay)} must be positive.");
        }

        if (string.IsNullOrWhiteSpace(CheckpointName))
        {
            throw new InvalidOperationException($"{nameof(HmsWebhookRecoveryOptions)}.{nameof(CheckpointName)} cannot be empty.");
        }
    }
}

/// <summary>What one recovery run did.</summary>
/// <param name="From">The start of the first window examined.</param>
/// <param name="To">Where the checkpoint now stands (the end of the last window completed).</param>
/// <param name="FailedDeliveries">Failed deliveries found in the history.</param>
/// <param name="ReplaysStarted">Replay workflows started (or joined, when an identical one was running).</param>
/// <param name="GapStart">When the checkpoint was older than the history reaches: the start of the part that could not be recovered.</param>
public sealed record HmsWebhookRecoveryRun(DateTimeOffset From, DateTimeOffset To, long FailedDeliveries, int ReplaysStarted, DateTimeOffset? GapStart);
