using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.Paging;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>
/// The raw escape hatch: any 100ms REST path through the same pipeline as the typed services
/// (management token, retries, timeouts, errors, logging and tracing). Paths are relative to the API base
/// (for example <c>/rooms</c>); escape ids yourself with <see cref="Uri.EscapeDataString(string)"/>. A path can never
/// leave the API base: absolute URIs, <c>?</c>/<c>#</c>, backslashes, control characters and dot segments (<c>.</c>,
/// <c>..</c>, also percent-encoded such as <c>%2e%2e</c>) throw <see cref="ArgumentException"/> naming <c>path</c>.
/// </summary>
public interface IApiService
{
    /// <summary>Sends a GET and deserializes the body.</summary>
    /// <typeparam name="T">The response model.</typeparam>
    /// <param name="path">A relative path such as <c>/rooms</c>.</param>
    /// <param name="responseType">Source-generated JSON metadata for <typeparamref name="T"/>.</param>
    /// <param name="query">Query parameters, or null.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deserialized body.</returns>
    /// <exception cref="ArgumentException">The path is empty, absolute, contains '?', '#', a backslash, a control character or a dot segment.</exception>
    /// <exception cref="HmsApiException">The API answered with an error status.</exception>
    Task<T> GetAsync<T>(string path, JsonTypeInfo<T> responseType, HmsQuery? query = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a GET and returns the body as JSON.</summary>
    /// <param name="path">A relative path such as <c>/rooms</c>.</param>
    /// <param name="query">Query parameters, or null.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The body's root element.</returns>
    Task<JsonElement> GetAsync(string path, HmsQuery? query = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a POST with a typed body (or <c>{}</c> when null) and deserializes the response.</summary>
    /// <typeparam name="TBody">The body model.</typeparam>
    /// <typeparam name="TResponse">The response model.</typeparam>
    /// <param name="path">A relative path.</param>
    /// <param name="body">The body, or null for <c>{}</c>.</param>
    /// <param name="bodyType">JSON metadata for the body.</param>
    /// <param name="responseType">JSON metadata for the response.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deserialized body.</returns>
    Task<TResponse> PostAsync<TBody, TResponse>(string path, TBody? body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a POST with a JSON body (or <c>{}</c> when null) and returns the response as JSON.</summary>
    /// <param name="path">A relative path.</param>
    /// <param name="body">The body, or null for <c>{}</c>.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The body's root element (an undefined element for an empty body).</returns>
    Task<JsonElement> PostAsync(string path, JsonElement? body = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a PUT with a JSON body and returns the response as JSON.</summary>
    /// <param name="path">A relative path.</param>
    /// <param name="body">The body, or null for none.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The body's root element (an undefined element for an empty body).</returns>
    Task<JsonElement> PutAsync(string path, JsonElement? body = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a PATCH with a JSON body and returns the response as JSON.</summary>
    /// <param name="path">A relative path.</param>
    /// <param name="body">The body, or null for none.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The body's root element (an undefined element for an empty body).</returns>
    Task<JsonElement> PatchAsync(string path, JsonElement? body = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a DELETE.</summary>
    /// <param name="path">A relative path.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The body's root element (an undefined element for an empty body, as with 204).</returns>
    Task<JsonElement> DeleteAsync(string path, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends any request and returns the final response whatever its status (no exception for 4xx/5xx);
    /// transport failures and timeouts still throw.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">A relative path.</param>
    /// <param name="query">Query parameters, or null.</param>
    /// <param name="jsonBody">UTF-8 JSON body bytes, or null (a POST without a body sends <c>{}</c>).</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response.</returns>
    Task<HmsResponse> SendAsync(HttpMethod method, string path, HmsQuery? query = null, ReadOnlyMemory<byte>? jsonBody = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <inheritdoc cref="IApiService"/>
internal sealed class ApiService : IApiService
{
    private static readonly JsonTypeInfo<JsonElement> ElementType = CommonJsonContext.Default.JsonElement;
    private readonly HmsPipeline _pipeline;

    internal ApiService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <inheritdoc />
    public Task<T> GetAsync<T>(string path, JsonTypeInfo<T> responseType, HmsQuery? query = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(responseType, nameof(responseType));
        var request = HmsRequest.Get("Api.Get", ToPath(path)).WithQuery(query).WithOptions(requestOptions);
        return _pipeline.SendAsync(request, responseType, cancellationToken);
    }

    /// <inheritdoc />
    public Task<JsonElement> GetAsync(string path, HmsQuery? query = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        SendForJsonAsync(HmsRequest.Get("Api.Get", ToPath(path)).WithQuery(query), null, requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<TResponse> PostAsync<TBody, TResponse>(string path, TBody? body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(bodyType, nameof(bodyType));
        Guard.NotNull(responseType, nameof(responseType));
        var request = HmsRequest.Post("Api.Post", ToPath(path)).WithOptions(requestOptions);
        if (body is not null)
        {
            request.WithJsonBody(body, bodyType);
        }

        return _pipeline.SendAsync(request, responseType, cancellationToken);
    }

    /// <inheritdoc />
    public Task<JsonElement> PostAsync(string path, JsonElement? body = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        SendForJsonAsync(HmsRequest.Post("Api.Post", ToPath(path)), body, requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<JsonElement> PutAsync(string path, JsonElement? body = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        SendForJsonAsync(HmsRequest.Create(HttpMethod.Put, "Api.Put", ToPath(path)), body, requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<JsonElement> PatchAsync(string path, JsonElement? body = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        SendForJsonAsync(HmsRequest.Create(new HttpMethod("PATCH"), "Api.Patch", ToPath(path)), body, requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<JsonElement> DeleteAsync(string path, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        SendForJsonAsync(HmsRequest.Delete("Api.Delete", ToPath(path)), null, requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<HmsResponse> SendAsync(HttpMethod method, string path, HmsQuery? query = null, ReadOnlyMemory<byte>? jsonBody = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(method, nameof(method));
        var request = HmsRequest.Create(method, "Api." + method.Method, ToPath(path)).WithQuery(query).WithOptions(requestOptions);
        if (jsonBody is { } bytes)
        {
            request.WithRawBody(bytes.ToArray());
        }

        return _pipeline.SendRawAsync(request, cancellationToken);
    }

    private async Task<JsonElement> SendForJsonAsync(HmsRequest request, JsonElement? body, HmsRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        request.WithOptions(requestOptions);
        if (body is { } element)
        {
            request.WithJsonBody(element, ElementType);
        }

        var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content.IsEmpty)
        {
            return default;
        }

        return HmsPipeline.Deserialize(response, ElementType, request);
    }

    /// <summary>The longest raw path accepted; real API paths are well under 200 characters.</summary>
    internal const int MaxPathLength = 2048;

    /// <summary>
    /// Keeps a raw path inside the API base: relative, no scheme or authority, no query or fragment, no backslashes,
    /// no control characters, and no dot segment (<c>.</c>, <c>..</c>, also percent-encoded as <c>%2e</c>, even
    /// twice), which would let <c>/rooms/../../x</c> leave <c>/v2</c> after normalisation by the client or the server.
    /// </summary>
    internal static RequestPath ToPath(string path)
    {
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        Guard.MaxLength(path, MaxPathLength, nameof(path));
        // An absolute URL would send the management token to another host (a Node SDK pitfall).
        if (path.Contains("://") || path.StartsWith("//", StringComparison.Ordinal) || HasScheme(path))
        {
            throw new ArgumentException($"'path' must be relative to the API base, for example '/rooms'; got {Guard.Echo(path)}.", nameof(path));
        }

        if (path.IndexOf('?') >= 0 || path.IndexOf('#') >= 0)
        {
            throw new ArgumentException($"'path' cannot carry a query or fragment ('?' or '#'); pass query parameters through the query argument. Got {Guard.Echo(path)}.", nameof(path));
        }

        foreach (var c in path)
        {
            if (c == '\\' || char.IsControl(c))
            {
                throw new ArgumentException($"'path' cannot contain backslashes or control characters; got {Guard.Echo(path)}.", nameof(path));
            }
        }

        foreach (var segment in path.Split('/'))
        {
            if (IsDotSegment(segment))
            {
                throw new ArgumentException($"'path' cannot contain '.' or '..' segments (also percent-encoded); escape ids with Uri.EscapeDataString and never pass '.' or '..' as one. Got {Guard.Echo(path)}.", nameof(path));
            }
        }

        return RequestPath.Literal(path);
    }

    private static bool HasScheme(string path)
    {
        // "https:evil.example/x" or "mailto:x": a scheme is letters, digits, '+', '-', '.' before the first ':' and '/'.
        var colon = path.IndexOf(':');
        var slash = path.IndexOf('/');
        return colon > 0 && (slash < 0 || colon < slash) && char.IsLetter(path[0]);
    }

    private static bool IsDotSegment(string segment)
    {
        // Decode until stable: a server or proxy that decodes once more must not find a dot segment either.
        var decoded = segment;
        for (var i = 0; i < 3 && decoded.IndexOf('%') >= 0; i++)
        {
            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded)
            {
                break;
            }

            decoded = next;
        }

        return decoded is "." or ".." || decoded.Trim() is "." or "..";
    }
}
