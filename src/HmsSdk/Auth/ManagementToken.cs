using System;
using System.Globalization;

namespace HmsSdk;

/// <summary>
/// A signed management token that authorizes 100ms REST API calls, with its claims.
/// <see cref="ToString"/> never includes the token itself.
/// </summary>
public sealed class ManagementToken
{
    /// <summary>Creates a token result; the SDK does this when minting, tests and fakes may do it directly.</summary>
    /// <param name="token">The compact JWT.</param>
    /// <param name="id">The <c>jti</c> claim.</param>
    /// <param name="issuedAt">The <c>iat</c> claim.</param>
    /// <param name="notBefore">The <c>nbf</c> claim.</param>
    /// <param name="expiresAt">The <c>exp</c> claim.</param>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> or <paramref name="id"/> is <see langword="null"/>.</exception>
    public ManagementToken(string token, string id, DateTimeOffset issuedAt, DateTimeOffset notBefore, DateTimeOffset expiresAt)
    {
        Token = token ?? throw new ArgumentNullException(nameof(token));
        Id = id ?? throw new ArgumentNullException(nameof(id));
        IssuedAt = issuedAt;
        NotBefore = notBefore;
        ExpiresAt = expiresAt;
    }

    /// <summary>The compact JWT sent as <c>Authorization: Bearer</c>. Treat it as a credential.</summary>
    public string Token { get; }

    /// <summary>The unique token id (<c>jti</c> claim).</summary>
    public string Id { get; }

    /// <summary>The <c>iat</c> claim.</summary>
    public DateTimeOffset IssuedAt { get; }

    /// <summary>The <c>nbf</c> claim.</summary>
    public DateTimeOffset NotBefore { get; }

    /// <summary>The <c>exp</c> claim.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Describes the token without revealing it.</summary>
    /// <returns>The id and validity window; the JWT is shown as <c>[redacted]</c>.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "ManagementToken {{ Id = {0}, NotBefore = {1:O}, ExpiresAt = {2:O}, Token = [redacted] }}",
        Id,
        NotBefore,
        ExpiresAt);
}
