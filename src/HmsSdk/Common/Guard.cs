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

        return value;
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

    /// <summary>Checks an optional list: when present, no entry may be null or blank.</summary>
    public static IReadOnlyList<string>? NoBlankEntries(IReadOnlyList<string>? values, string paramName)
    {
        if (values is null)
        {
            return null;
        }

        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"'{paramName}' cannot contain null or blank entries.", paramName);
            }
        }

        return values;
    }
}
