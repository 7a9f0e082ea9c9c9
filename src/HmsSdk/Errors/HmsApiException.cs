using System;
using System.Collections.Generic;
using System.Net.Http;

namespace HmsSdk;

/// <summary>The 100ms API answered with a non-success HTTP status.</summary>
/// <remarks>
/// <see cref="ErrorMessage"/> is the body's <c>message</c> (Node SDK parity), or Node's default
/// <c>"An unknown Error occurred!"</c> when the body has none.
/// </remarks>
public class HmsApiException : HmsException
{
    /// <summary>Node SDK's message when the body carries none.</summary>
    public const string DefaultErrorMessage = "An unknown Error occurred!";

    /// <summary>Creates an API exception from the response details.</summary>
    /// <param name="details">The response details.</param>
    public HmsApiException(HmsErrorDetails details)
        : base(BuildMessage(details ?? throw new ArgumentNullException(nameof(details))))
    {
        StatusCode = details.StatusCode;
        ReasonPhrase = details.ReasonPhrase ?? "Unknown";
        ErrorMessage = details.ErrorMessage ?? DefaultErrorMessage;
        ErrorCode = details.ErrorCode;
        ErrorDetails = details.Details ?? Array.Empty<string>();
        ResponseBody = details.ResponseBody;
        Headers = details.Headers ?? new Dictionary<string, string>();
        Method = details.Method;
        RequestUri = details.RequestUri;
        Operation = details.Operation;
        RequestId = details.RequestId;
    }

    /// <summary>The HTTP status code, for example 404.</summary>
    public int StatusCode { get; }

    /// <summary>The HTTP reason phrase, for example <c>Not Found</c>; <c>Unknown</c> when absent (Node parity).</summary>
    public string ReasonPhrase { get; }

    /// <summary>The body's <c>message</c>, or <see cref="DefaultErrorMessage"/>.</summary>
    public string ErrorMessage { get; }

    /// <summary>The body's numeric <c>code</c>, when present.</summary>
    public int? ErrorCode { get; }

    /// <summary>The body's <c>details</c> array; empty when absent.</summary>
    public IReadOnlyList<string> ErrorDetails { get; }

    /// <summary>The start of the raw body (capped at 4 KiB, JWTs redacted).</summary>
    public string? ResponseBody { get; }

    /// <summary>The response headers (the first value of each), with sensitive headers removed.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The HTTP method of the failed request.</summary>
    public HttpMethod? Method { get; }

    /// <summary>The request URI of the failed request (it never contains credentials).</summary>
    public Uri? RequestUri { get; }

    private static string BuildMessage(HmsErrorDetails details)
    {
        var message = $"{details.Operation ?? "Request"} failed with {details.StatusCode} {details.ReasonPhrase ?? "Unknown"}: {details.ErrorMessage ?? DefaultErrorMessage}";
        return details.RequestId is null ? message : message + $" (request id {details.RequestId})";
    }
}

/// <summary>Everything known about a failed response; used to build <see cref="HmsApiException"/> and its subclasses.</summary>
public sealed class HmsErrorDetails
{
    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; init; }

    /// <summary>The HTTP reason phrase.</summary>
    public string? ReasonPhrase { get; init; }

    /// <summary>The body's <c>message</c>.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The body's <c>code</c>.</summary>
    public int? ErrorCode { get; init; }

    /// <summary>The body's <c>details</c>.</summary>
    public IReadOnlyList<string>? Details { get; init; }

    /// <summary>The capped, redacted raw body.</summary>
    public string? ResponseBody { get; init; }

    /// <summary>The response headers.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>The request method.</summary>
    public HttpMethod? Method { get; init; }

    /// <summary>The request URI.</summary>
    public Uri? RequestUri { get; init; }

    /// <summary>The SDK operation name.</summary>
    public string? Operation { get; init; }

    /// <summary>The request id header value.</summary>
    public string? RequestId { get; init; }

    /// <summary>The parsed <c>Retry-After</c>, if the response had one.</summary>
    public TimeSpan? RetryAfter { get; init; }
}

/// <summary>HTTP 400: the request was invalid.</summary>
public class HmsBadRequestException : HmsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response details.</param>
    public HmsBadRequestException(HmsErrorDetails details)
        : base(details)
    {
    }
}

/// <summary>HTTP 401: the management token was missing, invalid or expired (after one refresh and retry).</summary>
public class HmsUnauthorizedException : HmsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response details.</param>
    public HmsUnauthorizedException(HmsErrorDetails details)
        : base(details)
    {
    }
}

/// <summary>HTTP 403: the credentials lack permission, or the resource is disabled.</summary>
public class HmsForbiddenException : HmsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response details.</param>
    public HmsForbiddenException(HmsErrorDetails details)
        : base(details)
    {
    }
}

/// <summary>
/// HTTP 404, or a lookup such as <c>Rooms.GetByNameAsync</c> that found nothing
/// (then <see cref="IsLookupMiss"/> is true and the message is the Node SDK's text).
/// </summary>
public class HmsNotFoundException : HmsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response details.</param>
    public HmsNotFoundException(HmsErrorDetails details)
        : base(details)
    {
    }

    /// <summary>True when the server answered 200 with no match and the SDK raised the not-found.</summary>
    public bool IsLookupMiss { get; init; }
}

/// <summary>HTTP 409: the request conflicts with the current state.</summary>
public class HmsConflictException : HmsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response details.</param>
    public HmsConflictException(HmsErrorDetails details)
        : base(details)
    {
    }
}

/// <summary>HTTP 429: rate limited. <see cref="RetryAfter"/> says when to try again, if the server said.</summary>
public class HmsRateLimitException : HmsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response details.</param>
    public HmsRateLimitException(HmsErrorDetails details)
        : base(details)
    {
        RetryAfter = details.RetryAfter;
    }

    /// <summary>The server's <c>Retry-After</c>, as a delay.</summary>
    public TimeSpan? RetryAfter { get; }
}

/// <summary>HTTP 5xx: the 100ms service failed.</summary>
public class HmsServerException : HmsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The response details.</param>
    public HmsServerException(HmsErrorDetails details)
        : base(details)
    {
    }
}
