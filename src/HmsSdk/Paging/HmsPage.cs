using System;
using System.Collections.Generic;

namespace HmsSdk;

/// <summary>One page of a list operation.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class HmsPage<T>
{
    /// <summary>Creates a page (for tests and <see cref="HmsAsyncPageable{T}.FromPages"/>).</summary>
    /// <param name="items">The items.</param>
    /// <param name="continuationToken">The token for the next page, or null on the last page.</param>
    /// <param name="rawResponse">The HTTP response the page came from, if any.</param>
    public HmsPage(IReadOnlyList<T> items, string? continuationToken = null, HmsResponse? rawResponse = null)
    {
        Items = items ?? throw new ArgumentNullException(nameof(items));
        ContinuationToken = string.IsNullOrEmpty(continuationToken) ? null : continuationToken;
        RawResponse = rawResponse;
    }

    /// <summary>The items of this page.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>
    /// What to pass as <c>continuationToken</c> to <see cref="HmsAsyncPageable{T}.AsPages"/> to resume after this page
    /// (the API's <c>last</c> or <c>next</c>); null when this is the last page.
    /// </summary>
    public string? ContinuationToken { get; }

    /// <summary>
    /// The HTTP response of this page: status, headers, request id, attempts; null for pages built in memory. The body is
    /// not kept (<see cref="HmsResponse.Content"/> is empty): it repeats <see cref="Items"/> and cost about 0.86 KB per
    /// session of a 100-session page, a third of the bytes allocated per listed item, so its buffer goes back to a pool
    /// once the items are read. To see each page's body, set <see cref="HmsRequestOptions.OnResponse"/> on the list
    /// call: the hook receives every page's complete response, and those pages keep their body here too.
    /// </summary>
    public HmsResponse? RawResponse { get; }
}
