using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Mutation;

/// <summary>
/// Paging behaviour a caller relies on that no test pinned (issue #18): the page-size hint of AsPages, and the list
/// call's cancellation token while an enumeration token is also set. Everything goes through HmsClient and a
/// recording handler, so these tests hold for any pager implementation; expected values are the requests and items
/// the test itself scripts.
/// </summary>
public class PagingGapTests
{
    private static string Rooms(int from, int count) =>
        string.Join(",", Enumerable.Range(from, count).Select(i => $$"""{"id":"room-{{i}}","name":"n{{i}}"}"""));

    /// <summary>A <c>{limit, data, last}</c> page as docs/server-side/v2/api-reference/Rooms/list-rooms.mdx shows it.</summary>
    private static string Page(int from, int count, int limit, string? last) =>
        $$"""{"limit":{{limit}},"data":[{{Rooms(from, count)}}]{{(last is null ? "" : $",\"last\":\"{last}\"")}}}""";

    private static async Task<List<string>> Ids(IAsyncEnumerable<HmsPage<Room>> pages)
    {
        var ids = new List<string>();
        await foreach (var page in pages)
        {
            ids.AddRange(page.Items.Select(r => r.Id!));
        }

        return ids;
    }

    private static IEnumerable<string> Expected(int count) => Enumerable.Range(0, count).Select(i => $"room-{i}");

    [Theory]
    [InlineData("the hint is sent as limit on every page", null, 25, 25, 3)]
    [InlineData("the hint overrides the list call's limit", 50, 20, 20, 1)]
    [InlineData("without a hint the list call's limit is kept", 30, null, 30, 2)]
    public async Task AsPages_sends_the_hint_or_else_the_list_calls_limit_on_every_page(
        string because, int? listLimit, int? pageSizeHint, int sentLimit, int lastPageCount)
    {
        var handler = new RecordingHandler()
            .Enqueue(200, Page(0, sentLimit, sentLimit, $"room-{sentLimit - 1}"))
            .Enqueue(200, Page(sentLimit, lastPageCount, sentLimit, null));
        using var client = TestClients.Create(handler);
        var list = listLimit is null ? client.Rooms.ListAsync() : client.Rooms.ListAsync(new RoomListOptions { Limit = listLimit });

        var ids = await Ids(list.AsPages(pageSizeHint: pageSizeHint));

        ids.Should().Equal(Expected(sentLimit + lastPageCount), because);
        handler.Requests.Select(r => r.Uri.Query).Should().Equal(new[] { $"?limit={sentLimit}", $"?limit={sentLimit}&start=room-{sentLimit - 1}" }, because);
    }

    [Fact]
    public async Task AsPages_a_full_page_at_a_hint_below_the_default_page_size_continues()
    {
        // Five items is short of the API default (10) but a full page at the hint: the list must go on. Recordings
        // document limits from 1, so 5 stays a valid hint whatever range checks the rooms list gains.
        static string Jobs(int from, int count, string? last)
        {
            var items = string.Join(",", Enumerable.Range(from, count).Select(i => "{\"id\":\"job-" + i + "\"}"));
            return "{\"limit\":5,\"data\":[" + items + "]" + (last is null ? "" : ",\"last\":\"" + last + "\"") + "}";
        }

        var handler = new RecordingHandler()
            .Enqueue(200, Jobs(0, 5, "job-4"))
            .Enqueue(200, Jobs(5, 5, "job-9"))
            .Enqueue(200, Jobs(10, 2, null));
        using var client = TestClients.Create(handler);

        var ids = new List<string>();
        await foreach (var page in client.Recordings.ListAsync().AsPages(pageSizeHint: 5))
        {
            ids.AddRange(page.Items.Select(r => r.Id!));
        }

        ids.Should().Equal(Enumerable.Range(0, 12).Select(i => $"job-{i}"));
        handler.Requests.Select(r => r.Uri.Query).Should().Equal("?limit=5", "?limit=5&start=job-4", "?limit=5&start=job-9");
    }

