using System;
using System.Globalization;

namespace HmsSdk.Http;

/// <summary>
/// A relative API path whose variable parts are escaped as single segments, so an id can never change
/// the route. <see cref="Template"/> keeps the unexpanded form for logs and traces.
/// </summary>
internal readonly struct RequestPath
{
    private RequestPath(string value, string template)
    {
        Value = value;
        Template = template;
    }

    /// <summary>The escaped path without a leading slash, e.g. <c>rooms/abc%2Fdef</c>.</summary>
    public string Value { get; }

    /// <summary>The template, e.g. <c>rooms/{0}</c>; never contains ids.</summary>
    public string Template { get; }

    /// <summary>A path with no variable parts.</summary>
    public static RequestPath Literal(string path)
    {
        var trimmed = path.TrimStart('/');
        return new RequestPath(trimmed, trimmed);
    }

    /// <summary>Expands <paramref name="template"/> (<c>{0}</c>, <c>{1}</c>...) with escaped segments.</summary>
    /// <remarks>Callers validate segments with <see cref="Guard.Id"/> first, which names the parameter.</remarks>
    public static RequestPath Create(string template, params string[] segments)
    {
        var escaped = new object[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            escaped[i] = EscapeSegment(segments[i]);
        }

        var trimmed = template.TrimStart('/');
        return new RequestPath(string.Format(CultureInfo.InvariantCulture, trimmed, escaped), trimmed);
    }

    /// <summary>Percent-encodes everything but RFC 3986 unreserved characters, as UTF-8.</summary>
    /// <remarks>'/', '?', '#', '%' and spaces are all escaped; dot segments are rejected earlier by <see cref="Guard.Id"/>.</remarks>
    public static string EscapeSegment(string segment) => Uri.EscapeDataString(segment);

    /// <inheritdoc />
    public override string ToString() => Value;
}
