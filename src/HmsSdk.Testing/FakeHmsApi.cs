using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Testing.Core;
using HmsSdk.Testing.Hosting;

namespace HmsSdk.Testing;

/// <summary>
/// A stateful fake of the 100ms REST API v2 for offline tests. It speaks the documented wire format (snake_case JSON,
/// list envelopes, error bodies, HS256 management-token auth) through an in-memory <see cref="HttpMessageHandler"/>
/// (<see cref="CreateHandler"/>) or, with the HmsSdk.Testing.Server package, a Kestrel loopback server (<c>StartServerAsync</c>); both share one core.
/// </summary>
/// <example>
/// <code>
/// var fake = new FakeHmsApi(new FakeHmsApiOptions { TimeProvider = fakeTime });
/// var room = fake.Rooms.Create("standup");
/// fake.Peers.Join(room.Id, "Ana", "host");
/// using var http = fake.CreateHttpClient();
/// var json = await http.GetStringAsync("sessions?active=true");
/// </code>
/// </example>
public sealed class FakeHmsApi
{
    private readonly FakeApiCore _core;

    /// <summary>Creates a fake with default options (system clock, seed 42).</summary>
    public FakeHmsApi()
        : this(new FakeHmsApiOptions())
    {
    }

    /// <summary>Creates a fake with the given options (copied).</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The access key or secret is null, blank or malformed, or a URI is not usable (the message names the option).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A delay is negative or above 30 days, or <c>ReplayEventsPerSecond</c> is not positive.</exception>
    public FakeHmsApi(FakeHmsApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var copy = options.Clone();
        FakeGuard.Text(copy.AccessKey, nameof(options), "options.AccessKey");
        FakeGuard.Text(copy.Secret, nameof(options), "options.Secret");
        if (copy.WebhookRetryDelays is null)
        {
            throw new ArgumentNullException(nameof(options), "'options.WebhookRetryDelays' cannot be null; use an empty list for one attempt only.");
        }

        FakeGuard.Delay(copy.JobStartDelay, nameof(options), "options.JobStartDelay");
        FakeGuard.Delay(copy.JobStopDelay, nameof(options), "options.JobStopDelay");
        FakeGuard.Delay(copy.ReplayDuration, nameof(options), "options.ReplayDuration");
        foreach (var delay in copy.WebhookRetryDelays)
        {
            FakeGuard.Delay(delay, nameof(options), "options.WebhookRetryDelays");
        }

        if (double.IsNaN(copy.ReplayEventsPerSecond) || copy.ReplayEventsPerSecond <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), copy.ReplayEventsPerSecond, "'options.ReplayEventsPerSecond' must be positive.");
        }

        if (copy.WebhookReceiverUri is { } receiver && (!receiver.IsAbsoluteUri || (receiver.Scheme != Uri.UriSchemeHttp && receiver.Scheme != Uri.UriSchemeHttps)))
        {
            throw new ArgumentException("'options.WebhookReceiverUri' must be an absolute http(s) URI.", nameof(options));
        }

        var baseUri = copy.BaseUri ?? new Uri("https://fake.100ms.local/v2");
        if (!baseUri.IsAbsoluteUri || baseUri.AbsolutePath.TrimEnd('/') != "/v2")
        {
            throw new ArgumentException("'options.BaseUri' must be absolute and end in /v2, e.g. https://fake.100ms.local/v2.", nameof(options));
        }

        BaseUri = new Uri(baseUri.GetLeftPart(UriPartial.Authority) + "/v2");
        var authBaseUri = copy.AuthBaseUri ?? new Uri("https://fake-auth.100ms.local/v2");
        if (!authBaseUri.IsAbsoluteUri || (authBaseUri.Scheme != Uri.UriSchemeHttps && authBaseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("'options.AuthBaseUri' must be an absolute http(s) URI, e.g. https://fake-auth.100ms.local/v2.", nameof(options));
        }

        AuthBaseUri = new Uri(authBaseUri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        if (string.Equals(AuthBaseUri.GetLeftPart(UriPartial.Authority), BaseUri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            && (AuthBaseUri.AbsolutePath.TrimEnd('/') + "/").StartsWith("/v2/", StringComparison.Ordinal))
        {
            throw new ArgumentException("'options.AuthBaseUri' must not overlap the API under 'options.BaseUri'; use another host.", nameof(options));
        }

        _core = new FakeApiCore(copy);
        Rooms = new FakeRoomsApi(_core);
        Peers = new FakePeersApi(_core);
        Sessions = new FakeSessionsApi(_core);
        Jobs = new FakeJobsApi(_core);
        Analytics = new FakeAnalyticsApi(_core);
        Seed = new FakeSeeder(_core);
        Polls = new FakePollsApi(_core);
        RoomCodes = new FakeRoomCodesApi(_core);
        Sip = new FakeSipApi(_core);
        Webhooks = new FakeWebhooksApi(_core);
    }

    /// <summary>The base URI to give an SDK client that uses <see cref="CreateHandler"/>, e.g. <c>https://fake.100ms.local/v2</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>
    /// The auth host to give an SDK client (<c>HmsClientOptions.AuthBaseUri</c>) that uses <see cref="CreateHandler"/>, e.g.
    /// <c>https://fake-auth.100ms.local/v2</c>: the handler routes requests under it to the room-code token exchange.
    /// </summary>
    public Uri AuthBaseUri { get; }

    /// <summary>The access key the fake expects in management tokens.</summary>
    public string AccessKey => _core.Options.AccessKey;

    /// <summary>The app secret the fake verifies management tokens with (a test value from <see cref="FakeHmsApiOptions.Secret"/>).</summary>
    public string Secret => _core.Options.Secret;

    /// <summary>The clock driving the fake.</summary>
    public TimeProvider TimeProvider => _core.Time;

    /// <summary>The id of the template every room gets unless another is named (roles <c>host</c> and <c>guest</c>).</summary>
    public string DefaultTemplateId => _core.DefaultTemplateId;

    /// <summary>The workspace (customer) id the fake reports as <c>customer_id</c>.</summary>
    public string CustomerId => _core.CustomerId;

    /// <summary>Every request received, for assertions.</summary>
    public FakeRequestLog Requests => _core.Log;

    /// <summary>Fault injection.</summary>
    public FakeFaults Faults => _core.Faults;

    /// <summary>Room seeding and inspection.</summary>
    public FakeRoomsApi Rooms { get; }

    /// <summary>Peer joins and leaves (which open and close sessions).</summary>
    public FakePeersApi Peers { get; }

    /// <summary>Session inspection.</summary>
    public FakeSessionsApi Sessions { get; }

    /// <summary>Recording and stream job inspection.</summary>
    public FakeJobsApi Jobs { get; }

    /// <summary>Analytics events and webhook deliveries.</summary>
    public FakeAnalyticsApi Analytics { get; }

    /// <summary>Bulk seeding.</summary>
    public FakeSeeder Seed { get; }

    /// <summary>Poll activity seeding.</summary>
    public FakePollsApi Polls { get; }

    /// <summary>Room code seeding (codes are what the SIP call and the auth-host token exchange take).</summary>
    public FakeRoomCodesApi RoomCodes { get; }

    /// <summary>Webhook delivery to a receiver URL (with 100ms's retries), recorded in the webhook history that replays send again.</summary>
    public FakeWebhooksApi Webhooks { get; }

    /// <summary>SIP trunks, calls and DTMF tones received.</summary>
    public FakeSipApi Sip { get; }

    /// <summary>Messages accepted by <c>POST /active-rooms/{id}/send-message</c>, as JSON objects (room_id, session_id, message, peer_id, role, type, sent_at).</summary>
    public IReadOnlyList<JsonObject> SentMessages => _core.Locked(_ => _core.SentMessages.Select(m => (JsonObject)m.DeepClone()).ToArray());

    /// <summary>Creates an in-memory handler (no sockets). Use it with <see cref="BaseUri"/>. Each call returns a new handler over the same state.</summary>
    /// <returns>The handler.</returns>
    public HttpMessageHandler CreateHandler() => new FakeHmsHttpMessageHandler(_core, AuthBaseUri);

    /// <summary>
    /// Creates an <see cref="HttpClient"/> over the in-memory handler whose <c>BaseAddress</c> is <see cref="BaseUri"/> plus a trailing slash
    /// (so relative paths like <c>rooms</c> work) and that adds a fresh valid management token to requests that carry no Authorization header.
    /// </summary>
    /// <returns>The client; dispose it when done.</returns>
    public HttpClient CreateHttpClient() =>
        new(new AuthorizingHandler(this, CreateHandler())) { BaseAddress = new Uri(BaseUri + "/") };

    /// <summary>The shared core; the loopback host (HmsSdk.Testing.Server) adapts HTTP requests to it.</summary>
    internal FakeApiCore Core => _core;

    /// <summary>Mints a management token the fake accepts (HS256, type management, valid from the fake's now).</summary>
    /// <param name="lifetime">Validity; 24 hours when null.</param>
    /// <returns>The JWT.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The lifetime is not positive.</exception>
    public string CreateManagementToken(TimeSpan? lifetime = null) => _core.MintToken(Lifetime(lifetime));

    /// <summary>
    /// Mints a client app (auth) token the fake accepts where one is required (<c>POST /sip/dtmf</c>): HS256 with the secret,
    /// type <c>app</c>, version 2, the access key, <c>room_id</c>, <c>role</c> and (when given) <c>user_id</c>, valid from the fake's now.
    /// </summary>
    /// <param name="roomId">The room the token is for.</param>
    /// <param name="role">The role claim.</param>
    /// <param name="userId">The user id claim; omitted when null.</param>
    /// <param name="lifetime">Validity; 24 hours when null.</param>
    /// <returns>The JWT.</returns>
    /// <exception cref="ArgumentException"><paramref name="roomId"/>, <paramref name="role"/> or <paramref name="userId"/> is blank or malformed (or a required one is null).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The lifetime is not positive.</exception>
    public string CreateAppToken(string roomId, string role = "host", string? userId = null, TimeSpan? lifetime = null)
    {
        FakeGuard.Text(roomId, nameof(roomId));
        FakeGuard.Text(role, nameof(role));
        FakeGuard.OptionalText(userId, nameof(userId));
        var value = Lifetime(lifetime);
        return _core.Locked(_ => _core.MintAppTokenLocked(roomId, role, userId, value));
    }

    /// <summary>
    /// Runs a GET through the routing core without auth, faults or the request log and returns the JSON the API would send,
    /// e.g. <c>Inspect("rooms/{id}")</c> or <c>Inspect("recordings?room_id=...")</c>.
    /// </summary>
    /// <param name="pathAndQuery">A path relative to <c>/v2</c> (a leading <c>/v2</c> is accepted), with an optional query.</param>
    /// <returns>The JSON body.</returns>
    /// <exception cref="ArgumentException"><paramref name="pathAndQuery"/> is blank or malformed, or no GET route matches it.</exception>
    /// <exception cref="InvalidOperationException">The route answered with an API error (the message carries status and body).</exception>
    public JsonNode? Inspect(string pathAndQuery)
    {
        FakeGuard.Text(pathAndQuery, nameof(pathAndQuery));
        try
        {
            return _core.Inspect(pathAndQuery);
        }
        catch (FakeApiException ex)
        {
            throw new InvalidOperationException($"{ex.StatusCode} {ex.Message}: {string.Join("; ", ex.Details)}", ex);
        }
    }

    private static TimeSpan Lifetime(TimeSpan? lifetime)
    {
        var value = lifetime ?? TimeSpan.FromHours(24);
        return value <= TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(lifetime), value, "'lifetime' must be positive.") : value;
    }

    private sealed class AuthorizingHandler : DelegatingHandler
    {
        private readonly FakeHmsApi _fake;

        public AuthorizingHandler(FakeHmsApi fake, HttpMessageHandler inner)
            : base(inner) => _fake = fake;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", _fake.CreateManagementToken());
            return base.SendAsync(request, cancellationToken);
        }
    }
}
