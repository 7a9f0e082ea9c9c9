using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HmsSdk.Http;

/// <summary>How a request authenticates.</summary>
internal enum RequestAuth
{
    /// <summary>The client's cached management token, refreshed once on 401/403.</summary>
    Management,

    /// <summary>No Authorization header (public endpoints such as the room-code exchange).</summary>
    None,

    /// <summary>A caller-supplied bearer token (for example an app token for SIP DTMF).</summary>
    Bearer,
}

/// <summary>
/// The description of one API call, built fluently by a service: the <c>With*</c> methods set a field and return the
/// same instance (a builder, not a copy; <see cref="HmsQuery"/>'s internal <c>With</c> copies because pagers reuse one
/// base query). A request is built for one call and then only read: the pipeline turns it into a fresh HTTP message
/// per attempt, so every attempt sends the same method, URI, headers and body bytes.
/// </summary>
internal sealed class HmsRequest : IHmsOperation
{
    private static readonly byte[] EmptyJsonObject = { (byte)'{', (byte)'}' };

    private HmsRequest(HttpMethod method, string operation, RequestPath path)
    {
        Method = method;
        Operation = operation;
        Path = path;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The SDK operation name for errors, logs and traces, e.g. <c>Rooms.Create</c>.</summary>
    public string Operation { get; }

    /// <summary>The escaped path relative to the API base.</summary>
    public RequestPath Path { get; }

    string IHmsOperation.PathTemplate => Path.Template;

    /// <summary>An absolute URI that replaces base + path (used for other 100ms hosts).</summary>
    public Uri? AbsoluteUri { get; private set; }

    /// <summary>The query, if any.</summary>
    public HmsQuery? Query { get; private set; }

    /// <summary>The serialized JSON body, if any.</summary>
    public byte[]? Body { get; private set; }

    /// <summary>Per-call overrides.</summary>
    public HmsRequestOptions? Options { get; private set; }

    /// <summary>How the request authenticates.</summary>
    public RequestAuth Auth { get; private set; }

    /// <summary>The token for <see cref="RequestAuth.Bearer"/>.</summary>
    public string? BearerToken { get; private set; }

    /// <summary>
    /// True when repeating the request cannot change server state twice. GET, PUT and DELETE are; POST is not
    /// (the 100ms API has no idempotency keys), unless an operation marks itself so.
    /// </summary>
    public bool IsIdempotent { get; private set; }

    /// <summary>A GET request.</summary>
    public static HmsRequest Get(string operation, RequestPath path) => new(HttpMethod.Get, operation, path) { IsIdempotent = true };

    /// <summary>A POST request; without a body it sends <c>{}</c> like the Node SDK.</summary>
    public static HmsRequest Post(string operation, RequestPath path) => new(HttpMethod.Post, operation, path) { Body = EmptyJsonObject };

    /// <summary>A DELETE request.</summary>
    public static HmsRequest Delete(string operation, RequestPath path) => new(HttpMethod.Delete, operation, path) { IsIdempotent = true };

    /// <summary>A request with any method (for the raw API).</summary>
    public static HmsRequest Create(HttpMethod method, string operation, RequestPath path)
    {
        var request = new HmsRequest(method, operation, path)
        {
            IsIdempotent = method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete ||
                           method == HttpMethod.Head || method == HttpMethod.Options,
        };
        if (method == HttpMethod.Post)
        {
            request.Body = EmptyJsonObject;
        }

        return request;
    }

    /// <summary>Sets the query.</summary>
    public HmsRequest WithQuery(HmsQuery? query)
    {
        Query = query;
        return this;
    }

    /// <summary>Serializes <paramref name="body"/> once; every attempt resends the same bytes.</summary>
    /// <param name="body">The body.</param>
    /// <param name="typeInfo">Its JSON metadata.</param>
    /// <param name="paramName">The caller's parameter the body came from: checked first with <see cref="BodyGuard"/>; null skips the check (raw or internal bodies).</param>
    public HmsRequest WithJsonBody<T>(T body, JsonTypeInfo<T> typeInfo, string? paramName = null)
    {
        if (paramName is not null)
        {
            BodyGuard.Check(body, typeInfo, paramName);
        }

        Body = JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
        return this;
    }

    /// <summary>Sets already-serialized JSON body bytes.</summary>
    public HmsRequest WithRawBody(byte[]? body)
    {
        Body = body;
        return this;
    }

    /// <summary>Sets per-call overrides.</summary>
    public HmsRequest WithOptions(HmsRequestOptions? options)
    {
        HmsRequestOptionsValidator.Validate(options);
        Options = options;
        return this;
    }

    /// <summary>Marks a POST as safe to retry (the server treats repeats as no-ops).</summary>
    public HmsRequest AsIdempotent()
    {
        IsIdempotent = true;
        return this;
    }

    /// <summary>Sends to an absolute URI on another 100ms host instead of the API base.</summary>
    public HmsRequest WithAbsoluteUri(Uri uri)
    {
        AbsoluteUri = uri;
        return this;
    }

    /// <summary>Sends no Authorization header.</summary>
    public HmsRequest WithoutAuthentication()
    {
        Auth = RequestAuth.None;
        return this;
    }

    /// <summary>Authenticates with a caller-supplied bearer token instead of the management token.</summary>
    public HmsRequest WithBearerToken(string token)
    {
        Auth = RequestAuth.Bearer;
        BearerToken = token;
        return this;
    }
}
