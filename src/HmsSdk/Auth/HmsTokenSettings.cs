using System;

namespace HmsSdk;

/// <summary>
/// Everything <see cref="AuthService"/> needs to mint tokens. The client builds it from its options;
/// the service validates it once, at construction.
/// </summary>
internal sealed class HmsTokenSettings
{
    /// <summary>The 100ms app access key, written into the <c>access_key</c> claim.</summary>
    public required string AccessKey { get; init; }

    /// <summary>The 100ms app secret; its UTF-8 bytes are the HS256 key. Never logged or printed.</summary>
    public required string Secret { get; init; }

    /// <summary>The clock behind <c>iat</c>, <c>nbf</c>, <c>exp</c> and cache freshness.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Produces the <c>jti</c> claim; <see langword="null"/> means a random UUID v4 in lowercase "D" form.</summary>
    public Func<string>? TokenIdGenerator { get; init; }

    /// <summary>Validity of the cached management token, counted from its <c>nbf</c>; whole seconds. Node uses 24 h.</summary>
    public TimeSpan ManagementTokenLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long before <c>exp</c> a cached token is replaced (Node re-mints 30 s <em>after</em> exp; that is a bug).</summary>
    public TimeSpan RefreshBeforeExpiry { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Opt-in cache of default-timing auth tokens per (room, role, user).</summary>
    public bool CacheAuthTokens { get; init; }

    /// <summary>Upper bound on cached auth tokens; the least recently used one is evicted when full.</summary>
    public int AuthTokenCacheCapacity { get; init; } = 1024;

    /// <inheritdoc />
    public override string ToString() => $"HmsTokenSettings {{ AccessKey = {AccessKey}, Secret = [redacted] }}";
}
