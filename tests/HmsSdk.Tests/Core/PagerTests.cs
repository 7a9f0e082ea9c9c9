using System.Text.Json;
using FluentAssertions;
using HmsSdk.Http;
using HmsSdk.Paging;
using HmsSdk.Serialization;
using HmsSdk.Tests.Infrastructure;
using static HmsSdk.Tests.Core.PageJson;

namespace HmsSdk.Tests.Core;

public class PagerTests
{
    private static HmsAsyncPageable<JsonElement> Events(HmsClient client, HmsQuery query, int? limit = null) =>
        Pagers.Events(client.Pipeline, "Test.Events", RequestPath.Literal("analytics/events"), query, limit, CommonJsonContext.Default.HmsEventListResponseJsonElement, null, CancellationToken.None);

    private static async Task<List<string>> Ids(IAsyncEnumerable<JsonElement> items)
    {
        var ids = new List<string>();
        await foreach (var item in items)
        {
            ids.Add(item.GetProperty("id").GetString()!);
        }

        return ids;
    }

    [Fact]
    public async Task Follows_last_as_start_until_a_short_page()
    {
        var handler = new RecordingHandler()
            .Enqueue(200, ListPage(0, 10, "item-9"))
            .Enqueue(200, ListPage(10, 10, "item-19"))
            .Enqueue(200, ListPage(20, 3, "item-22"));
        using var client = TestClients.Create(handler);

        var ids = await Ids(List(client, new HmsQuery().Add("room_id", "r1")));

        ids.Should().Equal(Enumerable.Range(0, 23).Select(i => $"item-{i}"));
        handler.Requests.Select(r => r.Uri.Query).Should().Equal("?room_id=r1", "?room_id=r1&start=item-9", "?room_id=r1&start=item-19");
    }

