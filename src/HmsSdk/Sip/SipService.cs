using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.Sip;

namespace HmsSdk;

/// <summary>
/// SIP outbound trunks, calls and DTMF (<c>/sip</c>). SIP is a <b>restricted-access</b> feature: 100ms must whitelist
/// the workspace first, otherwise these calls fail with an API error.
/// </summary>
/// <example>
/// <code>
/// var trunk = await hms.Sip.CreateOutboundTrunkAsync(new SipTrunkOptions
/// {
///     Username = "trunk-user",
///     Password = trunkPassword,
///     Address = "my-trunk.pstn.twilio.com",
///     From = "+15550100",
/// });
///
/// // The call blocks until the callee answers or declines: allow more than the default per-attempt timeout.
/// var call = await hms.Sip.StartOutboundCallAsync(
///     new StartSipCallOptions { To = "+15550199", RoomCode = "abc-defg-hij", TrunkId = trunk.Id, Name = "Alex" },
///     new HmsRequestOptions { Timeout = TimeSpan.FromMinutes(5) });
///
/// // DTMF authenticates with a client app token (for a peer in the room), not the management token.
/// var appToken = hms.Auth.CreateAuthToken(new AuthTokenOptions(roomId, role: "host")).Token;
/// await hms.Sip.SendDtmfAsync(new[] { "1", "2", "#" }, appToken);
/// </code>
/// </example>
public interface ISipService
{
    /// <summary>Creates an outbound SIP trunk (restricted-access feature).</summary>
    /// <param name="options">The trunk provider's credentials, SIP address and caller number.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The trunk, whose id starts calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="HmsApiException">The API answered with an error status (for example when SIP is not enabled for the workspace).</exception>
    Task<SipTrunk> CreateOutboundTrunkAsync(SipTrunkOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Updates an outbound SIP trunk's credentials, address or caller number (restricted-access feature).</summary>
    /// <param name="trunkId">The trunk id.</param>
    /// <param name="options">The trunk's new values.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The trunk.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="trunkId"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsApiException">The API answered with an error status.</exception>
    Task<SipTrunk> UpdateOutboundTrunkAsync(string trunkId, SipTrunkOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Calls out from a room through a SIP trunk (restricted-access feature). The API answers only once the callee has
    /// answered or declined, so pass a longer <see cref="HmsRequestOptions.Timeout"/> than the default when ringing may
    /// take long; the API itself answers 408 when the call times out. A POST that starts a call is <b>not retried</b>
    /// after a timeout, a transport error or a 5xx, since the phone may already be ringing.
    /// </summary>
    /// <param name="options">The callee, room code and trunk (all three required), plus optional peer details.</param>
    /// <param name="requestOptions">Per-call overrides; set <see cref="HmsRequestOptions.Timeout"/> for long rings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The call, with its id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="StartSipCallOptions.To"/>, <see cref="StartSipCallOptions.RoomCode"/> or <see cref="StartSipCallOptions.TrunkId"/> is missing, or a header name is blank.</exception>
    /// <exception cref="HmsTimeoutException">No answer within the per-attempt timeout.</exception>
    /// <exception cref="HmsApiException">The API answered with an error status (408 when the callee did not answer in time).</exception>
    Task<SipCall> StartOutboundCallAsync(StartSipCallOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends DTMF tones to the SIP participants of the call (restricted-access feature). This endpoint authenticates with a
    /// <b>client app token</b> (see <see cref="IAuthService"/>) for the room, not with the management token. Tones play
    /// 100 ms apart, in order; the request is not retried, so tones are never sent twice.
    /// </summary>
    /// <param name="digits">The tones, one character per entry, each one of <c>0-9 * # a b c d</c>.</param>
    /// <param name="appToken">A client app (auth) token for the room, sent as <c>Authorization: Bearer</c>.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the tones are accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="digits"/> or <paramref name="appToken"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="digits"/> is empty or holds an invalid tone, or <paramref name="appToken"/> is blank or holds whitespace.</exception>
    /// <exception cref="HmsApiException">The API answered with an error status (400 when no SIP participant is in the call).</exception>
    Task SendDtmfAsync(IReadOnlyList<string> digits, string appToken, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <summary>SIP outbound trunks, calls and DTMF (restricted-access feature) (<c>/sip</c>).</summary>
internal sealed class SipService : ISipService
{
    private const string DtmfTones = "0123456789*#abcd";

    private readonly HmsPipeline _pipeline;

    internal SipService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <inheritdoc />
    public Task<SipTrunk> CreateOutboundTrunkAsync(SipTrunkOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(options, nameof(options));
        var request = HmsRequest.Post("Sip.CreateOutboundTrunk", RequestPath.Literal("sip/outbound/trunks"))
            .WithJsonBody(options, SipJsonContext.Default.SipTrunkOptions, nameof(options))
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, SipJsonContext.Default.SipTrunk, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SipTrunk> UpdateOutboundTrunkAsync(string trunkId, SipTrunkOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(trunkId, nameof(trunkId));
        Guard.NotNull(options, nameof(options));
        // Replaces the trunk's fields with the same values each time: safe to retry.
        var request = HmsRequest.Post("Sip.UpdateOutboundTrunk", RequestPath.Create("sip/outbound/trunks/{0}", trunkId))
            .WithJsonBody(options, SipJsonContext.Default.SipTrunkOptions, nameof(options))
            .AsIdempotent()
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, SipJsonContext.Default.SipTrunk, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SipCall> StartOutboundCallAsync(StartSipCallOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(options, nameof(options));
        RequireText(options.To, "To", nameof(options));
        RequireText(options.RoomCode, "RoomCode", nameof(options));
        RequireText(options.TrunkId, "TrunkId", nameof(options));
        if (options.Headers is { } headers)
        {
            foreach (var header in headers)
            {
                if (string.IsNullOrWhiteSpace(header.Key))
                {
                    throw new ArgumentException("options.Headers cannot contain a blank header name.", nameof(options));
                }
            }
        }

        // Deliberately not marked idempotent: a repeated POST would dial the callee again.
        var request = HmsRequest.Post("Sip.StartOutboundCall", RequestPath.Literal("sip/outbound/call"))
            .WithJsonBody(options, SipJsonContext.Default.StartSipCallOptions, nameof(options))
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, SipJsonContext.Default.SipCall, cancellationToken);
    }

    /// <inheritdoc />
    public Task SendDtmfAsync(IReadOnlyList<string> digits, string appToken, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(digits, nameof(digits));
        if (digits.Count == 0)
        {
            throw new ArgumentException("At least one DTMF digit is required.", nameof(digits));
        }

        foreach (var digit in digits)
        {
            if (digit is null || digit.Length != 1 || DtmfTones.IndexOf(digit[0]) < 0)
            {
                throw new ArgumentException(
                    "Each DTMF digit must be a single character from 0-9, '*', '#', 'a', 'b', 'c', 'd'.", nameof(digits));
            }
        }

        Guard.NotNullOrWhiteSpace(appToken, nameof(appToken));
        foreach (var c in appToken)
        {
            // The token goes into a header; the message never repeats it.
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                throw new ArgumentException("'appToken' cannot contain whitespace or control characters.", nameof(appToken));
            }
        }

        if (appToken.Length > MaxAppTokenLength)
        {
            // The message never repeats the token.
            throw new ArgumentException($"'appToken' is {appToken.Length:N0} characters long; at most {MaxAppTokenLength:N0} are allowed.", nameof(appToken));
        }

        var request = HmsRequest.Post("Sip.SendDtmf", RequestPath.Literal("sip/dtmf"))
            .WithJsonBody(new SipDtmfBody { Digits = digits }, SipJsonContext.Default.SipDtmfBody)
            .WithBearerToken(appToken)
            .WithOptions(requestOptions);
        return _pipeline.SendWithoutResultAsync(request, cancellationToken);
    }

    private static void RequireText(string? value, string property, string paramName)
    {
        Guard.NotNullOrWhiteSpace(value, paramName, $"{paramName}.{property}");
    }

    private const int MaxAppTokenLength = 8192;
}
