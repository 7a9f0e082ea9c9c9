using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace HmsSdk.Testing.Core;

/// <summary>An insertion-ordered collection with O(1) lookup by id, so cursor paging over many items stays cheap.</summary>
internal sealed class OrderedStore<T>
    where T : class
{
    private readonly List<T> _items = new();
    private readonly Dictionary<string, int> _index;
    private readonly Func<T, string> _idOf;

    public OrderedStore(Func<T, string> idOf, StringComparer? comparer = null)
    {
        _idOf = idOf;
        _index = new Dictionary<string, int>(comparer ?? StringComparer.Ordinal);
    }

    public IReadOnlyList<T> Items => _items;

    public int Count => _items.Count;

    public void Add(T item)
    {
        _index.Add(_idOf(item), _items.Count);
        _items.Add(item);
    }

    public T? Find(string id) => _index.TryGetValue(id, out var i) ? _items[i] : null;

    public int IndexOf(string id) => _index.TryGetValue(id, out var i) ? i : -1;

    public string IdOf(T item) => _idOf(item);
}

/// <summary>Builds the API's list envelopes.</summary>
internal static class Paging
{
    /// <summary>
    /// The generic <c>{limit, data, last}</c> envelope. <paramref name="start"/> is the previous page's <c>last</c>;
    /// items are returned in creation order, strictly after the start item.
    /// </summary>
    public static JsonObject List<T>(
        IReadOnlyList<T> items,
        Func<string, int> indexOf,
        Func<T, string> idOf,
        Func<T, bool> filter,
        string? start,
        int limit,
        bool emptyLastOnFinalPage,
        Func<T, JsonNode> toJson,
        string dataKey = "data")
    {
        var position = 0;
        if (start is not null)
        {
            var found = indexOf(start);
            if (found < 0)
            {
                throw FakeApiException.BadQuery("start", "unknown cursor " + start);
            }

            position = found + 1;
        }

        var data = new JsonArray();
        string last = string.Empty;
        var more = false;
        for (; position < items.Count; position++)
        {
            var item = items[position];
            if (!filter(item))
            {
                continue;
            }

            if (data.Count == limit)
            {
                more = true;
                break;
            }

            data.Add(toJson(item));
            last = idOf(item);
        }

        if (!more && emptyLastOnFinalPage)
        {
            last = string.Empty;
        }

        return new JsonObject { ["limit"] = limit, [dataKey] = data, ["last"] = last };
    }

    public static Func<string, int> LinearIndex<T>(IReadOnlyList<T> items, Func<T, string> idOf) => id =>
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (idOf(items[i]) == id)
            {
                return i;
            }
        }

        return -1;
    };
}
