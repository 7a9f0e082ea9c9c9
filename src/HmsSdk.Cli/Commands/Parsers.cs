using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace HmsSdk.Cli.Commands;

/// <summary>Option factories whose values are checked while parsing, so a bad value is a usage error naming the flag.</summary>
internal static class Parsers
{
    /// <summary>A duration such as <c>90s</c>, <c>15m</c>, <c>1h</c>, <c>2d</c> or <c>01:30:00</c>; must be positive.</summary>
    public static Option<TimeSpan?> Duration(string name, string description) => new(name)
    {
        Description = description + " Units: s, m, h, d (e.g. 90s, 15m, 1h) or hh:mm:ss.",
        CustomParser = result =>
        {
            var text = Single(result);
            if (TryParseDuration(text, out var value) && value > TimeSpan.Zero)
            {
                return value;
            }

            result.AddError($"{name}: '{text}' is not a positive duration such as 90s, 15m, 1h or 2d");
            return null;
        },
    };

    /// <summary>A positive integer.</summary>
    public static Option<int?> Positive(string name, string description, int max = int.MaxValue) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = Single(result);
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= max)
            {
                return value;
            }

            result.AddError(max == int.MaxValue
                ? $"{name}: '{text}' is not a positive whole number"
                : $"{name}: '{text}' is not a whole number from 1 to {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        },
    };

    /// <summary>A TCP port, 0 for "any free port".</summary>
    public static Option<int> Port(string name, string description, bool allowZero) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = Single(result);
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 65535 && (value > 0 || allowZero))
            {
                return value;
            }

            result.AddError($"{name}: '{text}' is not a port number ({(allowZero ? "0" : "1")}-65535)");
            return 0;
        },
    };

    /// <summary>A value from a fixed set (case-insensitive); the error lists the set.</summary>
    public static Option<string?> OneOf(string name, string description, params string[] values) => new(name)
    {
        Description = description + " One of: " + string.Join(", ", values) + ".",
        CustomParser = result =>
        {
            var text = Single(result);
            foreach (var value in values)
            {
                if (string.Equals(value, text, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            result.AddError($"{name}: '{text}' is not one of {string.Join(", ", values)}");
            return null;
        },
    };

    /// <summary>Repeatable <c>name=value</c> pairs (HTTP headers).</summary>
    public static Option<KeyValuePair<string, string>[]> Headers(string name, string description) => Pairs(name, description, headerNames: true);

    /// <summary>Repeatable <c>name=value</c> pairs; with <paramref name="headerNames"/>, names must be HTTP tokens.</summary>
    public static Option<KeyValuePair<string, string>[]> Pairs(string name, string description, bool headerNames) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
        CustomParser = result =>
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var token in result.Tokens)
            {
                var split = token.Value.IndexOf('=', StringComparison.Ordinal);
                var header = split > 0 ? token.Value[..split].Trim() : string.Empty;
                if (split <= 0 || header.Length == 0 || (headerNames && !IsToken(header)) || split == token.Value.Length - 1)
                {
                    result.AddError(headerNames
                        ? $"{name}: '{Redact(token.Value)}' is not name=value with a valid header name and a value"
                        : $"{name}: '{Redact(token.Value)}' is not name=value");
                    continue;
                }

                pairs.Add(new(header, token.Value[(split + 1)..]));
            }

            return pairs.ToArray();
        },
    };

    /// <summary>A timestamp in ISO 8601 (UTC assumed when no offset is given).</summary>
    public static Option<DateTimeOffset?> Instant(string name, string description) => new(name)
    {
        Description = description + " ISO 8601, e.g. 2025-03-01T12:00:00Z.",
        CustomParser = result =>
        {
            var text = Single(result);
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            {
                return value;
            }

            result.AddError($"{name}: '{text}' is not an ISO 8601 time such as 2025-03-01T12:00:00Z");
            return null;
        },
    };

    /// <summary>A video resolution <c>WIDTHxHEIGHT</c>.</summary>
    public static Option<VideoResolution?> Resolution(string name) => new(name)
    {
        Description = "Output resolution WIDTHxHEIGHT, e.g. 1280x720.",
        CustomParser = result =>
        {
            var text = Single(result);
            var parts = text.Split('x', 'X');
            if (parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
                && width > 0 && height > 0)
            {
                return new VideoResolution(width, height);
            }

            result.AddError($"{name}: '{text}' is not WIDTHxHEIGHT such as 1280x720");
            return null;
        },
    };

    public static bool TryParseDuration(string text, out TimeSpan value)
    {
        value = default;
        text = text.Trim();
        if (text.Length < 2)
        {
            return false;
        }

        var unit = char.ToLowerInvariant(text[^1]);
        if (char.IsAsciiLetter(unit))
        {
            if (!double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            double? seconds = unit switch { 's' => amount, 'm' => amount * 60, 'h' => amount * 3600, 'd' => amount * 86400, _ => null };
            if (seconds is null || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
            {
                return false;
            }

            value = TimeSpan.FromSeconds(seconds.Value);
            return true;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value);
    }

    private static string Single(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;

    // RFC 9110 token characters.
    private static bool IsToken(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    // A header value is often a shared secret: never echo it back in an error.
    private static string Redact(string token)
    {
        var split = token.IndexOfAny(['=', ':']);
        return split < 0 ? "***" : token[..split] + token[split] + "***";
    }
}
