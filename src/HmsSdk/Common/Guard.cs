using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HmsSdk;

/// <summary>
/// Argument checks shared by every service, so bad input fails before any HTTP call, with one wording per mistake.
/// <c>ParamName</c> is always the method's parameter; the message names what was wrong in quotes, the parameter
/// itself (<c>'roomId'</c>) or an option inside it (<c>'options.Limit'</c>), and echoes user input only as a short prefix.
/// </summary>
internal static class Guard
{
    /// <summary>The longest id or query value accepted; real 100ms ids are 24 characters, names far shorter.</summary>
    public const int MaxIdLength = 1024;

    /// <summary>How much of a bad value a message may quote.</summary>
    public const int EchoLength = 32;

    /// <summary>Checks a value used as one path segment or query value: text rules, not a dot segment, not too long.</summary>
    public static string Id(string? value, string paramName, string? target = null)
    {
        NotNullOrWhiteSpace(value, paramName, target);
        // "." and ".." would be folded away by URI normalisation and change the route.
        if (value == "." || value == "..")
        {
            throw new ArgumentException($"'{target ?? paramName}' cannot be '.' or '..'.", paramName);
        }

        return MaxLength(value!, MaxIdLength, paramName, target);
    }

    /// <summary>Checks a required text value: not null, not blank, well-formed UTF-16.</summary>
    public static string NotNullOrWhiteSpace(string? value, string paramName, string? target = null)
    {
        if (value is null)
        {
            throw Null(paramName, target);
        }

        return Text(value, paramName, target);
    }

    /// <summary>Checks an optional text option: null omits it, but blank or malformed text is a mistake.</summary>
    public static void OptionalText(string? value, string paramName, string property)
    {
        if (value is not null)
        {
            Text(value, paramName, paramName + "." + property);
        }
    }

    /// <summary>Checks non-null text: not blank, well-formed UTF-16.</summary>
    public static string Text(string value, string paramName, string? target = null)
    {
        if (IsBlank(value))
        {
            throw Blank(paramName, target);
        }

        if (!IsWellFormedUtf16(value))
        {
            // A lone surrogate has no UTF-8 form: escaping would silently send U+FFFD, a different value.
            throw new ArgumentException($"'{target ?? paramName}' contains an unpaired surrogate character.", paramName);
        }

        return value;
    }

    /// <summary>Checks an optional id-like option sent in a path or query (see <see cref="Id"/>).</summary>
    public static void OptionalId(string? value, string paramName, string property)
    {
        if (value is not null)
        {
            Id(value, paramName, paramName + "." + property);
        }
    }

    /// <summary>Checks that text is at most <paramref name="max"/> characters long.</summary>
    public static string MaxLength(string value, int max, string paramName, string? target = null)
    {
        if (value.Length > max)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "'{0}' is {1:N0} characters long; at most {2:N0} are allowed (starts with {3}).", target ?? paramName, value.Length, max, Echo(value)),
                paramName);
        }

        return value;
    }

    /// <summary>True for null-free text that is empty or only white space.</summary>
    public static bool IsBlank(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsWhiteSpace(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every surrogate in <paramref name="value"/> is part of a high-low pair.</summary>
    public static bool IsWellFormedUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks a required reference.</summary>
    public static T NotNull<T>(T? value, string paramName, string? target = null)
        where T : class
        => value ?? throw Null(paramName, target);

    /// <summary>The exception for a missing required value.</summary>
    public static ArgumentNullException Null(string paramName, string? target = null) =>
        target is null ? new ArgumentNullException(paramName) : new ArgumentNullException(paramName, $"'{target}' cannot be null.");

    /// <summary>The exception for blank text.</summary>
    public static ArgumentException Blank(string paramName, string? target = null) =>
        new($"'{target ?? paramName}' cannot be empty or whitespace.", paramName);

    /// <summary>Checks an optional page size or count against an inclusive range.</summary>
    public static int? InRange(int? value, int min, int max, string paramName, string? target = null)
    {
        if (value is { } v && (v < min || v > max))
        {
            throw OutOfRange(paramName, target, v, min, max);
        }

        return value;
    }

    /// <summary>The exception for a number outside its documented range.</summary>
    public static ArgumentOutOfRangeException OutOfRange(string paramName, string? target, object actual, object min, object max) =>
        new(paramName, actual, string.Format(CultureInfo.InvariantCulture, "'{0}' must be between {1} and {2}.", target ?? paramName, min, max));

    /// <summary>The exception for a negative number where only zero or more makes sense.</summary>
    public static ArgumentOutOfRangeException Negative(string paramName, string? target, object actual) =>
        new(paramName, actual, $"'{target ?? paramName}' cannot be negative.");

    /// <summary>Checks an options object's page size against the range its endpoint documents.</summary>
    public static int? Limit(int? limit, int min, int max, string paramName) =>
        InRange(limit, min, max, paramName, paramName + ".Limit");

    /// <summary>The exception for a list holding a null, blank or malformed entry.</summary>
    public static ArgumentException BlankEntries(string paramName, string? target = null) =>
        new($"'{target ?? paramName}' cannot contain null or blank entries.", paramName);

    /// <summary>User input as it may appear in a message: unchanged when short and printable, else <see cref="Echo"/>.</summary>
    public static string Prefix(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                return Echo(value);
            }
        }

        return value.Length <= EchoLength ? value : Echo(value);
    }

    /// <summary>
    /// Quotes at most <see cref="EchoLength"/> characters of user input, with control characters escaped, so a
    /// message can never grow with the input or carry line breaks into a log.
    /// </summary>
    public static string Echo(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder().Append('\'');
        var length = Math.Min(value.Length, EchoLength);
        for (var i = 0; i < length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('\'');
        if (value.Length > EchoLength)
        {
            builder.Append("… (").Append(value.Length.ToString("N0", CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return builder.ToString();
    }
}
