using System;
using System.Buffers;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Polly;

namespace HmsSdk.Benchmarks;

/// <summary>
/// The pipeline's four small optimisations, each against the plain code it replaced, so src/HmsSdk/Http can say in a
/// comment what each one buys (or drop it): the cached "Bearer " header value, one Polly property for the call state
/// instead of four, pooled body buffers, and the single-id path concatenation instead of string.Format.
/// </summary>
[MemoryDiagnoser]
[ShortJob]
public class PipelineOptimisationBenchmarks
{
    private static readonly ResiliencePropertyKey<CallBox> CallKey = new("call");
    private static readonly ResiliencePropertyKey<object> RequestKey = new("request");
    private static readonly ResiliencePropertyKey<int> MaxRetriesKey = new("max");
    private static readonly ResiliencePropertyKey<bool> PoolKey = new("pool");
    private static readonly ResiliencePropertyKey<int> AttemptsKey = new("attempts");
    private const string BaseSlash = "https://api.100ms.live/v2/";
    private static readonly System.Text.RegularExpressions.Regex JwtPattern = new(@"eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly string ReasonPhrase = string.Concat("O", "K".ToString());
    private readonly object _request = new();
    private string _token = null!;
    private string _cached = null!;
    private string _cachedFor = null!;

    [Params(84 * 1024)]
    public int BodyBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var client = Bench.CreateClient(new CannedJsonHandler(Array.Empty<byte>()));
        _token = client.Auth.GetManagementToken().Token;
        _cachedFor = _token;
        _cached = "Bearer " + _token;
    }

    [Benchmark]
    public string BearerConcatenated() => "Bearer " + _token;

    [Benchmark]
    public string BearerCached() => ReferenceEquals(_cachedFor, _token) ? _cached : "Bearer " + _token;

    [Benchmark]
    public int PollyStateFourProperties()
    {
        var context = ResilienceContextPool.Shared.Get();
        context.Properties.Set(RequestKey, _request);
        context.Properties.Set(MaxRetriesKey, 3);
        context.Properties.Set(PoolKey, true);
        context.Properties.Set(AttemptsKey, 1);
        var attempts = context.Properties.GetValue(AttemptsKey, 0) + context.Properties.GetValue(MaxRetriesKey, 0);
        context.Properties.Set(AttemptsKey, attempts);
        ResilienceContextPool.Shared.Return(context);
        return attempts;
    }

    [Benchmark]
    public int PollyStateOneObject()
    {
        var context = ResilienceContextPool.Shared.Get();
        context.Properties.Set(CallKey, new CallBox(_request, 3, true));
        var call = context.Properties.GetValue(CallKey, null!);
        call.Attempts++;
        ResilienceContextPool.Shared.Return(context);
        return call.Attempts + call.MaxRetries;
    }

    [Benchmark]
    public int BodyNewArray()
    {
        var body = new byte[BodyBytes];
        body[0] = 1;
        return body.Length;
    }

    [Benchmark]
    public int BodyPooled()
    {
        var body = ArrayPool<byte>.Shared.Rent(BodyBytes);
        body[0] = 1;
        ArrayPool<byte>.Shared.Return(body);
        return body.Length;
    }

    // The request URI text for rooms/{id}: string.Format, then the base; a path concatenation, then the base; the id
    // expanded straight into the URI (RequestPath.WithPrefix).
    [Benchmark]
    public string PathFormat() => BaseSlash + string.Format(CultureInfo.InvariantCulture, "rooms/{0}", new object[] { Uri.EscapeDataString(Bench.RoomId) });

    [Benchmark]
    public string PathConcat()
    {
        const string template = "rooms/{0}";
        var at = template.IndexOf('{');
        return BaseSlash + string.Concat(template.AsSpan(0, at), Uri.EscapeDataString(Bench.RoomId).AsSpan(), template.AsSpan(at + 3));
    }

    [Benchmark]
    public string PathIntoUri()
    {
        const string template = "rooms/{0}";
        var at = template.IndexOf('{');
        return string.Concat(BaseSlash.AsSpan(), template.AsSpan(0, at), Uri.EscapeDataString(Bench.RoomId).AsSpan(), template.AsSpan(at + 3));
    }

    // Redacting a reason phrase ("OK") on every response: the regex alone, and with the ordinal "eyJ" probe first.
    [Benchmark]
    public string RedactRegexOnly() => JwtPattern.Replace(ReasonPhrase, "[redacted-jwt]");

    [Benchmark]
    public string RedactWithProbe() => Http.HmsErrorMapper.Redact(ReasonPhrase);

    private sealed class CallBox
    {
        public CallBox(object request, int maxRetries, bool pool)
        {
            Request = request;
            MaxRetries = maxRetries;
            Pool = pool;
        }

        public object Request { get; }

        public int MaxRetries { get; }

        public bool Pool { get; }

        public int Attempts { get; set; }
    }
}
