using System;
using System.Collections.Generic;
using System.Globalization;

namespace HmsSdk.Testing.Core;

/// <summary>Parsed query string with the API's validation rules (bad values are a 400 "Invalid query parameter").</summary>
internal sealed class QueryParameters
{
    private readonly List<KeyValuePair<string, string>> _pairs = new();

    public QueryParameters(string rawQuery)
    {
        if (string.IsNullOrEmpty(rawQuery))
        {
            return;
        }

        foreach (var part in rawQuery.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            var key = equals < 0 ? part : part.Substring(0, equals);
            var value = equals < 0 ? string.Empty : part.Substring(equals + 1);
            _pairs.Add(new(Decode(key), Decode(value)));
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    /// <summary>The last value of <paramref name="name"/>, or null when absent or empty.</summary>
    public string? Get(string name)
    {
        string? result = null;
        foreach (var pair in _pairs)
        {
            if (pair.Key == name)
            {
                result = pair.Value;
            }
        }

        return string.IsNullOrEmpty(result) ? null : result;
    }

    public List<string> GetAll(string name)
    {
        var result = new List<string>();
        foreach (var pair in _pairs)
        {
            if (pair.Key == name && pair.Value.Length > 0)
            {
                // Accept both repeated keys and comma-separated values.
                foreach (var piece in pair.Value.Split(','))
                {
                    if (piece.Length > 0)
                    {
                        result.Add(piece);
                    }
                }
            }
        }

        return result;
    }

    public string Required(string name) => Get(name) ?? throw FakeApiException.BadQuery(name, "is required");

    public bool? GetBool(string name)
    {
        var text = Get(name);
        if (text is null)
        {
            return null;
        }

        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        throw FakeApiException.BadQuery(name, "must be true or false");
    }

    public int? GetInt(string name)
    {
        var text = Get(name);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw FakeApiException.BadQuery(name, "must be an integer");
        }

        return value;
    }

    public int GetLimit(int defaultValue, int min, int max)
    {
        var value = GetInt("limit") ?? defaultValue;
        if (value < min || value > max)
        {
            throw FakeApiException.BadQuery("limit", $"must be between {min} and {max}");
        }

        return value;
    }

    public DateTimeOffset? GetTime(string name)
    {
        var text = Get(name);
        if (text is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            throw FakeApiException.BadQuery(name, "must be an RFC3339 timestamp");
        }

        return value;
    }
}
