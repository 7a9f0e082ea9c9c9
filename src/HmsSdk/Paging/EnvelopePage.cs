using System;
using System.Collections.Generic;

namespace HmsSdk.Paging;

/// <summary>
/// What one list envelope says: its items and whether another page follows. The end of a list is decided here, by
/// the response alone, never by the page size the caller asked for (a server that caps pages below the request,
/// e.g. 100 for a hint of 500, still returns a cursor and the list goes on).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal readonly struct EnvelopePage<T>
{
    private EnvelopePage(IReadOnlyList<T> items, string? nextToken)
    {
        Items = items;
        NextToken = nextToken;
    }

    /// <summary>The page's items (never null).</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>The cursor of the next page, or null when the envelope says this page is the last.</summary>
    public string? NextToken { get; }

    /// <summary>
    /// A cursor envelope (<c>last</c> or <c>next</c>, sent back as <c>start</c>). The last page is one that is empty, has
    /// no cursor (null or <c>""</c>), or is shorter than the page size the server says it applied (<c>limit</c> in the
    /// response; the docs: fewer results than <c>limit</c> means that is all). A response without <c>limit</c> ends
    /// only by the first two rules.
    /// </summary>
    public static EnvelopePage<T> FromCursor(IList<T>? items, string? cursor, int? appliedLimit)
    {
        var list = AsReadOnly(items);
        var isLast = list.Count == 0 || string.IsNullOrEmpty(cursor) || (appliedLimit is { } limit && list.Count < limit);
        return new EnvelopePage<T>(list, isLast ? null : cursor);
    }

    /// <summary>A page-number envelope: another page follows exactly when the server says <c>has_next</c> and this one is not empty.</summary>
    public static EnvelopePage<T> FromPageNumber(IList<T>? items, bool hasNext, int nextPage)
    {
        var list = AsReadOnly(items);
        return new EnvelopePage<T>(list, hasNext && list.Count > 0 ? nextPage.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    /// <summary>Wraps a possibly null list without copying.</summary>
    public static IReadOnlyList<T> AsReadOnly(IList<T>? items) => items switch
    {
        null => Array.Empty<T>(),
        IReadOnlyList<T> readOnly => readOnly,
        _ => new List<T>(items),
    };
}
