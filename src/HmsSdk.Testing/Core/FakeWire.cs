using System;
using System.Collections.Generic;

namespace HmsSdk.Testing.Core;

/// <summary>A transport-neutral request: both the in-memory handler and the Kestrel host translate into this.</summary>
internal sealed class FakeRequest
{
    public FakeRequest(string method, string rawPath, string rawQuery, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body)
    {
        Method = method.ToUpperInvariant();
        RawPath = rawPath;
        RawQuery = rawQuery.StartsWith('?') ? rawQuery.Substring(1) : rawQuery;
        Headers = headers;
        Body = body;
    }

    public string Method { get; }

    /// <summary>The path exactly as sent (still percent-encoded), e.g. <c>/v2/rooms/abc</c>.</summary>
    public string RawPath { get; }

    /// <summary>The query without the leading <c>?</c>, still percent-encoded.</summary>
    public string RawQuery { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public byte[] Body { get; }

    public string? GetHeader(string name)
    {
        foreach (var pair in Headers)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }
}

/// <summary>How the transport should deliver a response (or fail to).</summary>
internal enum TransportBehavior
{
    Normal,

    /// <summary>Close the connection before any response byte is sent.</summary>
    DropConnection,

    /// <summary>Send the headers and part of the body, then reset the connection.</summary>
    ResetMidBody,
}

/// <summary>A transport-neutral response produced by the shared core.</summary>
internal sealed class FakeResponse
{
    public FakeResponse(int statusCode, byte[] body, string? contentType = "application/json")
    {
        StatusCode = statusCode;
        Body = body;
        ContentType = contentType;
    }

    public int StatusCode { get; set; }

    public byte[] Body { get; set; }

    /// <summary>The Content-Type header, or null to send none.</summary>
    public string? ContentType { get; set; }

    public List<KeyValuePair<string, string>> Headers { get; } = new();

    public TransportBehavior Transport { get; set; }

    /// <summary>For <see cref="TransportBehavior.ResetMidBody"/>: how many body bytes go out before the reset.</summary>
    public int BytesBeforeReset { get; set; }
}

/// <summary>Thrown inside route handlers to produce an API error body <c>{code, message, details}</c>.</summary>
internal sealed class FakeApiException : Exception
{
    public FakeApiException(int statusCode, string message, params string[] details)
        : base(message)
    {
        StatusCode = statusCode;
        Details = details;
    }

    public int StatusCode { get; }

    public IReadOnlyList<string> Details { get; }

    /// <summary>Whether the body is just <c>{code, message}</c> (SIP and the auth host answer without <c>details</c>).</summary>
    public bool OmitDetails { get; private init; }

    /// <summary>An error whose body is just <c>{code, message}</c>.</summary>
    public static FakeApiException Bare(int statusCode, string message) => new(statusCode, message) { OmitDetails = true };

    public static FakeApiException NotFound(string message, params string[] details) => new(404, message, details);

    public static FakeApiException BadBody(string field, string detail) => new(400, "Invalid body param: " + field, detail);

    public static FakeApiException BadQuery(string parameter, string detail) => new(400, "Invalid query parameter", parameter + ": " + detail);
}
