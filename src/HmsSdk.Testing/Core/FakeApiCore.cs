using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>
/// The single request-processing core shared by the in-memory handler and the Kestrel host.
/// Route groups live in <c>Routes/FakeApiCore.*.cs</c>; each registers its routes in a <c>MapXxx()</c> method called from
/// the constructor. All state is guarded by one lock; job lifecycles are evaluated lazily from the clock.
/// </summary>
internal sealed partial class FakeApiCore
{
    private readonly object _gate = new();
    private readonly ManagementTokenValidator _validator;
    private readonly RouteTable _routes = new();
    private readonly RouteTable _authRoutes = new();
    private readonly List<JobState> _pendingJobs = new();
    private long _sequence;

    public FakeApiCore(FakeHmsApiOptions options)
    {
        Options = options;
        Time = options.TimeProvider ?? TimeProvider.System;
        Ids = new IdGenerator(options.Seed);
        _validator = new ManagementTokenValidator(options.Secret, options.AccessKey, Time);
        CustomerId = Ids.ObjectId();
        AppId = Ids.ObjectId();
        Log = new FakeRequestLog();
        Faults = new FakeFaults();

        MapRooms();
        MapActiveRooms();
        MapSessions();
        MapJobs();
        MapRecordingAssets();
        MapRoomCodes();
        MapStreamKeys();
        MapAnalytics();
        MapTemplates();
        MapPolls();
        MapSip();
        MapAuthHost();

        DefaultTemplateId = CreateDefaultTemplate(Time.GetUtcNow()).Id;
    }

    public FakeHmsApiOptions Options { get; }

    public TimeProvider Time { get; }

    public IdGenerator Ids { get; }

    public FakeRequestLog Log { get; }

    public FakeFaults Faults { get; }

    public string CustomerId { get; }

    public string AppId { get; }

    public string DefaultTemplateId { get; }

    public IReadOnlyList<RouteTable.Route> Routes => _routes.Routes;

    public OrderedStore<RoomState> Rooms { get; } = new(r => r.Id);

    public Dictionary<string, RoomState> RoomsByName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public OrderedStore<SessionState> Sessions { get; } = new(s => s.Id);

    public Dictionary<string, PeerState> Peers { get; } = new(StringComparer.Ordinal);

    public OrderedStore<JobState> Jobs { get; } = new(j => j.Id);

    public OrderedStore<AssetState> Assets { get; } = new(a => a.Id);

    public OrderedStore<RoomCodeState> RoomCodes { get; } = new(c => c.Code);

    public List<StreamKeyState> StreamKeys { get; } = new();

    public Dictionary<string, OrderedStore<AnalyticsEventState>> Events { get; } = new(StringComparer.Ordinal);

    public List<WebhookDeliveryState> WebhookDeliveries { get; } = new();

    public Dictionary<string, ReplayWorkflowState> Replays { get; } = new(StringComparer.Ordinal);

    public OrderedStore<TemplateState> Templates { get; } = new(t => t.Id);

    public OrderedStore<PollState> Polls { get; } = new(p => p.Id);

    /// <summary>Runs <paramref name="action"/> under the state lock after bringing lifecycles up to date (for the seeding/inspection API).</summary>
    public T Locked<T>(Func<DateTimeOffset, T> action)
    {
        lock (_gate)
        {
            var now = Time.GetUtcNow();
            Tick(now);
            return action(now);
        }
    }

    public string MintToken(TimeSpan lifetime)
    {
        lock (_gate)
        {
            return _validator.Mint(lifetime, Ids.Uuid());
        }
    }

    /// <summary>Mints an app token; call under the lock (routes) or through <see cref="Locked{T}"/>.</summary>
    public string MintAppTokenLocked(string roomId, string role, string? userId, TimeSpan lifetime) =>
        _validator.MintApp(roomId, role, userId, lifetime, Ids.Uuid());

