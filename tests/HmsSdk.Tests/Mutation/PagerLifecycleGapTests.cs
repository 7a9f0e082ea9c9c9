using System.Text.Json;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using static HmsSdk.Tests.Core.PageJson;

namespace HmsSdk.Tests.Mutation;

/// <summary>
/// Pager behaviour that the second mutation run (issue #18) showed no test pinned: how an item enumeration leaves
/// <see cref="HmsAsyncPageable{T}.IsNextCached"/> when it ends, that disposal waits for an abandoned read-ahead however
/// slowly it winds down, the page-number end rule on an empty page, and an empty continuation token meaning "last page".
/// </summary>
public class PagerLifecycleGapTests
{
    [Fact]
    public async Task IsNextCached_is_false_after_a_list_is_read_to_the_end()
    {
        var handler = new RecordingHandler().Enqueue(200, ListPage(0, 10, "item-9")).Enqueue(200, ListPage(10, 3, null));
        using var client = TestClients.Create(handler);
        var pageable = List(client);
        var seen = 0;

        await foreach (var _ in pageable)
        {
            seen++;
        }

        seen.Should().Be(13);
        pageable.IsNextCached.Should().BeFalse("the list has ended: nothing is next");
    }

    [Fact]
    public async Task IsNextCached_is_false_after_breaking_out_in_the_middle_of_a_page()
    {
        var handler = new RecordingHandler().Enqueue(200, ListPage(0, 10, null));
        using var client = TestClients.Create(handler);
        var pageable = List(client);

        await foreach (var item in pageable)
        {
            pageable.IsNextCached.Should().BeTrue("item-1 is in the same page");
            break;
        }

        pageable.IsNextCached.Should().BeFalse("the loop has ended, so no next item will be handed out");
    }

    [Fact]
    public async Task IsNextCached_is_false_after_breaking_out_while_a_read_ahead_page_is_in_memory()
    {
        var handler = new RecordingHandler().Enqueue(200, ListPage(0, 2, "item-1", limit: 2)).Enqueue(200, ListPage(2, 2, null, limit: 2));
        using var client = TestClients.Create(handler);
        var pageable = List(client, limit: 2);

        await foreach (var item in pageable)
        {
            if (item.GetProperty("id").GetString() == "item-1")
            {
                // The in-memory handler answers at once, so the read-ahead page is complete by now; wait for it to be seen.
                await handler.WaitForRequestsAsync(2);
                SpinWait.SpinUntil(() => pageable.IsNextCached, TimeSpan.FromSeconds(30)).Should().BeTrue("page two has arrived");
                break;
            }
        }

        pageable.IsNextCached.Should().BeFalse("the abandoned read-ahead page is dropped with the loop, not reported as cached");
    }

    [Fact]
    public async Task Disposing_waits_for_a_read_ahead_that_winds_down_slowly_after_its_cancellation()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler()
            .Enqueue(200, ListPage(0, 10, "item-9"))
            .Enqueue(async (_, ct) =>
            {
                arrived.SetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                    throw new InvalidOperationException("unreachable");
                }
                catch (OperationCanceledException)
                {
                    cancelled.SetResult();
                    await release.Task; // a transport that takes its time to give the connection back
                    finished.SetResult();
                    throw;
                }
            });
        using var client = TestClients.Create(handler);
        var pages = List(client).AsPages().GetAsyncEnumerator();
        (await pages.MoveNextAsync()).Should().BeTrue();
        await arrived.Task;

        var disposing = pages.DisposeAsync();
        await cancelled.Task;

        disposing.IsCompleted.Should().BeFalse("DisposeAsync must not return while the read-ahead request is still running");
        release.SetResult();
        await disposing;
        finished.Task.IsCompleted.Should().BeTrue("the read-ahead ended before DisposeAsync returned");
    }

    [Fact]
    public async Task A_page_number_list_ends_at_an_empty_page_even_when_the_server_says_has_next()
    {
        // Docs: analytics webhook history pages by number with pagination.has_next
        // (docs/server-side/v2/api-reference/analytics/list-webhook-events.mdx). An empty page that still claims a next page
        // would otherwise be followed forever.
        const string emptyPageClaimingMore =
            """{"events":[],"pagination":{"current_page":1,"page_size":10,"total_pages":5,"total_items":50,"has_next":true,"has_prev":false}}""";
        var handler = new RecordingHandler().Enqueue(200, emptyPageClaimingMore).Enqueue(200, emptyPageClaimingMore);
        using var client = TestClients.Create(handler);
        var pages = new List<HmsPage<WebhookDelivery>>();

        await foreach (var page in client.Analytics.ListWebhookDeliveriesAsync().AsPages())
        {
            pages.Add(page);
        }

        pages.Should().ContainSingle().Which.ContinuationToken.Should().BeNull();
        handler.Requests.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void A_page_built_with_an_empty_or_no_continuation_token_is_the_last_page(string? token)
    {
        var page = new HmsPage<string>(new[] { "a" }, token);

        page.ContinuationToken.Should().BeNull();
    }

    [Fact]
    public void A_page_keeps_a_real_continuation_token()
    {
        new HmsPage<string>(new[] { "a" }, "next-1").ContinuationToken.Should().Be("next-1");
    }

    [Fact]
    public async Task Pageables_built_from_pages_in_memory_stop_after_a_page_with_an_empty_token()
    {
        var pageable = HmsAsyncPageable<string>.FromPages(new[] { new HmsPage<string>(new[] { "a", "b" }, string.Empty) });
        var items = new List<string>();

        await foreach (var item in pageable)
        {
            items.Add(item);
        }

        items.Should().Equal("a", "b");
        pageable.IsNextCached.Should().BeFalse();
    }

    [Theory]
    [InlineData("""{"data":[{"id":"item-0"},{"id":"item-1"}]}""", "items but no cursor")]
    [InlineData("""{"data":[{"id":"item-0"}],"last":""}""", "items and an empty cursor")]
    [InlineData("""{"data":[],"last":"item-9"}""", "a cursor but no items")]
    public async Task Without_a_limit_in_the_envelope_a_missing_cursor_or_an_empty_page_each_end_the_list(string body, string because)
    {
        var handler = new RecordingHandler().Enqueue(200, body).Enqueue(200, ListPage(10, 10, "item-19"));
        using var client = TestClients.Create(handler);
        var pages = 0;

        await foreach (var _ in List(client).AsPages())
        {
            pages++;
        }

        pages.Should().Be(1, because);
        handler.Requests.Should().HaveCount(1, because);
    }

    [Fact]
    public async Task A_body_that_is_not_json_fails_with_the_request_id_in_the_message()
    {
        var handler = new RecordingHandler().Enqueue(200, "this is not json", ("X-Request-Id", "req-42"));
        using var client = TestClients.Create(handler);

        var act = () => client.Rooms.GetAsync("room-1");

        (await act.Should().ThrowAsync<HmsSerializationException>()).Which.Message.Should().EndWith(" (request id req-42)");
    }
}
