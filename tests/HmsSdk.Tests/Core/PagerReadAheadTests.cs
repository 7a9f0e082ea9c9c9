using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using HmsSdk.Http;
using HmsSdk.Paging;
using HmsSdk.Serialization;
using HmsSdk.Tests.Infrastructure;
using static HmsSdk.Tests.Core.PageJson;

namespace HmsSdk.Tests.Core;

/// <summary>
/// The one pager's end rule (decided by the response envelope) and its read-ahead: one page ahead at most, nothing past
/// the end, errors where the caller reaches the page, cancellation on disposal, truthful IsNextCached, the switches,
/// and retries/timeouts/token refresh of the read-ahead request. Deterministic: gates and the fake clock, no sleeps.
/// </summary>
public class PagerReadAheadTests
{
    /// <summary>
    /// A list whose documented page-size range reaches 500 (the 100ms endpoints stop at 100, and AsPages refuses more
    /// there), so the test can ask for more than the server gives, as issue #13.7 describes.
    /// </summary>
    private static HmsAsyncPageable<JsonElement> WideList(HmsClient client) =>
        Pagers.Create(
            client.Pipeline,
            new PageRoute("Test.List", RequestPath.Literal("things"), maxPageSize: 1000),
            new HmsQuery(),
            null,
            CommonJsonContext.Default.HmsListResponseJsonElement,
            static (envelope, _) => EnvelopePage<JsonElement>.FromCursor(envelope.Data, envelope.Last, envelope.Limit),
            null,
            CancellationToken.None);

    /// <summary>A server that holds <paramref name="total"/> items and caps every page at <paramref name="cap"/>, with a <c>last</c> cursor.</summary>
    private static RecordingHandler CappingServer(int total, int cap, bool echoLimit = true)
    {
        var handler = new RecordingHandler();
        handler.Default = (request, _) =>
        {
            var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
            var from = query["start"] is { } start ? int.Parse(start.AsSpan("item-".Length), CultureInfo.InvariantCulture) + 1 : 0;
            var count = Math.Max(0, Math.Min(cap, total - from));
            var last = count == 0 ? string.Empty : $"item-{from + count - 1}";
            var limit = echoLimit ? $"\"limit\":{cap}," : string.Empty;
            return Task.FromResult(RecordingHandler.Json(200, $$"""{{{limit}}"data":[{{Items(from, count)}}],"last":"{{last}}"}"""));
        };
        return handler;
    }

    /// <summary>A page request that reports its cancellation token, then waits until that token is cancelled.</summary>
    private static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> StallReportingToken(TaskCompletionSource<CancellationToken> arrived) =>
        async (_, ct) =>
        {
            arrived.SetResult(ct);
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        };

