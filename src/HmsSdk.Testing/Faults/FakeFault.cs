using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HmsSdk.Testing.Core;

namespace HmsSdk.Testing;

/// <summary>What a <see cref="FakeFault"/> does to a request.</summary>
public enum FakeFaultKind
{
    /// <summary>Answer with a status code (and optional headers and body) without processing the request.</summary>
    Status,

    /// <summary>Wait on the fake's clock, then process the request normally.</summary>
    Delay,

    /// <summary>Close the connection before any response byte; the request is not processed.</summary>
    DropConnection,

    /// <summary>Process the request, send the headers and half of the body, then reset the connection.</summary>
    ResetMidBody,

    /// <summary>Process the request and return 200 with only the first half of the JSON body.</summary>
    TruncatedJson,

    /// <summary>Return 200 with a body that is not valid JSON; the request is not processed.</summary>
    MalformedJson,

    /// <summary>Return an HTML error page (as a proxy or load balancer would) with <c>Content-Type: text/html</c>.</summary>
    HtmlErrorPage,

    /// <summary>Return 200 with an empty body; the request is not processed.</summary>
    EmptyOk,

    /// <summary>Return 200 with the JSON literal <c>null</c>; the request is not processed.</summary>
    NullJson,

    /// <summary>Process the request and pad the JSON response (or error body) to a very large size.</summary>
    LargeBody,
}

/// <summary>
/// A scripted misbehaviour for <see cref="FakeFaults"/>. Create one with the static factories, optionally add headers or a delay,
/// then register it on <see cref="FakeHmsApi.Faults"/>.
/// </summary>
public sealed class FakeFault
{
    private FakeFault(FakeFaultKind kind, int statusCode, string? body, TimeSpan delay, int size, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        Kind = kind;
        StatusCode = statusCode;
        Body = body;
        Delay = delay;
        SizeBytes = size;
        Headers = headers;
    }

    /// <summary>The kind of fault.</summary>
    public FakeFaultKind Kind { get; }

    /// <summary>The status code the fault answers with (200 for the body-mangling kinds).</summary>
    public int StatusCode { get; }

    /// <summary>The body sent for <see cref="FakeFaultKind.Status"/>; null means the standard error body <c>{code, message, details}</c>.</summary>
    public string? Body { get; }

    /// <summary>A delay on the fake's clock before the fault (or the normal response) is delivered.</summary>
    public TimeSpan Delay { get; }

    /// <summary>For <see cref="FakeFaultKind.LargeBody"/>: the approximate body size in bytes.</summary>
    public int SizeBytes { get; }

    /// <summary>Extra response headers.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>Answers with <paramref name="statusCode"/> (e.g. 500, 502, 503, 504) and the standard error body, or <paramref name="body"/> when given.</summary>
    /// <param name="statusCode">The HTTP status code, 100-599.</param>
    /// <param name="body">
    /// An optional raw body (sent as <c>application/json</c>). Empty or blank bodies are valid: a gateway answering an error
    /// status with nothing is a fault worth simulating.
    /// </param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The status code is outside 100-599.</exception>
    /// <exception cref="ArgumentException"><paramref name="body"/> holds an unpaired surrogate (it has no UTF-8 form).</exception>
    public static FakeFault Status(int statusCode, string? body = null)
    {
        CheckStatus(statusCode, nameof(statusCode));
        FakeGuard.Encodable(body, nameof(body));

        return new(FakeFaultKind.Status, statusCode, body, TimeSpan.Zero, 0, Array.Empty<KeyValuePair<string, string>>());
    }

    /// <summary>429 with <c>Retry-After: &lt;seconds&gt;</c>.</summary>
    /// <param name="retryAfter">The delay announced in whole seconds (rounded up); zero is valid.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retryAfter"/> is negative.</exception>
    public static FakeFault TooManyRequests(TimeSpan retryAfter) =>
        Status(429).WithHeader("Retry-After", ((long)Math.Ceiling(FakeGuard.NotNegative(retryAfter, nameof(retryAfter)).TotalSeconds)).ToString(CultureInfo.InvariantCulture));

    /// <summary>429 with <c>Retry-After</c> as an HTTP-date.</summary>
    /// <param name="retryAt">The instant announced.</param>
    /// <returns>The fault.</returns>
    public static FakeFault TooManyRequests(DateTimeOffset retryAt) =>
        Status(429).WithHeader("Retry-After", retryAt.UtcDateTime.ToString("r", CultureInfo.InvariantCulture));

    /// <summary>Waits <paramref name="delay"/> on the fake's clock (honouring the request's cancellation), then answers normally.</summary>
    /// <param name="delay">The delay, 0 to 30 days.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative or above 30 days.</exception>
    public static FakeFault DelayBy(TimeSpan delay) =>
        new(FakeFaultKind.Delay, 200, null, CheckDelay(delay), 0, Array.Empty<KeyValuePair<string, string>>());

