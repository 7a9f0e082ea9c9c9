using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;

namespace HmsSdk.Paging;

/// <summary>
/// The one pager behind every list of the SDK. It sends the list request with <c>limit</c> and a cursor parameter
/// (<c>start</c> for cursor lists, <c>page</c> for page-number lists), reads the envelope through
/// <see cref="EnvelopePage{T}"/> (which alone decides where the list ends) and, unless turned off, requests page n+1
/// while the caller consumes page n.
/// </summary>
/// <remarks>
/// Read-ahead rules: at most one page ahead; only when the envelope names a next page; the read-ahead is an ordinary
/// pipeline call (retries, timeouts, token refresh); its failure is thrown when the caller reaches that page; ending,
/// disposing or cancelling the enumeration cancels it and awaits it, so it is never left running or unobserved.
/// </remarks>
/// <typeparam name="TEnvelope">The response envelope.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class Pager<TEnvelope, T> : HmsAsyncPageable<T>
{
    private readonly HmsPipeline _pipeline;
    private readonly PageRoute _route;
    private readonly HmsQuery _baseQuery;
    private readonly int? _limit;
    private readonly JsonTypeInfo<TEnvelope> _envelopeType;
    private readonly Func<TEnvelope, string?, EnvelopePage<T>> _read;
    private readonly HmsRequestOptions? _requestOptions;
    private readonly CancellationToken _listCancellation;

    /// <param name="pipeline">The client's pipeline.</param>
    /// <param name="route">Operation, path and cursor parameter.</param>
    /// <param name="query">The list's filters; copied now.</param>
    /// <param name="limit">The caller's page size, if any.</param>
    /// <param name="envelopeType">The envelope's JSON metadata.</param>
    /// <param name="read">Reads one envelope, given the cursor that requested it.</param>
    /// <param name="requestOptions">Per-call overrides, used for every page.</param>
    /// <param name="listCancellation">The token given to the list call; linked with the enumeration's.</param>
    public Pager(
        HmsPipeline pipeline,
        PageRoute route,
        HmsQuery query,
        int? limit,
        JsonTypeInfo<TEnvelope> envelopeType,
        Func<TEnvelope, string?, EnvelopePage<T>> read,
        HmsRequestOptions? requestOptions,
        CancellationToken listCancellation)
    {
        _pipeline = pipeline;
        _route = route;
        _baseQuery = query.Copy(); // every page sets limit and its cursor parameter itself (HmsQuery.With replaces)
        _limit = limit;
        _envelopeType = envelopeType;
        _read = read;
        _requestOptions = requestOptions;
        _listCancellation = listCancellation;
    }

    /// <summary>Whether this list reads one page ahead: the call's <see cref="HmsRequestOptions.PageReadAhead"/>, else the client's.</summary>
    internal bool ReadsAhead => _requestOptions?.PageReadAhead ?? _pipeline.Settings.PageReadAhead;

    /// <inheritdoc />
    public override IAsyncEnumerable<HmsPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        if (continuationToken is not null)
        {
            Guard.Id(continuationToken, nameof(continuationToken));
            _route.ValidateToken?.Invoke(continuationToken);
        }

        // The endpoint's documented page-size range; a hint outside it is refused before any request.
        Guard.InRange(pageSizeHint, _route.MinPageSize, _route.MaxPageSize, nameof(pageSizeHint));

        return EnumeratePagesAsync(continuationToken ?? _route.FirstCursor, pageSizeHint ?? _limit, position: null);
    }

    /// <inheritdoc />
    private protected override IAsyncEnumerable<HmsPage<T>> PagesForItems(ItemPosition position) =>
        EnumeratePagesAsync(_route.FirstCursor, _limit, position);

    private async IAsyncEnumerable<HmsPage<T>> EnumeratePagesAsync(
        string? cursor,
        int? pageSize,
        ItemPosition? position,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Always a source of our own: ending the enumeration must be able to cancel a read-ahead in flight.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_listCancellation, cancellationToken);
        var readAhead = ReadsAhead;
        Task<HmsPage<T>>? ahead = null;
        try
        {
            var page = await FetchAsync(cursor, pageSize, stop.Token).ConfigureAwait(false);
            while (true)
            {
                var next = page.ContinuationToken;
                if (next is not null && readAhead)
                {
                    ahead = FetchAsync(next, pageSize, stop.Token);
                    position?.SetReadAhead(ahead);
                }

                yield return page;
                if (next is null)
                {
                    yield break;
                }

                // A cancelled list or enumeration token ends the list here even when the read-ahead page already arrived.
                stop.Token.ThrowIfCancellationRequested();

                // Drop our reference before awaiting: page n is the caller's now, n+1 becomes current (two pages at most).
                page = null!;
                if (ahead is { } pending)
                {
                    ahead = null;
                    position?.SetReadAhead(null);
                    page = await pending.ConfigureAwait(false);
                }
                else
                {
                    page = await FetchAsync(next, pageSize, stop.Token).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (ahead is not null)
            {
                // The caller stopped before reaching the read-ahead page: cancel it and wait, so no request outlives the loop
                // (the item enumeration's position lets go of it when its own loop ends).
                stop.Cancel();
                await ObserveAbandonedAsync(ahead).ConfigureAwait(false);
            }
        }
    }

    private async Task<HmsPage<T>> FetchAsync(string? cursor, int? pageSize, CancellationToken cancellationToken)
    {
        // Cursor lists send limit then start, page-number lists page then limit: the order of the docs' examples.
        var query = _route.CursorParameter == "start"
            ? _baseQuery.With("limit", pageSize).With("start", cursor)
            : _baseQuery.With(_route.CursorParameter, cursor).With("limit", pageSize);
        var request = HmsRequest.Get(_route.Operation, _route.Path).WithQuery(query).WithOptions(_requestOptions);
        var response = await _pipeline.SendPooledAsync(request, cancellationToken).ConfigureAwait(false);
        EnvelopePage<T> page;
        try
        {
            page = _read(HmsPipeline.Deserialize(response, _envelopeType, request), cursor);
        }
        finally
        {
            // The items are read; the body bytes go back to the pool (see HmsPage.RawResponse).
            response.ReturnPooledBody();
        }

        return new HmsPage<T>(page.Items, page.NextToken, response);
    }

    private static async Task ObserveAbandonedAsync(Task<HmsPage<T>> abandoned)
    {
        try
        {
            await abandoned.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A page nobody will read: its cancellation or failure has no caller to reach (the enumeration is over).
        }
    }
}

