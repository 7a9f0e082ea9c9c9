using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HmsSdk.Http;

/// <summary>Turns failed responses and transport errors into the <see cref="HmsException"/> family.</summary>
internal static class HmsErrorMapper
{
    private const int MaxBodyChars = 4096;

    // Anything shaped like a JWT is removed from text the SDK puts in exceptions.
    private static readonly Regex JwtPattern = new(@"eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*");

    public static HmsApiException ToException(HmsResponse response, string operation, HttpMethod method)
    {
        var (message, code, details) = ReadErrorBody(response);
        var errorDetails = new HmsErrorDetails
        {
            StatusCode = response.StatusCode,
            ReasonPhrase = response.ReasonPhrase,
            ErrorMessage = message is null ? null : Redact(message),
            ErrorCode = code,
            Details = details,
            ResponseBody = CapBody(response),
            Headers = FirstValues(response),
            Method = method,
            RequestUri = response.RequestUri,
            Operation = operation,
            RequestId = response.RequestId,
            RetryAfter = response.RetryAfter,
        };

        return response.StatusCode switch
        {
            400 => new HmsBadRequestException(errorDetails),
            401 => new HmsUnauthorizedException(errorDetails),
            403 => new HmsForbiddenException(errorDetails),
            404 => new HmsNotFoundException(errorDetails),
            409 => new HmsConflictException(errorDetails),
            429 => new HmsRateLimitException(errorDetails),
            >= 500 and <= 599 => new HmsServerException(errorDetails),
            _ => new HmsApiException(errorDetails),
        };
    }

    public static HmsSerializationException ToSerializationException(HmsResponse response, string operation, string message, Exception? inner) =>
        new(message + (response.RequestId is null ? string.Empty : $" (request id {response.RequestId})"), inner)
        {
            Operation = operation,
            RequestId = response.RequestId,
            StatusCode = response.StatusCode,
            ResponseBody = CapBody(response),
        };

    /// <summary>Wraps raw transport errors; SDK exceptions and cancellations pass through unchanged.</summary>
    public static Exception WrapTransport(Exception exception, HmsRequest request)
    {
        if (exception is HmsException or OperationCanceledException)
        {
            return exception is HmsException { Operation: null } hms ? Tag(hms, request) : exception;
        }

        if (exception is HttpRequestException or IOException)
        {
            return new HmsTransportException($"{request.Operation} failed before a response arrived: {exception.Message}", exception)
            {
                Operation = request.Operation,
            };
        }

        return exception;
    }

    public static TimeSpan? ParseRetryAfter(HttpResponseMessage response, TimeProvider timeProvider)
    {
        // .NET parses Retry-After as a non-negative delta or a date (anything else leaves the header null).
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            // A date in the past means "now".
            return TimeSpan.FromTicks(Math.Max(0, (date - timeProvider.GetUtcNow()).Ticks));
        }

        return null;
    }

    // JSON string values under credential-like keys: upload secrets, stream keys, trunk passwords, tokens, presigned links.
    private static readonly Regex SecretFieldPattern = new(
        @"(""(?:key|[A-Za-z_]*(?:secret|password|token|presigned_url)[A-Za-z_]*)""\s*:\s*)""(?:[^""\\]|\\.)*""",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Removes JWTs from free text.</summary>
    // Every response's reason phrase passes through here; the ordinal "eyJ" probe skips the regex for text that cannot
    // hold a JWT (PipelineOptimisationBenchmarks, reason phrase "OK": regex 70 ns, probe 6.9 ns, both 0 B; load average 27).
    public static string Redact(string text) =>
        text.IndexOf("eyJ", StringComparison.Ordinal) < 0 ? text : JwtPattern.Replace(text, "[redacted-jwt]");

    /// <summary>Removes JWTs and the values of credential-like JSON fields from a body before it is logged or kept.</summary>
    public static string RedactBody(string body) => SecretFieldPattern.Replace(Redact(body), "$1\"[redacted]\"");

    private static HmsException Tag(HmsException exception, HmsRequest request)
    {
        // Exceptions raised below the pipeline (size cap) learn the operation here.
        return exception switch
        {
            HmsTransportException transport => new HmsTransportException($"{request.Operation}: {transport.Message}", transport.InnerException) { Operation = request.Operation },
            _ => exception,
        };
    }

    private static (string? Message, int? Code, IReadOnlyList<string>? Details) ReadErrorBody(HmsResponse response)
    {
        if (response.Content.IsEmpty)
        {
            return (null, null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(response.Content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null);
            }

            string? message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            int? code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var ci) ? ci : null;
            List<string>? details = null;
            if (root.TryGetProperty("details", out var d) && d.ValueKind == JsonValueKind.Array)
            {
                details = new List<string>();
                foreach (var item in d.EnumerateArray())
                {
                    details.Add(Redact(item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText()));
                }
            }

            return (message, code, details);
        }
        catch (JsonException)
        {
            // An HTML error page from a proxy: keep Node's default message, the raw body stays on the exception.
            return (null, null, null);
        }
    }

    private static string? CapBody(HmsResponse response)
    {
        if (response.Content.IsEmpty)
        {
            return null;
        }

        var text = response.ContentText;
        if (text.Length > MaxBodyChars)
        {
            text = text.Substring(0, MaxBodyChars) + "…";
        }

        return RedactBody(text);
    }

    private static IReadOnlyDictionary<string, string> FirstValues(HmsResponse response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            if (header.Value.Count > 0)
            {
                headers[header.Key] = Redact(header.Value[0]);
            }
        }

        return headers;
    }
}
