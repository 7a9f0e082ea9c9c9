using System;
using System.Globalization;

namespace HmsSdk;

/// <summary>
/// A signed client (app) token for joining a 100ms room, with the claims it carries.
/// <see cref="ToString"/> never includes the token itself.
/// </summary>
public sealed class AuthToken
{
    /// <summary>Creates a token result; the SDK does this when minting, tests and fakes may do it directly.</summary>
    /// <param name="token">The compact JWT.</param>
    /// <param name="id">The <c>jti</c> claim.</param>
    /// <param name="roomId">The <c>room_id</c> claim.</param>
    /// <param name="role">The <c>role</c> claim.</param>
    /// <param name="userId">The <c>user_id</c> claim, or <see langword="null"/> when the token has none.</param>
    /// <param name="issuedAt">The <c>iat</c> claim.</param>
    /// <param name="notBefore">The <c>nbf</c> claim.</param>
    /// <param name="expiresAt">The <c>exp</c> claim.</param>
    /// <exception cref="ArgumentNullException">A required string is <see langword="null"/>.</exception>
    public AuthToken(
        string token,
        string id,
        string roomId,
        string role,
        string? userId,
        DateTimeOffset issuedAt,
        DateTimeOffset notBefore,
        DateTimeOffset expiresAt)
    {
        Token = token ?? throw new ArgumentNullException(nameof(token));
        Id = id ?? throw new ArgumentNullException(nameof(id));
        RoomId = roomId ?? throw new ArgumentNullException(nameof(roomId));
        Role = role ?? throw new ArgumentNullException(nameof(role));
        UserId = userId;
        IssuedAt = issuedAt;
        NotBefore = notBefore;
        ExpiresAt = expiresAt;
    }

    /// <summary>The compact JWT (<c>header.payload.signature</c>) to hand to the client SDK. Treat it as a credential.</summary>
    public string Token { get; }

    /// <summary>The unique token id (<c>jti</c> claim).</summary>
    public string Id { get; }

    /// <summary>The room the token grants access to (<c>room_id</c> claim).</summary>
    public string RoomId { get; }

    /// <summary>The role the peer joins with (<c>role</c> claim).</summary>
    public string Role { get; }

    /// <summary>The <c>user_id</c> claim, or <see langword="null"/> when the token has none.</summary>
    public string? UserId { get; }

    /// <summary>The <c>iat</c> claim.</summary>
    public DateTimeOffset IssuedAt { get; }

    /// <summary>The <c>nbf</c> claim.</summary>
    public DateTimeOffset NotBefore { get; }

    /// <summary>The <c>exp</c> claim.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Describes the token without revealing it.</summary>
    /// <returns>The id, room, role, user and validity window; the JWT is shown as <c>[redacted]</c>.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "AuthToken {{ Id = {0}, RoomId = {1}, Role = {2}, UserId = {3}, NotBefore = {4:O}, ExpiresAt = {5:O}, Token = [redacted] }}",
        Id,
        RoomId,
        Role,
        UserId,
        NotBefore,
        ExpiresAt);
}
