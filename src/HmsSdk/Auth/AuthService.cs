using System;
using System.Runtime.CompilerServices;

namespace HmsSdk;

/// <summary>
/// Mints 100ms app (auth) tokens and keeps the management token used for API calls.
/// The management token is cached, minted once under concurrency, and replaced
/// <see cref="HmsTokenSettings.RefreshBeforeExpiry"/> before it expires. Thread-safe.
/// </summary>
internal sealed class AuthService : IAuthService
{
    /// <summary>
    /// Forced refreshes through <see cref="GetManagementTokenValue(bool)"/> that arrive within this window of
    /// the previous forced refresh reuse its token, so a burst of 401s re-mints once.
    /// </summary>
    internal static readonly TimeSpan ForcedRefreshCoalescingWindow = TimeSpan.FromSeconds(1);

    private readonly HmsJwtWriter _writer;
    private readonly TimeProvider _timeProvider;
    private readonly Func<string>? _tokenIdGenerator;
    private readonly long _managementLifetimeSeconds;
    private readonly long _refreshBeforeExpiryTicks;
    private readonly AuthTokenCache? _authTokenCache;
    private readonly object _managementGate = new();
    private volatile ManagementCacheEntry? _managementCache;

    /// <summary>Validates the settings once and precomputes the signing key and constant token bytes.</summary>
    /// <param name="settings">Credentials, clock and cache settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> or its time provider is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The access key or secret is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A lifetime, refresh margin or capacity is out of range.</exception>
    internal AuthService(HmsTokenSettings settings)
    {
        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        if (string.IsNullOrEmpty(settings.AccessKey))
        {
            throw new ArgumentException("The access key is required.", nameof(settings));
        }

        if (string.IsNullOrEmpty(settings.Secret))
        {
            throw new ArgumentException("The secret is required.", nameof(settings));
        }

        if (settings.TimeProvider is null)
        {
            throw new ArgumentNullException(nameof(settings), "The time provider is required.");
        }

        _managementLifetimeSeconds = settings.ManagementTokenLifetime.Ticks / TimeSpan.TicksPerSecond;
        if (_managementLifetimeSeconds < 1 || _managementLifetimeSeconds > 100L * 365 * 24 * 3600)
        {
            throw new ArgumentOutOfRangeException(
                nameof(settings),
                "ManagementTokenLifetime must be between one second and 100 years.");
        }

        if (settings.RefreshBeforeExpiry < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), "RefreshBeforeExpiry must not be negative.");
        }

        // A token is backdated by 10 s; if the margin eats the rest of its life, every call would re-mint.
        if (TimeSpan.FromSeconds(_managementLifetimeSeconds - TokenTiming.BackdateSeconds) <= settings.RefreshBeforeExpiry)
        {
            throw new ArgumentOutOfRangeException(
                nameof(settings),
                "ManagementTokenLifetime must exceed RefreshBeforeExpiry by more than 10 seconds, or the token would be due for refresh as soon as it is minted.");
        }

        if (settings.CacheAuthTokens && settings.AuthTokenCacheCapacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), "AuthTokenCacheCapacity must be at least 1 when CacheAuthTokens is on.");
        }

        _writer = new HmsJwtWriter(settings.AccessKey, settings.Secret);
        _timeProvider = settings.TimeProvider;
        _tokenIdGenerator = settings.TokenIdGenerator;
        _refreshBeforeExpiryTicks = settings.RefreshBeforeExpiry.Ticks;
        _authTokenCache = settings.CacheAuthTokens ? new AuthTokenCache(settings.AuthTokenCacheCapacity) : null;
    }

    /// <summary>How many auth tokens the opt-in cache holds (0 when caching is off); for tests and diagnostics.</summary>
    internal int CachedAuthTokenCount => _authTokenCache?.Count ?? 0;

    /// <inheritdoc />
    public AuthToken CreateAuthToken(AuthTokenOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (!string.IsNullOrEmpty(options.UserId))
        {
            // Empty omits the claim (Node parity); anything else follows the rules of every other id.
            Guard.MaxLength(Guard.Text(options.UserId!, nameof(options), "options.UserId"), AuthTokenOptions.MaxClaimLength, nameof(options), "options.UserId");
        }

        DateTimeOffset now = _timeProvider.GetUtcNow();
        if (_authTokenCache is null || !options.HasDefaultTiming)
        {
            return MintAuthToken(now, options);
        }

        var key = AuthTokenCache.KeyFor(options);
        AuthToken? cached = _authTokenCache.TryGet(key, now.UtcTicks);
        if (cached is not null)
        {
            return cached;
        }

        // Two threads missing at once may both mint; app tokens are stateless, so the last writer winning is harmless.
        AuthToken minted = MintAuthToken(now, options);
        _authTokenCache.Set(key, minted, RefreshAtUtcTicks(minted.ExpiresAt));
        return minted;
    }

    /// <inheritdoc />
    public ManagementToken GetManagementToken(ManagementTokenOptions? options = null)
    {
        if (options is null)
        {
            return GetCachedManagementEntry().Token;
        }

        if (!options.HasDefaultTiming)
        {
            // Custom timing never touches the cache: API calls must keep using the default token (Node bug fixed).
            DateTimeOffset now = _timeProvider.GetUtcNow();
            TokenTiming timing = TokenTiming.Compute(
                now,
                options.IssuedAt,
                options.NotValidBefore,
                options.ValidFor,
                _managementLifetimeSeconds,
                nameof(options));
            return MintManagementToken(timing);
        }

        return options.ForceNew
            ? RefreshManagementEntry(RefreshReason.ForceNew, staleToken: null).Token
            : GetCachedManagementEntry().Token;
    }

    /// <summary>
    /// The bearer value for one API request. <paramref name="forceRefresh"/> after a 401/403 re-mints, except that
    /// forced refreshes within <see cref="ForcedRefreshCoalescingWindow"/> of the last forced refresh reuse its token,
    /// so a burst of concurrent 401s mints once. Prefer <see cref="GetManagementTokenValue(string?)"/> for retries:
    /// it de-duplicates exactly.
    /// </summary>
    internal string GetManagementTokenValue(bool forceRefresh) => forceRefresh
        ? RefreshManagementEntry(RefreshReason.CoalescedForce, staleToken: null).Token.Token
        : GetCachedManagementEntry().Token.Token;

    /// <summary>
    /// The bearer value for retrying a request that was rejected (401/403) while carrying <paramref name="staleToken"/>.
    /// Re-mints only if the cache still holds <paramref name="staleToken"/> (or nothing fresh); if another caller
    /// already replaced it, that newer token is returned. <see langword="null"/> behaves like a plain cached read.
    /// </summary>
    internal string GetManagementTokenValue(string? staleToken)
    {
        if (staleToken is null)
        {
            return GetCachedManagementEntry().Token.Token;
        }

        ManagementCacheEntry? entry = _managementCache;
        if (entry is not null
            && !string.Equals(entry.Token.Token, staleToken, StringComparison.Ordinal)
            && _timeProvider.GetUtcNow().UtcTicks < entry.RefreshAtUtcTicks)
        {
            return entry.Token.Token;
        }

        return RefreshManagementEntry(RefreshReason.StaleToken, staleToken).Token.Token;
    }

    /// <summary>The hot path: one volatile read and one clock read, no allocation, while the cached token is fresh.</summary>
    private ManagementCacheEntry GetCachedManagementEntry()
    {
        ManagementCacheEntry? entry = _managementCache;
        if (entry is not null && _timeProvider.GetUtcNow().UtcTicks < entry.RefreshAtUtcTicks)
        {
            return entry;
        }

        return RefreshManagementEntry(RefreshReason.MissingOrDue, staleToken: null);
    }

    /// <summary>
    /// Single flight: every mint of the cached token happens under one lock, and each waiter re-checks
    /// whether the thread before it already produced what it needs. Minting is CPU only, so a lock suffices.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ManagementCacheEntry RefreshManagementEntry(RefreshReason reason, string? staleToken)
    {
        lock (_managementGate)
        {
            ManagementCacheEntry? current = _managementCache;
            long nowTicks = _timeProvider.GetUtcNow().UtcTicks;
            bool currentIsFresh = current is not null && nowTicks < current.RefreshAtUtcTicks;

            bool reuseCurrent = reason switch
            {
                RefreshReason.MissingOrDue => currentIsFresh,
                RefreshReason.StaleToken => currentIsFresh
                    && !string.Equals(current!.Token.Token, staleToken, StringComparison.Ordinal),
                RefreshReason.CoalescedForce => currentIsFresh
                    && current!.WasForced
                    && nowTicks - current.MintedAtUtcTicks < ForcedRefreshCoalescingWindow.Ticks,
                _ => false,
            };

            if (reuseCurrent)
            {
                return current!;
            }

            TokenTiming timing = TokenTiming.Compute(
                TimeProviderNow(nowTicks),
                issuedAt: null,
                notValidBefore: null,
                validFor: null,
                _managementLifetimeSeconds,
                "options");
            ManagementToken token = MintManagementToken(timing);
            var entry = new ManagementCacheEntry(
                token,
                RefreshAtUtcTicks(token.ExpiresAt),
                nowTicks,
                wasForced: reason != RefreshReason.MissingOrDue);
            _managementCache = entry;
            return entry;
        }
    }

    private ManagementToken MintManagementToken(in TokenTiming timing)
    {
        string tokenId = NextTokenId();
        string jwt = _writer.WriteManagementToken(timing, tokenId);
        return new ManagementToken(
            jwt,
            tokenId,
            TokenTiming.ToDateTimeOffset(timing.IssuedAt),
            TokenTiming.ToDateTimeOffset(timing.NotBefore),
            TokenTiming.ToDateTimeOffset(timing.ExpiresAt));
    }

    private AuthToken MintAuthToken(DateTimeOffset now, AuthTokenOptions options)
    {
        TokenTiming timing = TokenTiming.Compute(
            now,
            options.IssuedAt,
            options.NotValidBefore,
            options.ValidFor,
            TokenTiming.DefaultValiditySeconds,
            nameof(options));

        // Read once: the options object is mutable and may be shared between threads.
        string? userId = options.UserId;
        string tokenId = NextTokenId();
        string jwt = _writer.WriteAppToken(timing, options.RoomId, options.Role, userId, tokenId);
        return new AuthToken(
            jwt,
            tokenId,
            options.RoomId,
            options.Role,
            string.IsNullOrEmpty(userId) ? null : userId,
            TokenTiming.ToDateTimeOffset(timing.IssuedAt),
            TokenTiming.ToDateTimeOffset(timing.NotBefore),
            TokenTiming.ToDateTimeOffset(timing.ExpiresAt));
    }

    private string NextTokenId()
    {
        if (_tokenIdGenerator is null)
        {
            return Guid.NewGuid().ToString(); // the default format is "D", Node's uuid v4 shape
        }

        string tokenId = _tokenIdGenerator();
        if (string.IsNullOrEmpty(tokenId))
        {
            throw new InvalidOperationException("The configured token id generator returned a null or empty jti.");
        }

        return tokenId;
    }

    private long RefreshAtUtcTicks(DateTimeOffset expiresAt) => expiresAt.UtcTicks - _refreshBeforeExpiryTicks;

    private static DateTimeOffset TimeProviderNow(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    private enum RefreshReason
    {
        /// <summary>Nothing cached, or the cached token reached its refresh time.</summary>
        MissingOrDue,

        /// <summary>The caller asked for a new token explicitly (<see cref="ManagementTokenOptions.ForceNew"/>).</summary>
        ForceNew,

        /// <summary>A request was rejected with a token that may already have been replaced.</summary>
        StaleToken,

        /// <summary>A request was rejected; coalesce with a forced refresh that just happened.</summary>
        CoalescedForce,
    }

    private sealed class ManagementCacheEntry
    {
        public ManagementCacheEntry(ManagementToken token, long refreshAtUtcTicks, long mintedAtUtcTicks, bool wasForced)
        {
            Token = token;
            RefreshAtUtcTicks = refreshAtUtcTicks;
            MintedAtUtcTicks = mintedAtUtcTicks;
            WasForced = wasForced;
        }

        public ManagementToken Token { get; }

        public long RefreshAtUtcTicks { get; }

        public long MintedAtUtcTicks { get; }

        /// <summary>Minted on request (ForceNew or after a rejection) rather than because the cache was empty or due.</summary>
        public bool WasForced { get; }
    }
}
