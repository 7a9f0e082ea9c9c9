using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HmsSdk.Http;

namespace HmsSdk;

/// <summary>A raw HTTP response from the 100ms API: status, headers, request id and the buffered body.</summary>
public sealed class HmsResponse
{
    private string? _text;

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
        Headers = headers is null
            ? new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, IReadOnlyList<string>>(headers.ToDictionary(h => h.Key, h => h.Value), StringComparer.OrdinalIgnoreCase);
    }

    internal HmsResponse(HttpResponseMessage message, byte[] content, int attempts)
    {
        StatusCode = (int)message.StatusCode;
        // Server-controlled text that reaches messages, logs and ToString: a reflected bearer token must not.
        ReasonPhrase = message.ReasonPhrase is null ? null : HmsErrorMapper.Redact(message.ReasonPhrase);
        Content = content;
        Attempts = attempts;
        Method = message.RequestMessage?.Method;
        RequestUri = message.RequestMessage?.RequestUri;
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        Copy(message.Headers, headers);
        if (message.Content is not null)
        {
            Copy(message.Content.Headers, headers);
        }

        Headers = headers;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The HTTP reason phrase, when the server sent one.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>True for a 2xx status.</summary>
    public bool IsSuccessStatusCode => StatusCode is >= 200 and < 300;

    /// <summary>Response and content headers, by case-insensitive name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The body bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }

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

    /// <summary>The parsed <c>Retry-After</c> header as a delay from when the response arrived.</summary>
    internal TimeSpan? RetryAfter { get; init; }

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

            target[header.Key] = header.Value.ToArray();
        }
    }
}
