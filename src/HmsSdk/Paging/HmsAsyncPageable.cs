using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace HmsSdk;

/// <summary>
/// A lazy, re-enumerable sequence over every item of a paged 100ms list. Nothing is requested until enumeration
/// starts; each <c>await foreach</c> starts again from the first page; the filters given to the list call are
/// copied, never modified. Use <see cref="AsPages"/> for page-level access and resuming.
/// </summary>
/// <remarks>
/// While you consume page n, the SDK already requests page n+1 (one page ahead at most, never past the last page).
/// A failure of that request is thrown when your loop reaches page n+1; leaving the loop cancels it. Turn it off with
/// <see cref="HmsClientOptions.PageReadAhead"/> or, per call, <see cref="HmsRequestOptions.PageReadAhead"/>.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
public abstract class HmsAsyncPageable<T> : IAsyncEnumerable<T>
{
    private ItemPosition? _position;

    /// <summary>For subclasses and mocking.</summary>
    protected HmsAsyncPageable()
    {
    }

    /// <summary>
    /// Node SDK parity, kept truthful with read-ahead: while the loop body runs, true means the next item is already in
    /// memory (later in this page, or the first item of a read-ahead page that has arrived); false means the next step
    /// waits for a request or ends the list. Reflects the most recent item enumeration; false before one starts.
    /// </summary>
    public bool IsNextCached => Volatile.Read(ref _position)?.IsNextCached ?? false;

    /// <summary>Builds a pageable over pages already in memory, for users' tests and mocks.</summary>
    /// <param name="pages">The pages, in order.</param>
    /// <returns>The pageable.</returns>
    public static HmsAsyncPageable<T> FromPages(IEnumerable<HmsPage<T>> pages) =>
        new StaticPageable(pages ?? throw new ArgumentNullException(nameof(pages)));

    /// <summary>Enumerates pages.</summary>
    /// <param name="continuationToken">Resume after the page that returned this token; null starts at the beginning.</param>
    /// <param name="pageSizeHint">Items per page; null keeps the list call's limit (or the API default of 10). The server may return fewer per page; the list still ends only where the server says it does.</param>
    /// <returns>The pages.</returns>
    public abstract IAsyncEnumerable<HmsPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

    /// <inheritdoc />
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        var position = new ItemPosition();
        Volatile.Write(ref _position, position);
        try
        {
            await foreach (var page in PagesForItems(position).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var items = page.Items;
                for (var i = 0; i < items.Count; i++)
                {
                    position.SetMoreInPage(i < items.Count - 1);
                    yield return items[i];
                }
            }
        }
        finally
        {
            // However the loop ends (last item, break, failure, cancellation) nothing is next any more, and an abandoned
            // read-ahead page is not "cached": the position lets go of it.
            position.End();
        }
    }

    /// <summary>The pages behind the item enumeration; the SDK's pager reports its read-ahead to <paramref name="position"/>.</summary>
    private protected virtual IAsyncEnumerable<HmsPage<T>> PagesForItems(ItemPosition position) => AsPages();

    /// <summary>Where an item enumeration stands, for <see cref="IsNextCached"/>.</summary>
    private protected sealed class ItemPosition
    {
        private int _moreInPage;
        private Task<HmsPage<T>>? _readAhead;

        public bool IsNextCached =>
            Volatile.Read(ref _moreInPage) != 0 ||
            (Volatile.Read(ref _readAhead) is { Status: TaskStatus.RanToCompletion } ahead && ahead.Result.Items.Count > 0);

        public void SetMoreInPage(bool more) => Volatile.Write(ref _moreInPage, more ? 1 : 0);

        public void SetReadAhead(Task<HmsPage<T>>? readAhead) => Volatile.Write(ref _readAhead, readAhead);

        public void End()
        {
            SetMoreInPage(false);
            SetReadAhead(null);
        }
    }

    private sealed class StaticPageable : HmsAsyncPageable<T>
    {
        private readonly List<HmsPage<T>> _pages;

        public StaticPageable(IEnumerable<HmsPage<T>> pages) => _pages = new List<HmsPage<T>>(pages);

#pragma warning disable CS1998 // The in-memory pages need no awaiting; the signature is the async contract.
        public override async IAsyncEnumerable<HmsPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
#pragma warning restore CS1998
        {
            var start = 0;
            if (continuationToken is not null)
            {
                start = _pages.FindIndex(p => p.ContinuationToken == continuationToken) + 1;
            }

            for (var i = start; i < _pages.Count; i++)
            {
                yield return _pages[i];
            }
        }
    }
}