    /// <summary>GET through the routing core without auth, faults or logging (powers <see cref="FakeHmsApi.Inspect"/>).</summary>
    public JsonNode? Inspect(string pathAndQuery)
    {
        var split = pathAndQuery.Split('?', 2);
        var segments = DecodeSegments(split[0]);
        if (segments.Length > 0 && segments[0] == "v2")
        {
            segments = segments[1..];
        }

        lock (_gate)
        {
            var now = Time.GetUtcNow();
            Tick(now);
            var route = _routes.Match("GET", segments, out var values, out _)
                ?? throw new ArgumentException($"No GET route of this fake matches {FakeGuard.Quote(pathAndQuery)}.", nameof(pathAndQuery));
            return route.Handler(new RequestContext("GET", values, new QueryParameters(split.Length > 1 ? split[1] : string.Empty), Array.Empty<byte>(), now));
        }
    }

    public async Task<FakeResponse> HandleAsync(FakeRequest request, CancellationToken cancellationToken)
    {
        var segments = DecodeSegments(request.RawPath);
        var decodedPath = "/" + string.Join('/', segments);
        var query = new QueryParameters(request.RawQuery);
        long sequence;
        string requestId;
        DateTimeOffset receivedAt;
        lock (_gate)
        {
            sequence = ++_sequence;
            requestId = Ids.RequestId();
            receivedAt = Time.GetUtcNow();
        }

        var record = new FakeRecordedRequest(
            sequence,
            receivedAt,
            request.Method,
            decodedPath,
            request.RawQuery,
            query.Pairs.ToArray(),
            RedactHeaders(request.Headers),
            Encoding.UTF8.GetString(request.Body),
            requestId);
        Log.Add(record);

        var afterBase = segments.Length > 0 && segments[0] == "v2" ? segments[1..] : segments;
        var injected = Faults.Take(sequence, request.Method, afterBase, decodedPath);
        record.InjectedFault = injected;
        var fault = injected?.Fault;

        if (fault is not null && fault.Delay > TimeSpan.Zero)
        {
            Faults.NotifyDelayStarted();
            await Task.Delay(fault.Delay, Time, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var response = fault?.Kind switch
        {
            FakeFaultKind.DropConnection => new FakeResponse(0, Array.Empty<byte>(), null) { Transport = TransportBehavior.DropConnection },
            FakeFaultKind.Status => new FakeResponse(
                fault.StatusCode,
                fault.Body is null ? WireJson.Serialize(WireJson.Error(fault.StatusCode, ReasonMessage(fault.StatusCode), new[] { "injected by FakeHmsApi" })) : Encoding.UTF8.GetBytes(fault.Body)),
            FakeFaultKind.MalformedJson => new FakeResponse(200, Encoding.UTF8.GetBytes("{\"id\": \"6421b2c8d4a1e0f1a2b3c4d5\", \"name\": 'oops',, \"enabled\": tru}")),
            FakeFaultKind.HtmlErrorPage => new FakeResponse(fault.StatusCode, Encoding.UTF8.GetBytes(HtmlPage(fault.StatusCode)), "text/html; charset=utf-8"),
            FakeFaultKind.EmptyOk => new FakeResponse(200, Array.Empty<byte>()),
            FakeFaultKind.NullJson => new FakeResponse(200, Encoding.UTF8.GetBytes("null")),
            _ => Process(request, segments, query),
        };

        switch (fault?.Kind)
        {
            case FakeFaultKind.ResetMidBody:
                response.Transport = TransportBehavior.ResetMidBody;
                response.BytesBeforeReset = response.Body.Length / 2;
                break;
            case FakeFaultKind.TruncatedJson:
                response.Body = response.Body.AsSpan(0, Math.Max(1, response.Body.Length / 2)).ToArray();
                break;
            case FakeFaultKind.LargeBody:
                response.Body = Pad(response, fault.SizeBytes);
                break;
        }

        if (fault is not null)
        {
            response.Headers.AddRange(fault.Headers);
        }

        response.Headers.Add(new("X-Request-Id", requestId));
        record.StatusCode = response.Transport == TransportBehavior.DropConnection ? 0 : response.StatusCode;
        return response;
    }

    private FakeResponse Process(FakeRequest request, string[] segments, QueryParameters query)
    {
        // The auth host (room-code exchange) is served under /auth/v2: the in-memory handler maps AuthBaseUri there and
        // Kestrel exposes it as a path prefix. Its errors are plain {code, message}, as the client SDKs read them.
        var authHost = segments.Length >= 2 && segments[0] == AuthPrefix && segments[1] == "v2";
        lock (_gate)
        {
            var now = Time.GetUtcNow();
            Tick(now);
            var omitDetails = authHost;
            try
            {
                var table = authHost ? _authRoutes : segments.Length > 0 && segments[0] == "v2" ? _routes : null;
                var rest = authHost ? segments[2..] : segments.Length > 0 ? segments[1..] : segments;
                var pathMatched = false;
                var values = new Dictionary<string, string>();
                var route = table?.Match(request.Method, rest, out values, out pathMatched);
                var claims = default(System.Text.Json.JsonElement);
                switch (route?.Auth ?? (authHost ? RouteAuth.None : RouteAuth.Management))
                {
                    case RouteAuth.Management:
                        var failure = _validator.Validate(request.GetHeader("Authorization"));
                        if (failure is not null)
                        {
                            throw new FakeApiException(401, "Token validation error", failure);
                        }

                        break;
                    case RouteAuth.App:
                        omitDetails = true;
                        if (_validator.Validate(request.GetHeader("Authorization"), "app", out claims) is not null)
                        {
                            throw FakeApiException.Bare(401, "Token validation error");
                        }

                        break;
                }

                if (table is null)
                {
                    throw FakeApiException.NotFound("route not found", "the API lives under /v2");
                }

                if (route is null)
                {
                    throw pathMatched
                        ? new FakeApiException(405, "method not allowed", request.Method + " is not supported on this path")
                        : FakeApiException.NotFound("route not found", "/" + string.Join('/', segments));
                }

                var node = route.Handler(new RequestContext(request.Method, values, query, request.Body, now) { TokenClaims = claims });
                return node is null ? new FakeResponse(204, Array.Empty<byte>()) : new FakeResponse(200, WireJson.Serialize(node));
            }
            catch (FakeApiException ex)
            {
                var body = ex.OmitDetails || omitDetails
                    ? new JsonObject { ["code"] = ex.StatusCode, ["message"] = ex.Message }
                    : WireJson.Error(ex.StatusCode, ex.Message, ex.Details);
                return new FakeResponse(ex.StatusCode, WireJson.Serialize(body));
            }
        }
    }

    private static string[] DecodeSegments(string rawPath)
    {
        var trimmed = rawPath.Trim('/');
        if (trimmed.Length == 0)
        {
            return Array.Empty<string>();
        }

        var parts = trimmed.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Uri.UnescapeDataString(parts[i]);
        }

        return parts;
    }

    private static IReadOnlyDictionary<string, string> RedactHeaders(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            var kept = string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase)
                ? (value.StartsWith("Bearer", StringComparison.OrdinalIgnoreCase) ? "Bearer [redacted]" : "[redacted]")
                : value;
            result[name] = result.TryGetValue(name, out var existing) ? existing + ", " + kept : kept;
        }