    [Fact]
    public async Task AsPages_resumes_from_a_continuation_token_with_the_hint()
    {
        var handler = new RecordingHandler().Enqueue(200, Page(10, 4, 15, null));
        using var client = TestClients.Create(handler);

        var ids = await Ids(client.Rooms.ListAsync().AsPages("room-9", pageSizeHint: 15));

        ids.Should().Equal(Enumerable.Range(10, 4).Select(i => $"room-{i}"));
        handler.Requests.Select(r => r.Uri.Query).Should().Equal("?limit=15&start=room-9");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(101)]
    [InlineData(int.MaxValue)]
    public async Task AsPages_rejects_a_page_size_hint_outside_1_to_the_documented_maximum_before_any_request(int hint)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var act = async () => await Ids(client.Rooms.ListAsync().AsPages(pageSizeHint: hint));

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("pageSizeHint");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task AsPages_a_server_capping_pages_below_the_hint_does_not_end_the_list_early()
    {
        // The server returns 20 per page whatever is asked, with a cursor while more remain (issue #13, item 7).
        var handler = new RecordingHandler()
            .Enqueue(200, Page(0, 20, 20, "room-19"))
            .Enqueue(200, Page(20, 20, 20, "room-39"))
            .Enqueue(200, Page(40, 5, 20, null));
        using var client = TestClients.Create(handler);

        var ids = await Ids(client.Rooms.ListAsync().AsPages(pageSizeHint: 50));

        ids.Should().Equal(Expected(45));
        handler.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Cancelling_the_list_token_stops_an_enumeration_that_has_its_own_token()
    {
        var handler = new RecordingHandler();
        handler.Default = (request, _) => Task.FromResult(RecordingHandler.Json(200,
            request.RequestUri!.Query.Contains("start=", StringComparison.Ordinal) ? Page(10, 10, 10, "room-19") : Page(0, 10, 10, "room-9")));
        using var client = TestClients.Create(handler);
        using var listCancellation = new CancellationTokenSource();
        using var enumerationCancellation = new CancellationTokenSource();
        var seen = new List<string>();

        var act = async () =>
        {
            await foreach (var room in client.Rooms.ListAsync(cancellationToken: listCancellation.Token).WithCancellation(enumerationCancellation.Token))
            {
                seen.Add(room.Id!);
                if (seen.Count == 10)
                {
                    listCancellation.Cancel();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Equal(Expected(10));
        enumerationCancellation.IsCancellationRequested.Should().BeFalse();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Cancelling_either_token_cancels_the_page_request_in_flight_and_leaves_the_other_alone(bool cancelListToken)
    {
        var handler = new RecordingHandler().EnqueueStall();
        using var client = TestClients.Create(handler);
        using var listCancellation = new CancellationTokenSource();
        using var enumerationCancellation = new CancellationTokenSource();

        var enumeration = Task.Run(async () =>
        {
            await foreach (var _ in client.Rooms.ListAsync(cancellationToken: listCancellation.Token).WithCancellation(enumerationCancellation.Token))
            {
            }
        });
        await handler.WaitForRequestsAsync(1);
        (cancelListToken ? listCancellation : enumerationCancellation).Cancel();

        await FluentActions.Awaiting(() => enumeration).Should().ThrowAsync<OperationCanceledException>();
        (cancelListToken ? enumerationCancellation : listCancellation).IsCancellationRequested.Should().BeFalse();
    }

    [Fact]
    public async Task A_list_token_cancelled_before_enumeration_sends_nothing()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);
        using var listCancellation = new CancellationTokenSource();
        listCancellation.Cancel();

        var act = async () =>
        {
            await foreach (var _ in client.Rooms.ListAsync(cancellationToken: listCancellation.Token))
            {
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().BeEmpty();
    }
}
