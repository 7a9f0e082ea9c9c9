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
/// <typeparam name="T">The item type.</typeparam>
public abstract class HmsAsyncPageable<T> : IAsyncEnumerable<T>
{
    private int _isNextCached;

    /// <summary>For subclasses and mocking.</summary>
    protected HmsAsyncPageable()
    {
    }

    /// <summary>
    /// Node SDK parity: while the loop body runs, true means the next item is already in memory; false means the
    /// current item is the last of its page, so the next step requests a page or ends. Becomes true when a page
    /// arrives and false just before the last item of a page is yielded. Reflects the most recent enumeration.
    /// </summary>
    public bool IsNextCached => Volatile.Read(ref _isNextCached) != 0;

    /// <summary>Builds a pageable over pages already in memory, for users' tests and mocks.</summary>
    /// <param name="pages">The pages, in order.</param>
    /// <returns>The pageable.</returns>
    public static HmsAsyncPageable<T> FromPages(IEnumerable<HmsPage<T>> pages) =>
        new StaticPageable(pages ?? throw new ArgumentNullException(nameof(pages)));

    /// <summary>Enumerates pages.</summary>
    /// <param name="continuationToken">Resume after the page that returned this token; null starts at the beginning.</param>
    /// <param name="pageSizeHint">Items per page; null keeps the list call's limit (or the API default of 10).</param>
    /// <returns>The pages.</returns>
    public abstract IAsyncEnumerable<HmsPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

    /// <inheritdoc />
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        Volatile.Write(ref _isNextCached, 0);
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Volatile.Write(ref _isNextCached, 1);
            var items = page.Items;
            for (var i = 0; i < items.Count; i++)
            {
                if (i == items.Count - 1)
                {
                    Volatile.Write(ref _isNextCached, 0);
                }

                yield return items[i];
            }
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
