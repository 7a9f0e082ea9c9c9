using System.Globalization;
using System.Text;
using HmsSdk.Testing;

namespace HmsSdk.Tests.Reliability;

/// <summary>Where a fault is delivered.</summary>
public enum FaultTransport
{
    /// <summary>The fake's in-memory <see cref="HttpMessageHandler"/>.</summary>
    InMemory,

    /// <summary>The fake on a Kestrel loopback server, through a real <see cref="SocketsHttpHandler"/>.</summary>
    Kestrel,
}

/// <summary>What one call must end with: an exception type (null: success), how many HTTP attempts, how much fake time waited.</summary>
public sealed record FaultOutcome(Type? Exception, int Attempts, double WaitedSeconds)
{
    public override string ToString()
    {
        var what = Exception?.Name ?? "success";
        var attempts = Attempts == 1 ? "1 attempt" : Attempts.ToString(CultureInfo.InvariantCulture) + " attempts";
        return $"{what}, {attempts}, {WaitedSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";
    }
}

/// <summary>One row of the fault matrix: a fault and the outcome for an idempotent GET and for a POST.</summary>
/// <param name="Name">The fault as docs/reliability.md names it.</param>
/// <param name="Transport">How it is delivered.</param>
/// <param name="Fault">The fault to inject on every attempt (null: nothing is listening, connection refused).</param>
/// <param name="Get">The outcome of <c>GET /rooms/{id}</c>.</param>
/// <param name="Post">The outcome of <c>POST /rooms</c>.</param>
/// <param name="PostReachesServer">True when the fake processes the POST despite the fault (so a retry could duplicate it).</param>
public sealed record FaultCase(string Name, FaultTransport Transport, Func<DateTimeOffset, FakeFault>? Fault, FaultOutcome Get, FaultOutcome Post, bool PostReachesServer)
{
    public bool IsStall => Fault is not null && Fault(ReliabilityHarness.Start).Kind == FakeFaultKind.Delay;

    public override string ToString() => $"{Name} ({Transport})";
}