    /// <summary>Drops the connection without answering (in memory: an <see cref="System.Net.Http.HttpRequestException"/> with an inner IOException).</summary>
    /// <returns>The fault.</returns>
    public static FakeFault DropConnection() => Simple(FakeFaultKind.DropConnection, 0);

    /// <summary>Processes the request and resets the connection half-way through the body.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault ResetMidBody() => Simple(FakeFaultKind.ResetMidBody, 200);

    /// <summary>Processes the request and returns 200 with the JSON body cut in half.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault TruncatedJson() => Simple(FakeFaultKind.TruncatedJson, 200);

    /// <summary>Returns 200 with a body that is not JSON.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault MalformedJson() => Simple(FakeFaultKind.MalformedJson, 200);

    /// <summary>Returns an HTML error page such as a gateway would.</summary>
    /// <param name="statusCode">The status code, 100-599; 502 by default.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The status code is outside 100-599.</exception>
    public static FakeFault HtmlErrorPage(int statusCode = 502) => Simple(FakeFaultKind.HtmlErrorPage, CheckStatus(statusCode, nameof(statusCode)));

    /// <summary>Returns 200 with an empty body.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault EmptyOk() => Simple(FakeFaultKind.EmptyOk, 200);

    /// <summary>Returns 200 with the body <c>null</c>.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault NullJson() => Simple(FakeFaultKind.NullJson, 200);

    /// <summary>Processes the request and pads the JSON answer with a <c>_padding</c> string field up to about <paramref name="sizeBytes"/>.</summary>
    /// <param name="sizeBytes">Target size in bytes, at least 1 KiB.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The size is below 1 KiB or above 256 MiB.</exception>
    public static FakeFault LargeBody(int sizeBytes = 4 * 1024 * 1024)
    {
        FakeGuard.InRange(sizeBytes, 1024, 256 * 1024 * 1024, nameof(sizeBytes));
        return new(FakeFaultKind.LargeBody, 200, null, TimeSpan.Zero, sizeBytes, Array.Empty<KeyValuePair<string, string>>());
    }

    /// <summary>Returns a copy that also sends the header <paramref name="name"/>.</summary>
    /// <param name="name">Header name, an HTTP token such as <c>Retry-After</c>.</param>
    /// <param name="value">
    /// Header value: visible ASCII, spaces and tabs. Empty or blank values are valid (a malformed <c>Retry-After</c> is a
    /// fault worth simulating); CR, LF and other control characters are not, as no server could send them.
    /// </param>
    /// <returns>The new fault.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is not an HTTP token, or the value holds a control or non-ASCII character.</exception>
    public FakeFault WithHeader(string name, string value)
    {
        FakeGuard.Token(name, nameof(name));
        FakeGuard.HeaderValue(value, nameof(value));
        var headers = Headers.ToList();
        headers.Add(new(name, value));
        return new(Kind, StatusCode, Body, Delay, SizeBytes, headers);
    }

    /// <summary>Returns a copy that waits <paramref name="delay"/> on the fake's clock before acting.</summary>
    /// <param name="delay">The delay, 0 to 30 days.</param>
    /// <returns>The new fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative or above 30 days.</exception>
    public FakeFault WithDelay(TimeSpan delay) => new(Kind, StatusCode, Body, CheckDelay(delay), SizeBytes, Headers);

    /// <summary>A short human-readable description, e.g. <c>Status 429 (Retry-After: 3)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = Kind switch
        {
            FakeFaultKind.Status => "Status " + StatusCode.ToString(CultureInfo.InvariantCulture),
            FakeFaultKind.HtmlErrorPage => "HtmlErrorPage " + StatusCode.ToString(CultureInfo.InvariantCulture),
            FakeFaultKind.LargeBody => "LargeBody " + SizeBytes.ToString(CultureInfo.InvariantCulture) + " bytes",
            _ => Kind.ToString(),
        };
        if (Headers.Count > 0)
        {
            text += " (" + string.Join(", ", Headers.Select(h => h.Key + ": " + h.Value)) + ")";
        }

        if (Delay > TimeSpan.Zero)
        {
            text += " after " + Delay.ToString("c", CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static FakeFault Simple(FakeFaultKind kind, int status) =>
        new(kind, status, null, TimeSpan.Zero, 0, Array.Empty<KeyValuePair<string, string>>());

    private static TimeSpan CheckDelay(TimeSpan delay) => FakeGuard.Delay(delay, nameof(delay));

    private static int CheckStatus(int statusCode, string paramName) => FakeGuard.InRange(statusCode, 100, 599, paramName);
}
