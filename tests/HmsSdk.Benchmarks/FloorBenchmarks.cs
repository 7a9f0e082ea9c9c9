using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace HmsSdk.Benchmarks;

/// <summary>
/// The per-item floor: the same canned sessions envelopes (pre-rendered, 100 per page, 2 peers each) paged through
/// HmsSdk and through the least a hand-written caller would write: HttpClient + a source-generated STJ model of its own
/// (plain strings, <c>DateTimeOffset</c>, <c>Dictionary</c> of peers), following <c>last</c> as <c>start</c>.
/// Reported per item. Target: HmsSdk at most 1.2x the baseline in time and in bytes.
/// </summary>
[MemoryDiagnoser]
[ShortJob]
public class FloorBenchmarks
{
    private const int Items = 2_000;
    private const int PageSize = 100;
    private CannedPagesHandler _handler = null!;
    private HmsClient _client = null!;
    private HmsClient _clientNoReadAhead = null!;
    private HttpClient _http = null!;
    private string _bearer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handler = CannedPagesHandler.Sessions(Items, PageSize);
        _client = Bench.CreateClient(_handler);
        _clientNoReadAhead = new HmsClient(new HmsClientOptions
        {
            AccessKey = Bench.AccessKey, Secret = Bench.Secret, BaseUri = Bench.BaseUri, HttpMessageHandler = _handler, PageReadAhead = false,
        });
        _http = new HttpClient(_handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        _bearer = "Bearer " + _client.Auth.GetManagementToken().Token;
        if (HandWritten().GetAwaiter().GetResult() != Items || HmsSdkPager().GetAwaiter().GetResult() != Items)
        {
            throw new InvalidOperationException("The two paths did not read every item.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _client.Dispose();
        _clientNoReadAhead.Dispose();
        _handler.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Items)]
    public async Task<int> HandWritten()
    {
        var count = 0;
        string? start = null;
        while (true)
        {
            var uri = "https://api.bench.local/v2/sessions?room_id=" + Bench.RoomId + "&limit=100" + (start is null ? string.Empty : "&start=" + Uri.EscapeDataString(start));
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("Authorization", _bearer);
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var page = (await response.Content.ReadFromJsonAsync(HandWrittenJson.Default.HandPage))!;
            foreach (var session in page.Data!)
            {
                count += session.Id!.Length > 0 ? 1 : 0;
            }

            if (page.Data!.Count < PageSize || string.IsNullOrEmpty(page.Last))
            {
                return count;
            }

            start = page.Last;
        }
    }

    [Benchmark(OperationsPerInvoke = Items)]
    public async Task<int> HmsSdkPager()
    {
        var count = 0;
        await foreach (var session in Bench.ListSessions(_client, Bench.RoomId, PageSize))
        {
            count += session.Id.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Items)]
    public async Task<int> HmsSdkPagerNoReadAhead()
    {
        var count = 0;
        await foreach (var session in Bench.ListSessions(_clientNoReadAhead, Bench.RoomId, PageSize))
        {
            count += session.Id.Length > 0 ? 1 : 0;
        }

        return count;
    }
}

/// <summary>What a hand-written caller would declare for a sessions page.</summary>
internal sealed class HandPage
{
    [JsonPropertyName("limit")]
    public int? Limit { get; set; }

    [JsonPropertyName("data")]
    public List<HandSession>? Data { get; set; }

    [JsonPropertyName("last")]
    public string? Last { get; set; }
}

internal sealed class HandSession
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("room_id")]
    public string? RoomId { get; set; }

    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; set; }

    [JsonPropertyName("app_id")]
    public string? AppId { get; set; }

    [JsonPropertyName("active")]
    public bool Active { get; set; }

    [JsonPropertyName("peers")]
    public Dictionary<string, HandPeer>? Peers { get; set; }

    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; set; }

    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }
}

internal sealed class HandPeer
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("session_id")]
    public string? SessionId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    [JsonPropertyName("user")]
    public string? User { get; set; }

    [JsonPropertyName("joined_at")]
    public DateTimeOffset? JoinedAt { get; set; }

    [JsonPropertyName("left_at")]
    public DateTimeOffset? LeftAt { get; set; }
}

[JsonSerializable(typeof(HandPage))]
internal sealed partial class HandWrittenJson : JsonSerializerContext
{
}

/// <summary>
/// Serves pre-rendered sessions pages from memory: the page after <c>start=&lt;id&gt;</c> is a dictionary lookup and the
/// bytes are wrapped, never copied or rendered, so the handler's own cost is negligible next to either client.
/// </summary>
internal sealed class CannedPagesHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");
    private readonly Dictionary<string, byte[]> _pagesAfter;
    private readonly byte[] _firstPage;

    private CannedPagesHandler(byte[] firstPage, Dictionary<string, byte[]> pagesAfter)
    {
        _firstPage = firstPage;
        _pagesAfter = pagesAfter;
    }

    /// <summary>Renders <paramref name="items"/> sessions into pages of <paramref name="pageSize"/> once, up front.</summary>
    public static CannedPagesHandler Sessions(int items, int pageSize)
    {
        using var renderer = new SessionPageHandler(items);
        var first = renderer.RenderPage(0, pageSize);
        var after = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var start = pageSize; start < items; start += pageSize)
        {
            after[SessionPageHandler.SessionId(start - 1)] = renderer.RenderPage(start, pageSize);
        }

        return new CannedPagesHandler(first, after);
    }

    /// <summary>The page that follows the cursor in <paramref name="query"/> (or the first page).</summary>
    public byte[] PageFor(string query)
    {
        var at = query.IndexOf("start=", StringComparison.Ordinal);
        if (at < 0)
        {
            return _firstPage;
        }

        var end = query.IndexOf('&', at);
        var start = end < 0 ? query.Substring(at + 6) : query.Substring(at + 6, end - at - 6);
        return _pagesAfter[start];
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Answer(request);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Answer(request));

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var body = PageFor(request.RequestUri!.Query);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = JsonType;
        content.Headers.ContentLength = body.Length;
        return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = content };
    }
}