/// <summary>
/// The fault matrix, the single source of truth for both the tests and the table in docs/reliability.md.
/// Client settings: <see cref="MaxRetries"/> retries, exponential back-off from <see cref="BaseDelay"/> without jitter
/// (1 s, 2 s, 4 s), <see cref="AttemptTimeout"/> per attempt, <see cref="MaxResponseBytes"/> body cap. Every fault is injected on
/// every attempt, so the rows show the full retry budget.
/// </summary>
public static class FaultMatrix
{
    public const int MaxRetries = 3;
    public const int MaxResponseBytes = 64 * 1024;
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);

    private const int All = MaxRetries + 1;
    private const double Backoff = 1 + 2 + 4;

    private static readonly FaultOutcome ServerErrorRetried = new(typeof(HmsServerException), All, Backoff);
    private static readonly FaultOutcome ServerErrorOnce = new(typeof(HmsServerException), 1, 0);
    private static readonly FaultOutcome TransportRetried = new(typeof(HmsTransportException), All, Backoff);
    private static readonly FaultOutcome TransportOnce = new(typeof(HmsTransportException), 1, 0);
    private static readonly FaultOutcome SerializationOnce = new(typeof(HmsSerializationException), 1, 0);
    private static readonly FaultOutcome TimeoutRetried = new(typeof(HmsTimeoutException), All, (All * 5) + Backoff);
    private static readonly FaultOutcome TimeoutOnce = new(typeof(HmsTimeoutException), 1, 5);

    public static IReadOnlyList<FaultCase> Cases { get; } = new[]
    {
        new FaultCase("500 Internal Server Error", FaultTransport.InMemory, _ => FakeFault.Status(500), ServerErrorRetried, ServerErrorOnce, false),
        new FaultCase("502 Bad Gateway", FaultTransport.InMemory, _ => FakeFault.Status(502), ServerErrorRetried, ServerErrorOnce, false),
        new FaultCase("503 without Retry-After", FaultTransport.InMemory, _ => FakeFault.Status(503), ServerErrorRetried, ServerErrorOnce, false),
        new FaultCase("503 with Retry-After: 2", FaultTransport.InMemory, _ => FakeFault.Status(503).WithHeader("Retry-After", "2"), new(typeof(HmsServerException), All, 6), new(typeof(HmsServerException), All, 6), false),
        new FaultCase("504 Gateway Timeout", FaultTransport.InMemory, _ => FakeFault.Status(504), ServerErrorRetried, ServerErrorOnce, false),
        new FaultCase("429 with Retry-After: 2 (seconds)", FaultTransport.InMemory, _ => FakeFault.TooManyRequests(TimeSpan.FromSeconds(2)), new(typeof(HmsRateLimitException), All, 6), new(typeof(HmsRateLimitException), All, 6), false),
        new FaultCase("429 with Retry-After as HTTP-date (now + 10 s)", FaultTransport.InMemory, now => FakeFault.TooManyRequests(now.AddSeconds(10)), new(typeof(HmsRateLimitException), All, 10), new(typeof(HmsRateLimitException), All, 10), false),
        new FaultCase("connection refused (HttpRequestError.ConnectionError, request not processed)", FaultTransport.InMemory, _ => FakeFault.DropConnection(), TransportRetried, TransportRetried, false),
        new FaultCase("connection reset mid-body", FaultTransport.InMemory, _ => FakeFault.ResetMidBody(), TransportRetried, TransportOnce, true),
        new FaultCase("stall past the 5 s attempt timeout", FaultTransport.InMemory, _ => FakeFault.DelayBy(TimeSpan.FromHours(1)), TimeoutRetried, TimeoutOnce, false),
        new FaultCase("truncated JSON body (200)", FaultTransport.InMemory, _ => FakeFault.TruncatedJson(), SerializationOnce, SerializationOnce, true),
        new FaultCase("HTML error page (502, text/html)", FaultTransport.InMemory, _ => FakeFault.HtmlErrorPage(502), ServerErrorRetried, ServerErrorOnce, false),
        new FaultCase("empty 200", FaultTransport.InMemory, _ => FakeFault.EmptyOk(), SerializationOnce, SerializationOnce, false),
        new FaultCase("JSON null body (200)", FaultTransport.InMemory, _ => FakeFault.NullJson(), SerializationOnce, SerializationOnce, false),
        new FaultCase("body above MaxResponseBytes (256 KiB > 64 KiB)", FaultTransport.InMemory, _ => FakeFault.LargeBody(256 * 1024), TransportOnce, TransportOnce, true),
        new FaultCase("connection refused (closed loopback port)", FaultTransport.Kestrel, null, TransportRetried, TransportRetried, false),
        new FaultCase("connection dropped after the request was read", FaultTransport.Kestrel, _ => FakeFault.DropConnection(), TransportRetried, TransportOnce, false),
        new FaultCase("connection reset mid-body", FaultTransport.Kestrel, _ => FakeFault.ResetMidBody(), TransportRetried, TransportOnce, true),
        new FaultCase("stall past the 5 s attempt timeout", FaultTransport.Kestrel, _ => FakeFault.DelayBy(TimeSpan.FromHours(1)), TimeoutRetried, TimeoutOnce, false),
        new FaultCase("body above MaxResponseBytes (256 KiB > 64 KiB)", FaultTransport.Kestrel, _ => FakeFault.LargeBody(256 * 1024), TransportOnce, TransportOnce, true),
    };

    /// <summary>The markdown table docs/reliability.md must contain between its fault-matrix markers.</summary>
    public static string RenderMarkdown()
    {
        var builder = new StringBuilder();
        builder.Append("| Fault (every attempt) | Transport | GET /rooms/{id} (idempotent) | POST /rooms |\n");
        builder.Append("|---|---|---|---|\n");
        foreach (var row in Cases)
        {
            builder.Append("| ").Append(row.Name)
                .Append(" | ").Append(row.Transport == FaultTransport.InMemory ? "in-memory" : "Kestrel loopback")
                .Append(" | ").Append(row.Get)
                .Append(" | ").Append(row.Post)
                .Append(" |\n");
        }

        return builder.ToString();
    }
}
