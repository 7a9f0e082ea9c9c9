using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace HmsSdk;

/// <summary>
/// Settings of an <see cref="HmsClient"/>. The client copies them when it is built, so later changes have no effect.
/// </summary>
public sealed class HmsClientOptions
{
    /// <summary>The app access key. Falls back to the <c>HMS_ACCESS_KEY</c> environment variable when null or empty.</summary>
    public string? AccessKey { get; set; }

    /// <summary>The app secret. Falls back to <c>HMS_SECRET</c> when null or empty. Never logged.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// The REST API base, default <c>https://api.100ms.live/v2</c>
    /// (<c>https://api-nonprod.100ms.live/v2</c> when <c>HMS_ENV=nonprod</c>). Paths are appended after it, keeping <c>/v2</c>.
    /// </summary>
    public Uri? BaseUri { get; set; }

    /// <summary>The auth host used to exchange room codes for tokens, default <c>https://auth.100ms.live/v2</c>.</summary>
    public Uri? AuthBaseUri { get; set; }

    /// <summary>The timeout of each HTTP attempt, default 180 s (Node SDK parity). <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(180);

    /// <summary>Retry behaviour.</summary>
    public HmsRetryOptions Retry { get; set; } = new();

    /// <summary>An HttpClient to send requests with; the SDK never modifies or disposes it (its BaseAddress is ignored).</summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>A handler to send requests with; the SDK never disposes it. Ignored when <see cref="HttpClient"/> is set.</summary>
    public HttpMessageHandler? HttpMessageHandler { get; set; }

    /// <summary>The clock for tokens, timeouts and retry delays. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Where the SDK logs. Default: nothing is logged.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Log request and response bodies at Trace level (they may contain personal data). Default false.</summary>
    public bool LogBodies { get; set; }

    /// <summary>Appended to the SDK's User-Agent, e.g. <c>my-app/1.2</c>.</summary>
    public string? UserAgentSuffix { get; set; }

    /// <summary>Lifetime of minted management tokens. Default 24 h.</summary>
    public TimeSpan ManagementTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long before expiry a cached management token is replaced. Default 5 min.</summary>
    public TimeSpan ManagementTokenRefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Cache auth (app) tokens per room, role and user until shortly before expiry. Default false.</summary>
    public bool CacheAuthTokens { get; set; }

    /// <summary>The most auth tokens kept when <see cref="CacheAuthTokens"/> is on. Default 1024.</summary>
    public int AuthTokenCacheCapacity { get; set; } = 1024;

    /// <summary>The largest response body read, default 32 MiB; larger bodies fail with <see cref="HmsTransportException"/>.</summary>
    public int MaxResponseBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// Whether list enumerations request page n+1 while you consume page n (one page ahead at most, never past the
    /// last page; leaving the loop cancels it). Default true. Turn it off to send list requests strictly one at a time,
    /// e.g. under a tight rate limit; <see cref="HmsRequestOptions.PageReadAhead"/> overrides it per call.
    /// </summary>
    public bool PageReadAhead { get; set; } = true;

    /// <summary>True when the credentials came from <see cref="HmsClient(string, string)"/>, so errors name its parameters.</summary>
    internal bool CredentialsFromArguments { get; set; }

    /// <summary>Produces token ids (jti) for deterministic tests; null uses random UUID v4.</summary>
    internal Func<string>? TokenIdGenerator { get; set; }

    /// <summary>Copies the options (including a copy of <see cref="Retry"/>).</summary>
    internal HmsClientOptions Clone()
    {
        var copy = (HmsClientOptions)MemberwiseClone();
        copy.Retry = Retry?.Clone()!; // null stays null, so validation can name it
        return copy;
    }
}
