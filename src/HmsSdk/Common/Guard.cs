using System;
using System.Collections.Generic;

namespace HmsSdk;

/// <summary>Argument checks shared by every service, so bad input fails before any HTTP call.</summary>
internal static class Guard
{
    /// <summary>Checks a value used as one path segment: not null, not blank, not a dot segment.</summary>
    public static string Id(string? value, string paramName)
    {
        NotNullOrWhiteSpace(value, paramName);
        // "." and ".." would be folded away by URI normalisation and change the route.
        if (value == "." || value == "..")
        {
            throw new ArgumentException($"'{paramName}' cannot be '.' or '..'.", paramName);
        }

        return value!;
    }

    /// <summary>Checks a required text value.</summary>
    public static string NotNullOrWhiteSpace(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException($"'{paramName}' cannot be empty or whitespace.", paramName);
        }

        if (!IsWellFormedUtf16(value))
        {
            // A lone surrogate has no UTF-8 form: escaping would silently send U+FFFD, a different id.
            throw new ArgumentException($"'{paramName}' contains an unpaired surrogate character.", paramName);
        }

        return value;
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
    public static T NotNull<T>(T? value, string paramName)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    /// <summary>Checks an optional page size or count against an inclusive range.</summary>
    public static int? InRange(int? value, int min, int max, string paramName)
    {
        if (value is { } v && (v < min || v > max))
        {
            throw new ArgumentOutOfRangeException(paramName, v, $"'{paramName}' must be between {min} and {max}.");
        }

        return value;
    }

    /// <summary>Checks an options object's page size against the range its endpoint documents.</summary>
    public static int? Limit(int? limit, int min, int max, string paramName)
    {
        if (limit is { } value && (value < min || value > max))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}.Limit must be between {min} and {max}.");
        }

        return limit;
    }

    /// <summary>Checks an optional text option: null omits it, but empty or whitespace is a mistake.</summary>
    public static void OptionalText(string? value, string paramName, string property)
    {
        if (value is not null && value.Trim().Length == 0)
        {
            throw new ArgumentException($"{paramName}.{property} cannot be empty or whitespace; leave it null to omit it.", paramName);
        }
    }
}
