using System;
using System.Threading;

namespace HmsSdk.Http;

/// <summary>
/// Checks <see cref="HmsRequestOptions"/> once, when a call starts (<see cref="HmsRequest.WithOptions"/>), so a bad
/// override fails with <see cref="ArgumentException"/> naming <c>requestOptions</c> before any request.
/// </summary>
internal static class HmsRequestOptionsValidator
{
    /// <summary>The parameter every operation names its per-call overrides.</summary>
    public const string ParamName = "requestOptions";

    /// <summary>The longest finite per-attempt timeout: what a timer can represent (about 24.8 days).</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMilliseconds(int.MaxValue);

    /// <summary>The most retries a client or a call may ask for.</summary>
    public const int MaxRetries = 20;

    /// <summary>Servers commonly refuse header lines above 8 KiB; longer names and values are mistakes.</summary>
    private const int MaxHeaderNameLength = 256;

    private const int MaxHeaderValueLength = 8192;

    public static void Validate(HmsRequestOptions? options)
    {
        if (options is null)
        {
            return;
        }

        if (options.Timeout is { } timeout)
        {
            CheckTimeout(timeout, ParamName, ParamName + ".Timeout");
        }

        if (options.MaxRetries is { } retries)
        {
            Guard.InRange(retries, 0, MaxRetries, ParamName, ParamName + ".MaxRetries");
        }

        foreach (var header in options.Headers)
        {
            CheckHeader(header.Key, header.Value);
        }
    }

    /// <summary>A per-attempt timeout is positive and representable, or <see cref="Timeout.InfiniteTimeSpan"/>.</summary>
    public static void CheckTimeout(TimeSpan timeout, string paramName, string target)
    {
        if (timeout != Timeout.InfiniteTimeSpan && (timeout <= TimeSpan.Zero || timeout > MaxTimeout))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                timeout,
                $"'{target}' must be positive and at most {MaxTimeout} (about 24.8 days), or Timeout.InfiniteTimeSpan.");
        }
    }

    /// <summary>A header name is an RFC 9110 token; a value is visible ASCII, spaces and tabs, never CR, LF or NUL.</summary>
    private static void CheckHeader(string name, string? value)
    {
        const string target = ParamName + ".Headers";
        if (name is null || name.Length == 0 || name.Length > MaxHeaderNameLength || !IsToken(name))
        {
            throw new ArgumentException($"'{target}' has a name that is not an HTTP token: {Guard.Echo(name)}.", ParamName);
        }

        if (value is null)
        {
            throw new ArgumentException($"'{target}[{name}]' cannot be null.", ParamName);
        }

        if (Guard.IsBlank(value))
        {
            throw new ArgumentException($"'{target}[{name}]' cannot be empty or whitespace.", ParamName);
        }

        if (value.Length > MaxHeaderValueLength)
        {
            throw new ArgumentException($"'{target}[{name}]' is {value.Length:N0} characters long; at most {MaxHeaderValueLength:N0} are allowed.", ParamName);
        }

        foreach (var c in value)
        {
            if ((c < 0x20 && c != '\t') || c > 0x7E)
            {
                // CR or LF would start a new header on the wire (header injection); other bytes are not valid there.
                throw new ArgumentException($"'{target}[{name}]' can hold only visible ASCII, spaces and tabs; it contains U+{(int)c:X4}.", ParamName);
            }
        }
    }

    private static bool IsToken(string name)
    {
        foreach (var c in name)
        {
            var ok = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ||
                     c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