    [Fact]
    public async Task Limit_is_sent_on_every_page_and_sets_the_short_page_rule()
    {
        var handler = new RecordingHandler()
            .Enqueue(200, ListPage(0, 25, "item-24", 25))
            .Enqueue(200, ListPage(25, 24, "item-48", 25));
        using var client = TestClients.Create(handler);

        var ids = await Ids(List(client, new HmsQuery(), limit: 25));

        ids.Should().HaveCount(49);
        handler.Requests.Select(r => r.Uri.Query).Should().Equal("?limit=25", "?limit=25&start=item-24");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData(null)]
    public async Task A_full_page_without_last_ends_the_list(string? lastJson)
    {
        var last = lastJson is null ? string.Empty : $",\"last\":{lastJson}";
        var handler = new RecordingHandler().Enqueue(200, $$"""{"limit":10,"data":[{{Items(0, 10)}}]{{last}}}""").Enqueue(200, ListPage(10, 10, "x"));
        using var client = TestClients.Create(handler);

        (await Ids(List(client, new HmsQuery()))).Should().HaveCount(10);
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task An_empty_page_ends_the_list()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"limit":10,"data":[],"last":"zzz"}""");
        using var client = TestClients.Create(handler);

        (await Ids(List(client, new HmsQuery()))).Should().BeEmpty();
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_missing_data_array_is_an_empty_page()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"limit":10}""");
        using var client = TestClients.Create(handler);

        (await Ids(List(client, new HmsQuery()))).Should().BeEmpty();
    }

    [Fact]
    public async Task Analytics_follow_next_past_the_first_page_unlike_node()
    {
        var handler = new RecordingHandler()
            .Enqueue(200, $$"""{"limit":10,"total":25,"next":"cursor-1","events":[{{Items(0, 10)}}]}""")
            .Enqueue(200, $$"""{"limit":10,"total":25,"next":"cursor-2","events":[{{Items(10, 10)}}]}""")
            .Enqueue(200, $$"""{"limit":10,"total":25,"next":"","events":[{{Items(20, 5)}}]}""");
        using var client = TestClients.Create(handler);

        var ids = await Ids(Events(client, new HmsQuery().Add("room_id", "r1")));

        ids.Should().HaveCount(25);
        handler.Requests.Select(r => r.Uri.Query).Should().Equal("?room_id=r1", "?room_id=r1&start=cursor-1", "?room_id=r1&start=cursor-2");
    }

    [Fact]
    public async Task Analytics_stop_when_next_is_empty_even_on_a_full_page()
    {
        var handler = new RecordingHandler()
            .Enqueue(200, $$"""{"limit":10,"total":10,"next":"","events":[{{Items(0, 10)}}]}""");
        using var client = TestClients.Create(handler);

        (await Ids(Events(client, new HmsQuery()))).Should().HaveCount(10);
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public void Nothing_is_requested_before_enumeration()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        _ = List(client, new HmsQuery());

        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Each_enumeration_starts_from_the_first_page()
    {
        var handler = new RecordingHandler();
        handler.Default = (request, _) => Task.FromResult(RecordingHandler.Json(200, request.RequestUri!.Query.Contains("start=") ? ListPage(10, 2, "item-11") : ListPage(0, 10, "item-9")));
        using var client = TestClients.Create(handler);
        var pageable = List(client, new HmsQuery());

        var first = await Ids(pageable);
        var second = await Ids(pageable);

        second.Should().Equal(first).And.HaveCount(12);
        handler.Requests.Select(r => r.Uri.Query).Should().Equal("", "?start=item-9", "", "?start=item-9");
    }

    [Fact]
    public async Task The_callers_query_is_not_mutated_and_later_changes_do_not_leak_in()
    {
        var handler = new RecordingHandler().Enqueue(200, ListPage(0, 10, "item-9")).Enqueue(200, ListPage(10, 1, "item-10"));
        using var client = TestClients.Create(handler);
        var query = new HmsQuery().Add("room_id", "r1");
        var pageable = List(client, query);
        query.Add("late", "x");

        await Ids(pageable);

        query.ToString().Should().Be("room_id=r1&late=x");
        handler.Requests.Should().OnlyContain(r => !r.Uri.Query.Contains("late"));
    }

    [Fact]
    public async Task IsNextCached_flips_like_node_without_read_ahead()
    {
        var handler = new RecordingHandler().Enqueue(200, ListPage(0, 3, "item-2", 3)).Enqueue(200, ListPage(3, 2, "item-4", 3));
        using var client = TestClients.Create(handler);
        var pageable = List(client, new HmsQuery(), limit: 3, new HmsRequestOptions { PageReadAhead = false });
        var observed = new List<bool>();

        pageable.IsNextCached.Should().BeFalse();
        await foreach (var _ in pageable)
        {
            observed.Add(pageable.IsNextCached);
        }

        observed.Should().Equal(true, true, false, true, false);
    }

    [Fact]
    public async Task AsPages_exposes_items_continuation_and_raw_response_and_can_resume()
    {
        var handler = new RecordingHandler()
            .Enqueue(200, ListPage(0, 10, "item-9"), ("X-Request-Id", "p1"))
            .Enqueue(200, ListPage(10, 4, "item-13"), ("X-Request-Id", "p2"))
            .Enqueue(200, ListPage(10, 4, "item-13"));
        using var client = TestClients.Create(handler);
        var pageable = List(client, new HmsQuery());

        var pages = new List<HmsPage<JsonElement>>();
        await foreach (var page in pageable.AsPages())
        {
            pages.Add(page);
        }

        pages.Should().HaveCount(2);
        pages[0].Items.Should().HaveCount(10);
        pages[0].ContinuationToken.Should().Be("item-9");
        pages[0].RawResponse!.RequestId.Should().Be("p1");
        pages[1].ContinuationToken.Should().BeNull("the short page is the last");

        await foreach (var page in pageable.AsPages(continuationToken: "item-9"))
        {
            page.Items.Should().HaveCount(4);
        }

        handler.Requests.Last().Uri.Query.Should().Be("?start=item-9");
    }

    [Fact]
    public async Task Errors_propagate_out_of_the_loop()
    {
        var handler = new RecordingHandler().Enqueue(200, ListPage(0, 10, "item-9")).Enqueue(404, """{"message":"gone"}""");
        using var client = TestClients.Create(handler);
        var seen = 0;

        var act = async () =>
        {
            await foreach (var _ in List(client, new HmsQuery()))
            {
                seen++;
            }
        };

        (await act.Should().ThrowAsync<HmsNotFoundException>()).Which.ErrorMessage.Should().Be("gone");
        seen.Should().Be(10);
    }

    [Fact]
    public async Task Cancellation_during_paging_stops_promptly()
    {
        var handler = new RecordingHandler().Enqueue(200, ListPage(0, 10, "item-9")).EnqueueStall();
        using var client = TestClients.Create(handler);
        using var cts = new CancellationTokenSource();

        var act = async () =>
        {
            var scheduled = false;
            await foreach (var item in List(client, new HmsQuery()).WithCancellation(cts.Token))
            {
                // Page two's request (read ahead, or sent when page one runs out) stalls; cancel once it is waiting.
                if (!scheduled)
                {
                    scheduled = true;
                    _ = handler.WaitForRequestsAsync(2).ContinueWith(_ => cts.Cancel(), TaskScheduler.Default);
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task FromPages_builds_a_pageable_for_users_tests()
    {
        var pageable = HmsAsyncPageable<int>.FromPages(new[]
        {
            new HmsPage<int>(new[] { 1, 2 }, "a"),
            new HmsPage<int>(new[] { 3 }),
        });

        var all = new List<int>();
        await foreach (var item in pageable)
        {
            all.Add(item);
        }

        all.Should().Equal(1, 2, 3);
        var resumed = new List<int>();
        await foreach (var page in pageable.AsPages("a"))
        {
            resumed.AddRange(page.Items);
        }

        resumed.Should().Equal(3);
    }
}
