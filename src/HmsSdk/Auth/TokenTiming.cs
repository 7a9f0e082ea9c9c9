using System;

namespace HmsSdk;

/// <summary>The <c>iat</c>/<c>nbf</c>/<c>exp</c> claims of one token, in integer Unix seconds.</summary>
internal readonly struct TokenTiming
{
    /// <summary>Node backdates <c>iat</c> by 10 s to absorb clock skew between servers.</summary>
    internal const long BackdateSeconds = 10;

    /// <summary>Node's default validity: 24 h from <c>nbf</c>.</summary>
    internal const long DefaultValiditySeconds = 24 * 3600;

    /// <summary>The largest Unix second a <see cref="DateTimeOffset"/> can hold (9999-12-31T23:59:59Z).</summary>
    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    private TokenTiming(long issuedAt, long notBefore, long expiresAt)
    {
        IssuedAt = issuedAt;
        NotBefore = notBefore;
        ExpiresAt = expiresAt;
    }

    public long IssuedAt { get; }

    public long NotBefore { get; }

    public long ExpiresAt { get; }

    /// <summary>
    /// Node's arithmetic: <c>iat = issuedAt || now-10; nbf = notValidBefore || iat; exp = nbf + (validFor || default)</c>,
    /// where zero (epoch, <see cref="TimeSpan.Zero"/>) counts as unset just like JavaScript's <c>||</c>.
    /// </summary>
    public static TokenTiming Compute(
        DateTimeOffset now,
        DateTimeOffset? issuedAt,
        DateTimeOffset? notValidBefore,
        TimeSpan? validFor,
        long defaultValiditySeconds,
        string optionsParameterName)
    {
        long iat = ToUnixSecondsOrZero(issuedAt);
        if (iat == 0)
        {
            iat = now.ToUnixTimeSeconds() - BackdateSeconds;
        }

        long nbf = ToUnixSecondsOrZero(notValidBefore);
        if (nbf == 0)
        {
            nbf = iat;
        }

        long validSeconds = ToWholeSecondsOrZero(validFor);
        if (validSeconds == 0)
        {
            validSeconds = defaultValiditySeconds;
        }

        if (nbf > MaxUnixSeconds - validSeconds)
        {
            throw new ArgumentOutOfRangeException(
                optionsParameterName,
                "NotValidBefore plus ValidFor lies beyond DateTimeOffset.MaxValue; the token expiry cannot be represented.");
        }

        return new TokenTiming(iat, nbf, nbf + validSeconds);
    }

    /// <summary>True when none of the timing options is set, so the token gets the default timing.</summary>
    public static bool IsDefault(DateTimeOffset? issuedAt, DateTimeOffset? notValidBefore, TimeSpan? validFor) =>
        ToUnixSecondsOrZero(issuedAt) == 0 && ToUnixSecondsOrZero(notValidBefore) == 0 && ToWholeSecondsOrZero(validFor) == 0;

    /// <summary>Setter guard for absolute timestamps: the claims are unsigned epoch seconds.</summary>
    public static DateTimeOffset? ValidateTimestamp(DateTimeOffset? value, string propertyName)
    {
        if (value is { } timestamp && timestamp < DateTimeOffset.FromUnixTimeSeconds(0))
        {
            throw new ArgumentOutOfRangeException(
                propertyName,
                $"'{propertyName}' must not be before the Unix epoch (1970-01-01T00:00:00Z); the epoch itself means unset.");
        }

        return value;
    }

    /// <summary>Setter guard for durations: zero means unset, otherwise at least one whole second.</summary>
    public static TimeSpan? ValidateValidFor(TimeSpan? value, string propertyName)
    {
        if (value is { } duration)
        {
            if (duration < TimeSpan.Zero)
            {
                throw Guard.Negative(propertyName, propertyName, duration);
            }

            if (duration > TimeSpan.Zero && duration < TimeSpan.FromSeconds(1))
            {
                // Truncating to whole seconds would silently turn this into "unset", i.e. 24 h.
                throw new ArgumentOutOfRangeException(
                    propertyName,
                    $"'{propertyName}' must be zero (unset) or at least one second; token claims are whole seconds.");
            }
        }

        return value;
    }

    public static DateTimeOffset ToDateTimeOffset(long unixSeconds) => DateTimeOffset.FromUnixTimeSeconds(unixSeconds);

    private static long ToUnixSecondsOrZero(DateTimeOffset? value) => value?.ToUnixTimeSeconds() ?? 0;

    private static long ToWholeSecondsOrZero(TimeSpan? value) => value is { } duration ? duration.Ticks / TimeSpan.TicksPerSecond : 0;
}
