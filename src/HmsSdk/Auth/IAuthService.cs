using System;

namespace HmsSdk;

/// <summary>
/// Mints the JSON Web Tokens 100ms expects: app (auth) tokens that let a client join a room, and the
/// management token that authorizes REST API calls. Minting is local CPU work; nothing is sent over the network.
/// </summary>
public interface IAuthService
{
    /// <summary>Mints a client (app) token for joining a room. CPU only, synchronous.</summary>
    /// <param name="options">The room, role, optional user id and optional timing.</param>
    /// <returns>The signed token and the claims it carries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The expiry computed from the timing options is not representable.</exception>
    AuthToken CreateAuthToken(AuthTokenOptions options);

    /// <summary>
    /// Returns the cached management token, minting one when none is cached or the cached one is about to expire.
    /// With <see cref="ManagementTokenOptions.ForceNew"/> a new default token replaces the cache. With custom timing
    /// (<see cref="ManagementTokenOptions.IssuedAt"/>, <see cref="ManagementTokenOptions.NotValidBefore"/> or
    /// <see cref="ManagementTokenOptions.ValidFor"/>) a standalone token is minted that is neither cached nor used
    /// for API calls.
    /// </summary>
    /// <param name="options">Optional refresh and timing options.</param>
    /// <returns>The signed management token and its claims.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The expiry computed from the timing options is not representable.</exception>
    ManagementToken GetManagementToken(ManagementTokenOptions? options = null);
}