/// <summary>Where a list lives and how its cursor travels.</summary>
internal sealed class PageRoute
{
    public PageRoute(string operation, RequestPath path, string cursorParameter = "start", string? firstCursor = null, Action<string>? validateToken = null, int minPageSize = 1, int maxPageSize = Pagers.MaxPageSize)
    {
        MinPageSize = minPageSize;
        MaxPageSize = maxPageSize;
        Operation = operation;
        Path = path;
        CursorParameter = cursorParameter;
        FirstCursor = firstCursor;
        ValidateToken = validateToken;
    }

    /// <summary>The operation name, e.g. <c>Sessions.List</c>.</summary>
    public string Operation { get; }

    /// <summary>The list path.</summary>
    public RequestPath Path { get; }

    /// <summary>The query parameter that carries the cursor: <c>start</c>, or <c>page</c> for page-number lists.</summary>
    public string CursorParameter { get; }

    /// <summary>The cursor of the first page (null: none sent).</summary>
    public string? FirstCursor { get; }

    /// <summary>The smallest <c>pageSizeHint</c> the endpoint documents.</summary>
    public int MinPageSize { get; }

    /// <summary>The largest <c>pageSizeHint</c> the endpoint documents.</summary>
    public int MaxPageSize { get; }

    /// <summary>Checks a caller's continuation token at <c>AsPages</c>, before any request.</summary>
    public Action<string>? ValidateToken { get; }
}