    private static async Task<List<string>> AllIds(IAsyncEnumerable<HmsPage<JsonElement>> pages)
    {
        var ids = new List<string>();
        await foreach (var page in pages)
        {
            ids.AddRange(page.Items.Select(i => i.GetProperty("id").GetString()!));
        }

        return ids;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_server_capping_pages_at_100_does_not_end_a_500_hint_early(bool readAhead)
    {
        // Issue #13.7: the end rule used to compare each page with the requested size and stopped after 100 of 205.
        var handler = CappingServer(total: 205, cap: 100);
        using var client = TestClients.Create(handler, configure: o => o.PageReadAhead = readAhead);

        var ids = await AllIds(WideList(client).AsPages(pageSizeHint: 500));

        ids.Should().Equal(Enumerable.Range(0, 205).Select(i => $"item-{i}"));
        handler.Requests.Select(r => r.Uri.Query).Should().Equal("?limit=500", "?limit=500&start=item-99", "?limit=500&start=item-199");
    }

    [Fact]
    public async Task Without_limit_in_the_envelope_only_the_cursor_and_an_empty_page_end_the_list()
    {
        var handler = CappingServer(total: 205, cap: 100, echoLimit: false);
        using var client = TestClients.Create(handler);

        var ids = await AllIds(WideList(client).AsPages(pageSizeHint: 500));

        ids.Should().HaveCount(205);
        handler.Requests.Should().HaveCount(4, "the short page carries a cursor and no applied limit, so one empty page ends the list");
    }

    [Fact]
    public async Task Page_two_is_requested_while_the_caller_still_holds_page_one()
    {
        var handler = new RecordingHandler().Enqueue(200, ListPage(0, 10, "item-9")).Enqueue(200, ListPage(10, 3, "item-12"));
        using var client = TestClients.Create(handler);
        await using var pages = List(client).AsPages().GetAsyncEnumerator();

        (await pages.MoveNextAsync()).Should().BeTrue();
        await handler.WaitForRequestsAsync(2);

        handler.Requests[1].Uri.Query.Should().Be("?start=item-9");
        pages.Current.Items.Should().HaveCount(10, "the caller is still on page one");
        (await pages.MoveNextAsync()).Should().BeTrue();
        pages.Current.Items.Should().HaveCount(3);
        (await pages.MoveNextAsync()).Should().BeFalse();
        handler.Requests.Should().HaveCount(2, "nothing is requested past the page the envelope marks as last");
    }

    [Fact]
    public async Task Nothing_is_read_ahead_past_the_last_page()
    {
        var handler = new RecordingHandler().Enqueue(200, ListPage(0, 10, "item-9")).Enqueue(200, ListPage(10, 10, null));
        using var client = TestClients.Create(handler);
        await using var pages = List(client).AsPages().GetAsyncEnumerator();

        (await pages.MoveNextAsync()).Should().BeTrue();
        (await pages.MoveNextAsync()).Should().BeTrue();

        pages.Current.ContinuationToken.Should().BeNull();
        handler.Requests.Should().HaveCount(2, "a full page without a cursor is the last; no read-ahead is sent for it");
    }

    [Fact]
    public async Task At_most_one_page_is_read_ahead_and_IsNextCached_says_when_it_has_arrived()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler()
            .Enqueue(200, ListPage(0, 2, "item-1", 2))
            .Enqueue(async (_, _) =>
            {
                await gate.Task;
                return RecordingHandler.Json(200, ListPage(2, 2, "item-3", 2));
            })
            .Enqueue(200, ListPage(4, 1, "item-4", 2));
        using var client = TestClients.Create(handler);
        var pageable = List(client, limit: 2);
        await using var items = pageable.GetAsyncEnumerator();

        (await items.MoveNextAsync()).Should().BeTrue();
        pageable.IsNextCached.Should().BeTrue("item-1 is in the same page");
        (await items.MoveNextAsync()).Should().BeTrue();
        await handler.WaitForRequestsAsync(2);
        pageable.IsNextCached.Should().BeFalse("page two is requested but has not arrived");

        gate.SetResult();
        SpinWait.SpinUntil(() => pageable.IsNextCached, TimeSpan.FromSeconds(30)).Should().BeTrue("page two arrived while the caller holds item-1");
        handler.Requests.Should().HaveCount(2, "page three waits until the caller reaches page two");

        (await items.MoveNextAsync()).Should().BeTrue();
        items.Current.GetProperty("id").GetString().Should().Be("item-2");
        await handler.WaitForRequestsAsync(3);
        (await items.MoveNextAsync()).Should().BeTrue();
        (await items.MoveNextAsync()).Should().BeTrue();
        items.Current.GetProperty("id").GetString().Should().Be("item-4");
        pageable.IsNextCached.Should().BeFalse("item-4 ends the list");
        (await items.MoveNextAsync()).Should().BeFalse();
        handler.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_read_ahead_failure_surfaces_when_the_caller_reaches_that_page_not_earlier()
    {
        var handler = new RecordingHandler().Enqueue(200, ListPage(0, 10, "item-9")).Enqueue(404, """{"message":"gone"}""");
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 0);
        var seen = 0;

        var act = async () =>
        {
            await foreach (var _ in List(client))
            {
                seen++;
            }
        };

        (await act.Should().ThrowAsync<HmsNotFoundException>()).Which.ErrorMessage.Should().Be("gone");
        seen.Should().Be(10, "every item of page one reaches the caller before page two's error");
    }

