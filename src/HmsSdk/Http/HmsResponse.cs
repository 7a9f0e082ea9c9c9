using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using HmsSdk.Http;

namespace HmsSdk;

/// <summary>A raw HTTP response from the 100ms API: status, headers, request id and the buffered body.</summary>
public sealed class HmsResponse : IHmsOperationResult
{
    private string? _text;

    // The headers of a pipeline response stay in the HttpResponseMessage's collections until someone asks for them:
    // most calls never read a header, so copying them into a dictionary on every response was wasted work.
    private IReadOnlyDictionary<string, IReadOnlyList<string>>? _headers;
    private readonly HttpResponseHeaders? _pendingHeaders;
    private readonly HttpContentHeaders? _pendingContentHeaders;

    // Set when Content lives in an ArrayPool buffer that the pipeline returns once the typed model has been read.
    private byte[]? _pooledBody;

    /// <summary>Creates a response (for tests and model factories).</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="content">The body bytes.</param>
    /// <param name="headers">Response headers; names compared case-insensitively.</param>
    /// <param name="reasonPhrase">The reason phrase.</param>
    public HmsResponse(int statusCode, ReadOnlyMemory<byte> content, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null, string? reasonPhrase = null)
    {
        StatusCode = statusCode;
        Content = content;
        ReasonPhrase = reasonPhrase is null ? null : HmsErrorMapper.Redact(reasonPhrase);
        var copy = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (headers is not null)
        {
            foreach (var header in headers)
            {
                // Same as the former ToDictionary copy: a name repeated with different casing is a conflict.
                copy.Add(header.Key, header.Value);
            }
        }

        _headers = copy;
    }

    internal HmsResponse(HttpResponseMessage message, byte[] content, int length, bool pooled, int attempts)
    {
        StatusCode = (int)message.StatusCode;
        // Server-controlled text that reaches messages, logs and ToString: a reflected bearer token must not.
        ReasonPhrase = message.ReasonPhrase is null ? null : HmsErrorMapper.Redact(message.ReasonPhrase);
        Content = new ReadOnlyMemory<byte>(content, 0, length);
        _pooledBody = pooled ? content : null;
        Attempts = attempts;
        Method = message.RequestMessage?.Method;
        RequestUri = message.RequestMessage?.RequestUri;
        _pendingHeaders = message.Headers;
        _pendingContentHeaders = message.Content?.Headers;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The HTTP reason phrase, when the server sent one.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>True for a 2xx status.</summary>
    public bool IsSuccessStatusCode => StatusCode is >= 200 and < 300;

    /// <summary>Response and content headers, by case-insensitive name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers => Volatile.Read(ref _headers) ?? MaterializeHeaders();

    /// <summary>The body bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; private set; }

    /// <summary>The body as UTF-8 text.</summary>
    public string ContentText => _text ??= Encoding.UTF8.GetString(Content.ToArray());

    /// <summary>The request id header (<c>X-Request-Id</c> or <c>Request-Id</c>), when present; anything shaped like a JWT is redacted.</summary>
    public string? RequestId => (GetHeader("X-Request-Id") ?? GetHeader("Request-Id")) is { } id ? HmsErrorMapper.Redact(id) : null;

    /// <summary>The method of the request that produced this response.</summary>
    public HttpMethod? Method { get; }

    /// <summary>The URI of the request that produced this response.</summary>
    public Uri? RequestUri { get; }

    /// <summary>How many HTTP attempts the call took (1 without retries).</summary>
    public int Attempts { get; } = 1;

    string IHmsOperationResult.RedactedBody => HmsErrorMapper.RedactBody(ContentText);

    /// <summary>The parsed <c>Retry-After</c> header as a delay from when the response arrived.</summary>
    internal TimeSpan? RetryAfter { get; init; }

    /// <summary>Where drift-tolerant reads of this body log (the client's logger); null for responses built by hand.</summary>
    internal Serialization.DriftWarnings? DriftWarnings { get; init; }

    /// <summary>The first value of a header, or null.</summary>
    /// <param name="name">The header name, case-insensitive.</param>
    /// <returns>The value, or null when absent.</returns>
    public string? GetHeader(string name) =>
        Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Deserializes the body with a source-generated type.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="typeInfo">The JSON metadata for <typeparamref name="T"/>.</param>
    /// <returns>The model, or default for a JSON <c>null</c> body.</returns>
    /// <exception cref="JsonException">The body is not valid JSON for <typeparamref name="T"/>.</exception>
    public T? ReadAs<T>(JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(Content.Span, typeInfo);

    /// <summary>Parses the body as a JSON document.</summary>
    /// <returns>The root element (a detached clone).</returns>
    /// <exception cref="JsonException">The body is not valid JSON.</exception>
    public JsonElement ReadAsJson()
    {
        using var document = JsonDocument.Parse(Content);
        return document.RootElement.Clone();
    }

    /// <inheritdoc />
    public override string ToString() => $"{StatusCode} {ReasonPhrase} ({Content.Length} bytes{(RequestId is null ? string.Empty : ", request id " + RequestId)})";

    /// <summary>Gives a pooled body back; only the pipeline calls this, after the last read of a response no one else saw.</summary>
    internal void ReturnPooledBody()
    {
        var pooled = Interlocked.Exchange(ref _pooledBody, null);
        if (pooled is not null)
        {
            Content = ReadOnlyMemory<byte>.Empty;
            _text = null;
            System.Buffers.ArrayPool<byte>.Shared.Return(pooled);
        }
    }

    /// <summary>Copies the message's headers once; the lock keeps HttpHeaders' lazy parsing off concurrent readers.</summary>
    private IReadOnlyDictionary<string, IReadOnlyList<string>> MaterializeHeaders()
    {
        // Only pipeline responses get here, and they always have the message's header collection to lock on.
        lock (_pendingHeaders!)
        {
            if (_headers is { } built)
            {
                return built;
            }

            var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            Copy(_pendingHeaders!, headers);
            if (_pendingContentHeaders is not null)
            {
                Copy(_pendingContentHeaders, headers);
            }

            Volatile.Write(ref _headers, headers);
            return headers;
        }
    }

    private static void Copy(HttpHeaders source, Dictionary<string, IReadOnlyList<string>> target)
    {
        foreach (var header in source)
        {
            // Never keep anything that could carry credentials.
            if (header.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase) ||
                header.Key.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            target[header.Key] = new List<string>(header.Value).ToArray();
        }
    }
}
