using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using HmsSdk.Http;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>
/// Builds a query string the way the 100ms API reads it: repeated keys for arrays, lowercase booleans,
/// ISO-8601 UTC timestamps, omitted nulls, every key and value percent-encoded.
/// </summary>
public sealed class HmsQuery
{
    private readonly List<KeyValuePair<string, string>> _parameters;

    /// <summary>Creates an empty query.</summary>
    public HmsQuery()
    {
        _parameters = new List<KeyValuePair<string, string>>();
    }

    private HmsQuery(List<KeyValuePair<string, string>> parameters)
    {
        _parameters = parameters;
    }

    /// <summary>The parameters in insertion order (unescaped).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    /// <summary>Adds a string value; null is omitted.</summary>
    /// <exception cref="ArgumentException">The name is blank, or the name or value contains an unpaired surrogate (it has no UTF-8 form).</exception>
    public HmsQuery Add(string name, string? value)
    {
        Guard.NotNullOrWhiteSpace(name, nameof(name));
        if (value is not null)
        {
            if (!Guard.IsWellFormedUtf16(value))
            {
                throw new ArgumentException("The query value contains an unpaired surrogate character.", nameof(value));
            }

            _parameters.Add(new KeyValuePair<string, string>(name, value));
        }

        return this;
    }

    /// <summary>Adds a boolean as <c>true</c>/<c>false</c>; null is omitted.</summary>
    public HmsQuery Add(string name, bool? value) =>
        value is { } v ? Add(name, v ? "true" : "false") : this;

    /// <summary>Adds an integer; null is omitted.</summary>
    public HmsQuery Add(string name, int? value) =>
        value is { } v ? Add(name, v.ToString(CultureInfo.InvariantCulture)) : this;

    /// <summary>Adds a long integer; null is omitted.</summary>
    public HmsQuery Add(string name, long? value) =>
        value is { } v ? Add(name, v.ToString(CultureInfo.InvariantCulture)) : this;

    /// <summary>Adds a timestamp as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>; null is omitted.</summary>
    public HmsQuery Add(string name, DateTimeOffset? value) =>
        value is { } v ? Add(name, HmsDateParser.Format(v)) : this;

    /// <summary>Adds one <c>name=value</c> pair per element; null lists and null elements are omitted.</summary>
    public HmsQuery AddEach(string name, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            foreach (var value in values)
            {
                Add(name, value);
            }
        }

        return this;
    }

    /// <summary>Returns a copy: later changes to this query do not reach it.</summary>
    internal HmsQuery Copy() => new(new List<KeyValuePair<string, string>>(_parameters));

    /// <summary>Returns a copy with <paramref name="name"/> set to <paramref name="value"/>, replacing earlier values.</summary>
    internal HmsQuery With(string name, string? value)
    {
        var copy = new List<KeyValuePair<string, string>>(_parameters.Count + 1);
        foreach (var parameter in _parameters)
        {
            if (!string.Equals(parameter.Key, name, StringComparison.Ordinal))
            {
                copy.Add(parameter);
            }
        }

        if (value is not null)
        {
            copy.Add(new KeyValuePair<string, string>(name, value));
        }

        return new HmsQuery(copy);
    }

    /// <summary>Returns a copy with <paramref name="name"/> set to an integer value.</summary>
    internal HmsQuery With(string name, int? value) =>
        With(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>The encoded query without the leading <c>?</c>; empty when there are no parameters.</summary>
    public override string ToString()
    {
        if (_parameters.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var parameter in _parameters)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(Uri.EscapeDataString(parameter.Key)).Append('=').Append(Uri.EscapeDataString(parameter.Value));
        }

        return builder.ToString();
    }
}
