using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

using HmsSdk.Testing.Core;

namespace HmsSdk.Testing;

/// <summary>One request the fake received. Authorization header values are never kept.</summary>
public sealed class FakeRecordedRequest
{
    internal FakeRecordedRequest(
        long sequence,
        DateTimeOffset receivedAt,
        string method,
        string path,
        string query,
        IReadOnlyList<KeyValuePair<string, string>> queryParameters,
        IReadOnlyDictionary<string, string> headers,
        string body,
        string requestId)
    {
        Sequence = sequence;
        ReceivedAt = receivedAt;
        Method = method;
        Path = path;
        Query = query;
        QueryParameters = queryParameters;
        Headers = headers;
        Body = body;
        RequestId = requestId;
    }

    /// <summary>1-based order of arrival.</summary>
    public long Sequence { get; }

    /// <summary>The fake clock's time when the request arrived.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Upper-case HTTP method.</summary>
    public string Method { get; }

    /// <summary>The decoded path including <c>/v2</c>, e.g. <c>/v2/rooms/abc</c>.</summary>
    public string Path { get; }

    /// <summary>The raw query string without the leading <c>?</c> (still percent-encoded).</summary>
    public string Query { get; }

    /// <summary>The decoded query pairs in order (repeated keys appear repeatedly).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> QueryParameters { get; }

    /// <summary>Request headers (case-insensitive names; multiple values joined with <c>, </c>). <c>Authorization</c> is kept as
    /// <c>Bearer [redacted]</c> so tests can see it was sent without the token being stored.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The request body as UTF-8 text (empty when there was none).</summary>
    public string Body { get; }

    /// <summary>The <c>X-Request-Id</c> the fake answered with.</summary>
    public string RequestId { get; }

    /// <summary>The status code answered, 0 when the connection was dropped, null while the request is still in progress.</summary>
    public int? StatusCode { get; internal set; }

    /// <summary>The fault applied to this request, if any.</summary>
    public FakeInjectedFault? InjectedFault { get; internal set; }

    /// <summary>All decoded values of the query parameter <paramref name="name"/>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The values, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, blank or malformed.</exception>
    public IReadOnlyList<string> GetQueryValues(string name)
    {
        FakeGuard.Text(name, nameof(name));
        return QueryParameters.Where(p => p.Key == name).Select(p => p.Value).ToArray();
    }

    /// <summary>The last decoded value of the query parameter <paramref name="name"/>, or null.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The value or null.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, blank or malformed.</exception>
    public string? GetQueryValue(string name) => GetQueryValues(name).LastOrDefault();

    /// <summary>Method and path, for test output.</summary>
    /// <returns>E.g. <c>GET /v2/rooms?limit=10</c>.</returns>
    public override string ToString() => Query.Length == 0 ? $"{Method} {Path}" : $"{Method} {Path}?{Query}";
}

/// <summary>The log of every request the fake received, in arrival order. Thread-safe; enumerating takes a snapshot.</summary>
public sealed class FakeRequestLog : IReadOnlyList<FakeRecordedRequest>
{
    private readonly object _gate = new();
    private readonly List<FakeRecordedRequest> _requests = new();

    internal FakeRequestLog()
    {
    }

    /// <inheritdoc />
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count;
            }
        }
    }

    /// <summary>The most recent request, or null.</summary>
    public FakeRecordedRequest? Last
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count == 0 ? null : _requests[^1];
            }
        }
    }

    /// <inheritdoc />
    public FakeRecordedRequest this[int index]
    {
        get
        {
            lock (_gate)
            {
                return _requests[index];
            }
        }
    }

    /// <summary>Forgets every recorded request.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    /// <inheritdoc />
    public IEnumerator<FakeRecordedRequest> GetEnumerator()
    {
        FakeRecordedRequest[] snapshot;
        lock (_gate)
        {
            snapshot = _requests.ToArray();
        }

        return ((IEnumerable<FakeRecordedRequest>)snapshot).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(FakeRecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }
}
