using System;

namespace HmsSdk;

/// <summary>
/// Built-in retries (Polly). Idempotent calls retry on 408, 429, 500, 502, 503, 504, transport errors and timeouts;
/// POST retries only on 429, on 503 with <c>Retry-After</c>, and when the connection failed before the request was sent.
/// Set <see cref="MaxRetries"/> to 0 when an outer resilience handler (for example
/// <c>AddStandardResilienceHandler()</c>) does the retrying.
/// </summary>
public sealed class HmsRetryOptions
{
    /// <summary>Retries after the first attempt. Default 3; 0 turns retries off.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The base delay of the exponential back-off. Default 0.8 s.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(0.8);

    /// <summary>
    /// The longest single wait. A <c>Retry-After</c> longer than this is not waited for: the error is raised instead,
    /// with the server's <c>Retry-After</c> on <see cref="HmsRateLimitException.RetryAfter"/>. Default 60 s.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Randomizes back-off delays so that many clients do not retry in lockstep. Default true.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>Retry once with a freshly minted management token after a 401 or 403 (Node SDK parity). Default true.</summary>
    public bool RefreshTokenOnAuthFailure { get; set; } = true;

    /// <summary>A source of numbers in [0, 1) for jitter; tests pass a seeded one. Null uses a shared thread-safe source.</summary>
    internal Func<double>? Randomizer { get; set; }

    internal HmsRetryOptions Clone() => (HmsRetryOptions)MemberwiseClone();

    /// <summary>The longest back-off delay Polly accepts.</summary>
    internal static readonly TimeSpan MaxDelayLimit = TimeSpan.FromDays(1);

    internal void Validate(string paramName = "options", string target = "Retry")
    {
        Guard.InRange(MaxRetries, 0, Http.HmsRequestOptionsValidator.MaxRetries, paramName, target + ".MaxRetries");
        if (Delay < TimeSpan.Zero || Delay > MaxDelayLimit)
        {
            throw Guard.OutOfRange(paramName, target + ".Delay", Delay, TimeSpan.Zero, MaxDelayLimit);
        }

        if (MaxDelay < Delay || MaxDelay > MaxDelayLimit)
        {
            throw new ArgumentOutOfRangeException(paramName, MaxDelay, $"'{target}.MaxDelay' must be at least '{target}.Delay' and at most {MaxDelayLimit}.");
        }
    }
}