    [Fact]
    public async Task Disposing_the_enumeration_cancels_the_read_ahead_and_waits_for_it()
    {
        var arrived = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler()
            .Enqueue(200, ListPage(0, 10, "item-9"))
            .Enqueue(async (_, ct) =>
            {
                arrived.SetResult(ct);
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                    throw new InvalidOperationException("unreachable");
                }
                finally
                {
                    finished.SetResult();
                }
            });
        using var client = TestClients.Create(handler);
        var pages = List(client).AsPages().GetAsyncEnumerator();

        (await pages.MoveNextAsync()).Should().BeTrue();
        var readAheadToken = await arrived.Task;
        readAheadToken.IsCancellationRequested.Should().BeFalse();
        await pages.DisposeAsync();

        readAheadToken.IsCancellationRequested.Should().BeTrue("leaving the loop cancels the request in flight");
        finished.Task.IsCompleted.Should().BeTrue("DisposeAsync returns only once the read-ahead has ended (nothing left unobserved)");
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Breaking_out_of_an_item_loop_cancels_the_read_ahead()
    {
        var arrived = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler()
            .Enqueue(200, ListPage(0, 10, "item-9"))
            .Enqueue(StallReportingToken(arrived));
        using var client = TestClients.Create(handler);

        await foreach (var _ in List(client))
        {
            await arrived.Task;
            break;
        }

        (await arrived.Task).IsCancellationRequested.Should().BeTrue();
    }

    [Fact]
    public async Task Cancelling_the_enumeration_cancels_the_read_ahead_and_the_next_step_throws()
    {
        var arrived = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler()
            .Enqueue(200, ListPage(0, 10, "item-9"))
            .Enqueue(StallReportingToken(arrived));
        using var client = TestClients.Create(handler);
        using var cts = new CancellationTokenSource();
        await using var pages = List(client).AsPages().WithCancellation(cts.Token).GetAsyncEnumerator();

        (await pages.MoveNextAsync()).Should().BeTrue();
        var readAheadToken = await arrived.Task;
        cts.Cancel();

        readAheadToken.IsCancellationRequested.Should().BeTrue();
        await FluentActions.Awaiting(async () => await pages.MoveNextAsync()).Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(false, null, 1)]
    [InlineData(true, false, 1)]
    [InlineData(false, true, 2)]
    [InlineData(true, null, 2)]
    public async Task One_switch_per_client_and_one_per_call_turn_read_ahead_off(bool client, bool? call, int requestsWhileOnPageOne)
    {
        var handler = new RecordingHandler().Enqueue(200, ListPage(0, 10, "item-9")).Enqueue(200, ListPage(10, 2, "item-11"));
        using var hms = TestClients.Create(handler, configure: o => o.PageReadAhead = client);
        var pageable = (Pager<HmsListResponse<JsonElement>, JsonElement>)List(hms, requestOptions: new HmsRequestOptions { PageReadAhead = call });
        await using var pages = pageable.AsPages().GetAsyncEnumerator();

        (await pages.MoveNextAsync()).Should().BeTrue();
        if (requestsWhileOnPageOne == 2)
        {
            await handler.WaitForRequestsAsync(2);
        }

        pageable.ReadsAhead.Should().Be(requestsWhileOnPageOne == 2);
        handler.Requests.Should().HaveCount(requestsWhileOnPageOne, "without read-ahead nothing more is sent until the caller moves on");
        (await pages.MoveNextAsync()).Should().BeTrue();
        pages.Current.Items.Should().HaveCount(2);
    }

    [Fact]
    public void Read_ahead_is_on_by_default()
    {
        new HmsClientOptions().PageReadAhead.Should().BeTrue();
        new HmsRequestOptions().PageReadAhead.Should().BeNull("a call follows its client unless it says otherwise");
    }

