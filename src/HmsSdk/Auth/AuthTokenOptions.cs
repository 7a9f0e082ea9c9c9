using System;

namespace HmsSdk;

/// <summary>What to put into a client (app) token: the room and role it grants, and optionally who and when.</summary>
public sealed class AuthTokenOptions
{
    private DateTimeOffset? _issuedAt;
    private DateTimeOffset? _notValidBefore;
    private TimeSpan? _validFor;

    /// <summary>Creates options for a token that lets a peer join <paramref name="roomId"/> as <paramref name="role"/>.</summary>
    /// <param name="roomId">The 100ms room id, written into the <c>room_id</c> claim.</param>
    /// <param name="role">The role the peer joins with, written into the <c>role</c> claim.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> or <paramref name="role"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> or <paramref name="role"/> is empty or white space.</exception>
    public AuthTokenOptions(string roomId, string role)
    {
        RoomId = RequireText(roomId, nameof(roomId));
        Role = RequireText(role, nameof(role));
    }

    /// <summary>The room the token grants access to (<c>room_id</c> claim).</summary>
    public string RoomId { get; }

    /// <summary>The role the peer joins with (<c>role</c> claim).</summary>
    public string Role { get; }

    /// <summary>
    /// Your own identifier for the user (<c>user_id</c> claim). The claim is omitted when this is
    /// <see langword="null"/> or empty, as in the Node SDK; white space only, an unpaired surrogate or more than 16,384
    /// characters make <see cref="IAuthService.CreateAuthToken"/> throw, as every other call does.
    /// </summary>
    public string? UserId { get; set; }

    /// <summary>
    /// The <c>iat</c> claim. Unset (<see langword="null"/> or the Unix epoch) means now minus 10 seconds.
    /// Fractions of a second are dropped.
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
    /// <see cref="TimeSpan.Zero"/>) means 24 hours. Whole seconds; a fraction is dropped.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or positive but under one second.</exception>
    public TimeSpan? ValidFor
    {
        get => _validFor;
        set => _validFor = TokenTiming.ValidateValidFor(value, nameof(ValidFor));
    }

    /// <summary>True when no timing option is set, so the token gets the default timing (and may be cached).</summary>
    internal bool HasDefaultTiming => TokenTiming.IsDefault(_issuedAt, _notValidBefore, _validFor);

    private static string RequireText(string value, string parameterName) =>
        Guard.MaxLength(Guard.NotNullOrWhiteSpace(value, parameterName), MaxClaimLength, parameterName);

    /// <summary>The longest room id, role or user id written into a token claim.</summary>
    internal const int MaxClaimLength = 16 * 1024;
}