        return result;
    }

    private static string ReasonMessage(int status) => status switch
    {
        400 => "bad request",
        401 => "Token validation error",
        403 => "forbidden",
        404 => "not found",
        408 => "request timeout",
        409 => "conflict",
        429 => "rate limit exceeded, retry after 45 seconds",
        500 => "internal server error",
        502 => "bad gateway",
        503 => "service unavailable",
        504 => "gateway timeout",
        _ => "error",
    };

    private static string HtmlPage(int status) =>
        "<html>\r\n<head><title>" + status.ToString(CultureInfo.InvariantCulture) + " " + ReasonMessage(status) + "</title></head>\r\n<body>\r\n<center><h1>" +
        status.ToString(CultureInfo.InvariantCulture) + " " + ReasonMessage(status) + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private static byte[] Pad(FakeResponse response, int size)
    {
        JsonObject target;
        try
        {
            target = (response.Body.Length > 0 ? JsonNode.Parse(response.Body) : null) as JsonObject
                ?? new JsonObject { ["data"] = JsonNode.Parse(response.Body.Length > 0 ? response.Body : "null"u8.ToArray()) };
        }
        catch (System.Text.Json.JsonException)
        {
            target = new JsonObject();
        }

        if (response.StatusCode == 204)
        {
            response.StatusCode = 200;
        }

        var current = WireJson.Serialize(target).Length;
        target["_padding"] = new string('x', Math.Max(0, size - current - 16));
        return WireJson.Serialize(target);
    }
}
