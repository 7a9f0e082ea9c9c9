using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace HmsSdk.Paging;

/// <summary>
/// The pager behind every cursor-style list (<c>last</c> or <c>next</c> sent back as <c>start</c>).
/// It stops when a page is empty, shorter than the requested size, or has no continuation token, the end rules the
/// Node SDK uses; unlike Node it follows analytics' <c>next</c> past the first page.
/// </summary>
internal sealed class ContinuationPageable<T> : HmsAsyncPageable<T>
{
    private readonly Func<string?, int?, CancellationToken, Task<HmsPage<T>>> _fetchPage;
    private readonly int? _pageSize;
    private readonly int _defaultPageSize;
    private readonly CancellationToken _listCancellation;

    /// <param name="fetchPage">Fetches one page for (start token, page size).</param>
    /// <param name="pageSize">The caller's limit, if any.</param>
    /// <param name="defaultPageSize">The API's default page size, used for the short-page rule.</param>
    /// <param name="listCancellation">The token given to the list call; linked with the enumeration's.</param>
    public ContinuationPageable(
        Func<string?, int?, CancellationToken, Task<HmsPage<T>>> fetchPage,
        int? pageSize,
        int defaultPageSize,
        CancellationToken listCancellation)
    {
        _fetchPage = fetchPage;
        _pageSize = pageSize;
        _defaultPageSize = defaultPageSize;
        _listCancellation = listCancellation;
    }

    /// <summary>The endpoint's documented page-size range; <c>pageSizeHint</c> outside it is refused before any request.</summary>
    public int MinPageSize { get; init; } = 1;

    /// <inheritdoc cref="MinPageSize"/>
    public int MaxPageSize { get; init; } = Pagers.MaxPageSize;

    public override IAsyncEnumerable<HmsPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        if (continuationToken is not null)
        {
            Guard.Id(continuationToken, nameof(continuationToken));
        }

        Guard.InRange(pageSizeHint, MinPageSize, MaxPageSize, nameof(pageSizeHint));

        return EnumeratePagesAsync(continuationToken, pageSizeHint ?? _pageSize);
    }

    private async IAsyncEnumerable<HmsPage<T>> EnumeratePagesAsync(string? start, int? pageSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = _listCancellation.CanBeCanceled && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(_listCancellation, cancellationToken)
            : null;
        var token = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _listCancellation);
        var expected = pageSize ?? _defaultPageSize;
        while (true)
        {
            token.ThrowIfCancellationRequested();
            var page = await _fetchPage(start, pageSize, token).ConfigureAwait(false);
            var isLast = page.Items.Count == 0 || page.Items.Count < expected || page.ContinuationToken is null;
            yield return isLast && page.ContinuationToken is not null
                ? new HmsPage<T>(page.Items, null, page.RawResponse)
                : page;
            if (isLast)
            {
                yield break;
            }

            start = page.ContinuationToken;
        }
    }
}
