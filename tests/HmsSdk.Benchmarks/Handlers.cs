using System;
using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace HmsSdk.Benchmarks;

/// <summary>
/// Answers every request with the same canned JSON body and a request id, synchronously and without sockets,
/// so the benchmark measures the client side only. Both the SDK and the hand-written baseline share it.
/// </summary>
internal sealed class CannedJsonHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };
    private readonly byte[] _body;

    public CannedJsonHandler(byte[] body) => _body = body;

    public long Requests { get; private set; }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Answer(request);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Answer(request));

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        Requests++;
        var content = new ByteArrayContent(_body);
        content.Headers.ContentType = JsonType;
        content.Headers.ContentLength = _body.Length;
        var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = content };
        response.Headers.TryAddWithoutValidation("X-Request-Id", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        return response;
    }
}

/// <summary>
/// Synthesizes <c>GET /sessions</c> pages for a virtual list of <see cref="TotalItems"/> sessions: it reads <c>limit</c>
/// and <c>start</c> from the query and writes the page into one reused buffer, so the list never exists in memory and
/// the handler itself allocates the same small amount per page however long the list is. Sequential callers only
/// (the SDK has read a page's body before it asks for the next one).
/// </summary>
internal sealed class SessionPageHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _writer;
    private readonly int _peersPerSession;

    public SessionPageHandler(long totalItems, int peersPerSession = 2)
    {
        TotalItems = totalItems;
        _peersPerSession = peersPerSession;
        _writer = new Utf8JsonWriter(_buffer);
    }

    public long TotalItems { get; set; }

    public long Pages { get; private set; }

    /// <summary>The largest page body written, in bytes.</summary>
    public int MaxPageBytes { get; private set; }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Answer(request);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Answer(request));

    /// <summary>The session id of item <paramref name="index"/>: 24 hex digits like the API's object ids.</summary>
    public static string SessionId(long index) => index.ToString("x24", CultureInfo.InvariantCulture);

    /// <summary>Writes one page (for the deserialization benchmark) and returns a copy of its bytes.</summary>
    public byte[] RenderPage(long start, int limit)
    {
        Render(start, limit);
        return _buffer.WrittenSpan.ToArray();
    }

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var query = request.RequestUri!.Query.AsSpan();
        var limit = (int)(ReadNumber(query, "limit=") ?? 10);
        var startId = ReadValue(query, "start=");
        var start = startId.IsEmpty ? 0 : long.Parse(startId, NumberStyles.HexNumber, CultureInfo.InvariantCulture) + 1;
        Render(start, limit);
        Pages++;
        var written = _buffer.WrittenMemory;
        MaxPageBytes = Math.Max(MaxPageBytes, written.Length);
        var content = new ReadOnlyMemoryContent(written);
        content.Headers.ContentType = JsonType;
        content.Headers.ContentLength = written.Length;
        return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = content };
    }

    private void Render(long start, int limit)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        var end = Math.Min(TotalItems, start + limit);
        var baseTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Span<char> id = stackalloc char[24];
        Span<char> peerId = stackalloc char[36];
        _writer.WriteStartObject();
        _writer.WriteNumber("limit"u8, limit);
        _writer.WriteStartArray("data"u8);
        for (var i = start; i < end; i++)
        {
            i.TryFormat(id, out _, "x24", CultureInfo.InvariantCulture);
            var opened = baseTime.AddSeconds(i * 600);
            _writer.WriteStartObject();
            _writer.WriteString("id"u8, id);
            _writer.WriteString("room_id"u8, "67a0c0ffee0123456789abcd"u8);
            _writer.WriteString("customer_id"u8, "64b0cafe0123456789abcdef"u8);
            _writer.WriteString("app_id"u8, "64b0beef0123456789abcdef"u8);
            _writer.WriteBoolean("active"u8, false);
            _writer.WriteStartObject("peers"u8);
            for (var p = 0; p < _peersPerSession; p++)
            {
                ((i * 4) + p).TryFormat(peerId, out _, "x36", CultureInfo.InvariantCulture);
                peerId[8] = peerId[13] = peerId[18] = peerId[23] = '-';
                _writer.WriteStartObject(peerId);
                _writer.WriteString("id"u8, peerId);
                _writer.WriteString("session_id"u8, id);
                _writer.WriteString("name"u8, p == 0 ? "Ada Lovelace"u8 : "Grace Hopper"u8);
                _writer.WriteString("role"u8, p == 0 ? "host"u8 : "guest"u8);
                _writer.WriteString("user_id"u8, "user-abcdefgh"u8);
                _writer.WriteString("user"u8, "user-abcdefgh"u8);
                WriteNanos("joined_at"u8, opened.AddSeconds(p * 7));
                WriteNanos("left_at"u8, opened.AddSeconds(300 - (p * 3)));
                _writer.WriteEndObject();
            }

            _writer.WriteEndObject();
            WriteNanos("created_at"u8, opened);
            WriteNanos("updated_at"u8, opened.AddSeconds(300));
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        if (end > start && end < TotalItems)
        {
            (end - 1).TryFormat(id, out _, "x24", CultureInfo.InvariantCulture);
            _writer.WriteString("last"u8, id);
        }
        else
        {
            _writer.WriteString("last"u8, ""u8);
        }

        _writer.WriteEndObject();
        _writer.Flush();
    }

    /// <summary>Writes a timestamp with nine fractional digits, as the API does for sessions, without allocating.</summary>
    private void WriteNanos(ReadOnlySpan<byte> name, DateTimeOffset value)
    {
        Span<char> text = stackalloc char[40];
        value.UtcDateTime.TryFormat(text, out var length, "yyyy-MM-dd'T'HH:mm:ss.fffffff'00Z'", CultureInfo.InvariantCulture);
        _writer.WriteString(name, text.Slice(0, length));
    }

    private static long? ReadNumber(ReadOnlySpan<char> query, string name)
    {
        var value = ReadValue(query, name);
        return value.IsEmpty ? null : long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static ReadOnlySpan<char> ReadValue(ReadOnlySpan<char> query, string name)
    {
        var at = query.IndexOf(name.AsSpan(), StringComparison.Ordinal);
        if (at < 0)
        {
            return default;
        }

        var value = query.Slice(at + name.Length);
        var end = value.IndexOf('&');
        return end < 0 ? value : value.Slice(0, end);
    }
}
