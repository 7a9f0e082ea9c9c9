using System;

namespace HmsSdk;

/// <summary>Options for <see cref="IAuthService.GetManagementToken(ManagementTokenOptions?)"/>.</summary>
public sealed class ManagementTokenOptions
{
    private DateTimeOffset? _issuedAt;
    private DateTimeOffset? _notValidBefore;
    private TimeSpan? _validFor;

    /// <summary>
    /// The <c>iat</c> claim. Unset (<see langword="null"/> or the Unix epoch) means now minus 10 seconds.
    /// Setting any timing option mints a standalone token that is not cached and never used for API calls.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is before the Unix epoch.</exception>
    public DateTimeOffset? IssuedAt
    {
        get => _issuedAt;
        set => _issuedAt = TokenTiming.ValidateTimestamp(value, nameof(IssuedAt));
    }

    /// <summary>The <c>nbf</c> claim. Unset (<see langword="null"/> or the Unix epoch) means the same as <c>iat</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is before the Unix epoch.</exception>
    public DateTimeOffset? NotValidBefore
    {
        get => _notValidBefore;
        set => _notValidBefore = TokenTiming.ValidateTimestamp(value, nameof(NotValidBefore));
    }

    /// <summary>
    /// How long the token stays valid, counted from <c>nbf</c>. Unset (<see langword="null"/> or
    /// <see cref="TimeSpan.Zero"/>) means the configured management token lifetime (24 hours by default).
    /// Whole seconds; a fraction is dropped.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or positive but under one second.</exception>
    public TimeSpan? ValidFor
    {
        get => _validFor;
        set => _validFor = TokenTiming.ValidateValidFor(value, nameof(ValidFor));
    }

    /// <summary>
    /// Mint a new default token even if the cached one is still fresh, and cache it in place of the old one.
    /// Ignored when a timing option is set: such a token is always new and never cached.
    /// </summary>
    public bool ForceNew { get; set; }

    /// <summary>True when no timing option is set, so the token is the cached default one.</summary>
    internal bool HasDefaultTiming => TokenTiming.IsDefault(_issuedAt, _notValidBefore, _validFor);
}