    [Fact]
    public async Task A_read_ahead_is_retried_on_the_fake_clock_like_any_call()
    {
        var clock = TestClients.NewClock();
        var handler = new RecordingHandler()
            .Enqueue(200, ListPage(0, 10, "item-9"))
            .Enqueue(503, """{"message":"busy"}""")
            .Enqueue(200, ListPage(10, 2, "item-11"));
        using var client = TestClients.Create(handler, clock, o => o.Retry.Delay = TimeSpan.FromSeconds(2));
        await using var pages = List(client).AsPages().GetAsyncEnumerator();

        (await pages.MoveNextAsync()).Should().BeTrue();
        await handler.WaitForRequestsAsync(2);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        handler.Requests.Should().HaveCount(2, "the retry waits for its back-off on the client's clock");
        clock.Advance(TimeSpan.FromSeconds(2));

        (await pages.MoveNextAsync()).Should().BeTrue();
        pages.Current.Items.Should().HaveCount(2);
        pages.Current.RawResponse!.Attempts.Should().Be(2);
        handler.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_stalled_read_ahead_times_out_on_the_fake_clock_and_the_timeout_reaches_the_caller_at_that_page()
    {
        var clock = TestClients.NewClock();
        var handler = new RecordingHandler().Enqueue(200, ListPage(0, 10, "item-9")).EnqueueStall();
        using var client = TestClients.Create(handler, clock, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            o.Retry.MaxRetries = 0;
        });
        await using var pages = List(client).AsPages().GetAsyncEnumerator();

        (await pages.MoveNextAsync()).Should().BeTrue();
        await handler.WaitForRequestsAsync(2);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(5));

        var error = (await FluentActions.Awaiting(async () => await pages.MoveNextAsync()).Should().ThrowAsync<HmsTimeoutException>()).Which;
        error.Operation.Should().Be("Test.List");
        error.Timeout.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_read_ahead_rejected_with_401_retries_once_with_a_fresh_management_token()
    {
        var handler = new RecordingHandler()
            .Enqueue(200, ListPage(0, 10, "item-9"))
            .Enqueue(401, """{"message":"token expired"}""")
            .Enqueue(200, ListPage(10, 2, "item-11"));
        using var client = TestClients.Create(handler);

        var ids = await AllIds(List(client).AsPages());

        ids.Should().HaveCount(12);
        handler.Requests.Should().HaveCount(3);
        handler.Requests[2].Header("Authorization").Should().StartWith("Bearer ").And.NotBe(handler.Requests[1].Header("Authorization"));
        handler.Requests[2].Uri.Query.Should().Be("?start=item-9", "the refreshed attempt repeats the same page");
    }

    [Fact]
    public async Task A_page_keeps_status_and_headers_but_releases_its_body_unless_OnResponse_asks_for_responses()
    {
        var handler = new RecordingHandler()
            .Enqueue(200, ListPage(0, 3, "item-2", 3), ("X-Request-Id", "p1"))
            .Enqueue(200, ListPage(0, 3, "item-2", 3), ("X-Request-Id", "p2"));
        using var client = TestClients.Create(handler);

        HmsPage<JsonElement>? plain = null;
        await foreach (var page in List(client, requestOptions: new HmsRequestOptions { PageReadAhead = false }).AsPages())
        {
            plain = page;
            break;
        }

        var seen = new List<HmsResponse>();
        HmsPage<JsonElement>? hooked = null;
        await foreach (var page in List(client, requestOptions: new HmsRequestOptions { PageReadAhead = false, OnResponse = seen.Add }).AsPages())
        {
            hooked = page;
            break;
        }

        plain!.Items.Should().HaveCount(3, "items are read before the body is released");
        plain.RawResponse!.RequestId.Should().Be("p1");
        plain.RawResponse.StatusCode.Should().Be(200);
        plain.RawResponse.Content.IsEmpty.Should().BeTrue("the page body went back to the pool once its items were read");
        seen.Should().ContainSingle();
        hooked!.RawResponse!.ReadAsJson().GetProperty("last").GetString().Should().Be("item-2", "with OnResponse set the body is kept");
    }
}
