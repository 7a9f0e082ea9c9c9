using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.Paging;
using HmsSdk.RoomCodes;

namespace HmsSdk;

/// <summary>Creates, lists and enables or disables room codes (<c>/room-codes</c>), and exchanges a code for an auth token.</summary>
/// <example>
/// <code>
/// IReadOnlyList&lt;RoomCode&gt; codes = await hms.RoomCodes.CreateAsync(roomId);          // one per role
/// RoomCode guest = await hms.RoomCodes.CreateForRoleAsync(roomId, "guest");
/// await foreach (var code in hms.RoomCodes.ListAsync(roomId, new RoomCodeListOptions { Enabled = true }))
/// {
///     Console.WriteLine($"{code.Role}: {code.Code}");
/// }
/// await hms.RoomCodes.SetEnabledAsync(guest.Code, enabled: false);
///
/// // What a client SDK does with a code (undocumented for servers; see the method's remarks):
/// RoomCodeAuthToken joinToken = await hms.RoomCodes.ExchangeForAuthTokenAsync(codes[0].Code, userId: "u-42");
/// </code>
/// </example>
public interface IRoomCodesService
{
    /// <summary>Lists a room's codes, following <c>last</c>/<c>start</c> through every page (<c>GET /room-codes/room/{room_id}</c>).</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="options">Filters; null lists every code.</param>
    /// <param name="requestOptions">Per-call overrides (timeout, retries, headers).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A lazy sequence of room codes; nothing is requested until it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is not a usable id, or <see cref="RoomCodeListOptions.Role"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RoomCodeListOptions.Limit"/> is outside 10..100.</exception>
    HmsAsyncPageable<RoomCode> ListAsync(string roomId, RoomCodeListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates one code per role of the room and disables codes of roles that no longer exist
    /// (<c>POST /room-codes/room/{room_id}</c>).
    /// </summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new codes; empty when the response has no <c>data</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">No such room.</exception>
    /// <exception cref="HmsForbiddenException">The room is disabled.</exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<IReadOnlyList<RoomCode>> CreateAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a code for one role (<c>POST /room-codes/room/{room_id}/role/{role}</c>).</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="role">The role name.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> or <paramref name="role"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> or <paramref name="role"/> is empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">No such room or role.</exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<RoomCode> CreateForRoleAsync(string roomId, string role, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Enables or disables a code (<c>POST /room-codes/code</c> with <c>{"code": ..., "enabled": ...}</c>).</summary>
    /// <param name="code">The room code.</param>
    /// <param name="enabled">True to enable, false to disable.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The code in its new state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or whitespace.</exception>
    /// <exception cref="HmsNotFoundException">No such code.</exception>
    /// <exception cref="HmsForbiddenException">The code cannot be enabled because its room or role no longer exists.</exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<RoomCode> SetEnabledAsync(string code, bool enabled, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Exchanges a room code for an auth (app) token that a client can join the room with.</summary>
    /// <remarks>
    /// <para>
    /// <b>Not part of the documented server REST API.</b> This is the call the 100ms client SDKs make
    /// (<c>getAuthTokenByRoomCode</c> in <c>100mslive/100ms-web</c>): <c>POST https://auth.100ms.live/v2/token</c> on the
    /// auth host (<see cref="HmsClientOptions.AuthBaseUri"/>), body <c>{"code": ..., "user_id": ...}</c>, with no
    /// Authorization header. The server docs only tell clients to use that SDK function, so 100ms may change this
    /// endpoint without notice. To mint tokens on a server, prefer <see cref="IAuthService"/>, which needs no HTTP call.
    /// </para>
    /// <para>
    /// Like the web SDK, the call is retried on 429 and 5xx (it only mints a token, so repeating it is harmless).
    /// The token is a credential: it is never logged and <see cref="RoomCodeAuthToken.ToString"/> redacts it.
    /// </para>
    /// </remarks>
    /// <param name="code">The room code.</param>
    /// <param name="userId">The user id to put in the token; null lets the auth service choose.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The auth token.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or whitespace, or <paramref name="userId"/> is empty or whitespace.</exception>
    /// <exception cref="HmsApiException">The auth service refused the code (for example a disabled or unknown code).</exception>
    /// <exception cref="HmsSerializationException">The success body has no token.</exception>
    Task<RoomCodeAuthToken> ExchangeForAuthTokenAsync(string code, string? userId = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <summary>Creates, lists and enables or disables room codes (<c>/room-codes</c>), and exchanges a code for an auth token.</summary>
internal sealed class RoomCodesService : IRoomCodesService
{
    private readonly HmsPipeline _pipeline;
    private readonly Uri _authBaseUri;

    internal RoomCodesService(HmsPipeline pipeline, Uri authBaseUri)
    {
        _pipeline = pipeline;
        _authBaseUri = authBaseUri;
    }

    /// <inheritdoc />
    public HmsAsyncPageable<RoomCode> ListAsync(string roomId, RoomCodeListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        var query = new HmsQuery();
        int? limit = null;
        if (options is not null)
        {
            limit = RoomGroupChecks.Limit(options.Limit, nameof(options));
            RoomGroupChecks.OptionalText(options.Role, nameof(RoomCodeListOptions.Role), nameof(options));
            query.Add("role", options.Role).Add("enabled", options.Enabled);
        }

        return Pagers.List(
            _pipeline,
            "RoomCodes.List",
            RequestPath.Create("room-codes/room/{0}", roomId),
            query,
            limit,
            RoomCodesJsonContext.Default.HmsListResponseRoomCode,
            requestOptions,
            cancellationToken,
            RoomGroupChecks.MinLimit);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RoomCode>> CreateAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        var request = HmsRequest.Post("RoomCodes.Create", RequestPath.Create("room-codes/room/{0}", roomId)).WithOptions(requestOptions);
        return CreateCoreAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RoomCode> CreateForRoleAsync(string roomId, string role, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        Guard.Id(role, nameof(role));
        var request = HmsRequest.Post("RoomCodes.CreateForRole", RequestPath.Create("room-codes/room/{0}/role/{1}", roomId, role))
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, RoomCodesJsonContext.Default.RoomCode, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RoomCode> SetEnabledAsync(string code, bool enabled, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNullOrWhiteSpace(code, nameof(code));
        var request = HmsRequest.Post("RoomCodes.SetEnabled", RequestPath.Literal("room-codes/code"))
            .WithJsonBody(new RoomCodeEnabledRequest { Code = code, Enabled = enabled }, RoomCodesJsonContext.Default.RoomCodeEnabledRequest)
            // Setting the same state twice changes nothing, so a lost response may be retried like a GET.
            .AsIdempotent()
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, RoomCodesJsonContext.Default.RoomCode, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RoomCodeAuthToken> ExchangeForAuthTokenAsync(string code, string? userId = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNullOrWhiteSpace(code, nameof(code));
        if (userId is not null)
        {
            Guard.NotNullOrWhiteSpace(userId, nameof(userId));
        }

        var request = HmsRequest.Post("RoomCodes.ExchangeForAuthToken", RequestPath.Literal("token"))
            .WithAbsoluteUri(new Uri(_authBaseUri.AbsoluteUri.TrimEnd('/') + "/token", UriKind.Absolute))
            .WithoutAuthentication()
            .WithJsonBody(new RoomCodeTokenRequest { Code = code, UserId = userId }, RoomCodesJsonContext.Default.RoomCodeTokenRequest)
            // The web SDK retries this call on 429 and 5xx; it only mints a token, so a repeat is harmless.
            .AsIdempotent()
            .WithOptions(requestOptions);
        return ExchangeCoreAsync(request, cancellationToken);
    }

    private async Task<IReadOnlyList<RoomCode>> CreateCoreAsync(HmsRequest request, CancellationToken cancellationToken)
    {
        var envelope = await _pipeline.SendAsync(request, RoomCodesJsonContext.Default.HmsListResponseRoomCode, cancellationToken).ConfigureAwait(false);
        return Pagers.AsReadOnly(envelope.Data);
    }

    private async Task<RoomCodeAuthToken> ExchangeCoreAsync(HmsRequest request, CancellationToken cancellationToken)
    {
        var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var result = HmsPipeline.Deserialize(response, RoomCodesJsonContext.Default.RoomCodeAuthToken, request);
        if (string.IsNullOrEmpty(result.Token))
        {
            throw HmsErrorMapper.ToSerializationException(response, request.Operation, $"{request.Operation} returned no token.", null);
        }

        return result;
    }
}
