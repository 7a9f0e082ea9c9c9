using HmsSdk.Tests.Infrastructure;
using FluentAssertions;

namespace HmsSdk.Tests.Analytics;

public class WebhookHistoryTests
{
    private const string WebhooksPath = "/v2/analytics/webhooks";

    private static readonly DateTimeOffset Start = new(2024, 3, 20, 5, 30, 0, TimeSpan.FromHours(5.5)); // 2024-03-20T00:00:00Z
    private static readonly DateTimeOffset End = new(2024, 3, 21, 12, 0, 0, 250, TimeSpan.Zero);

    private static string Delivery(int i) =>
        "{\"event_id\":\"wh-" + i + "\",\"event_name\":\"peer.join.success\",\"room_id\":\"room-1\"," +
        "\"event_timestamp\":\"2024-03-20T10:00:0" + i + "Z\",\"payload\":{\"event_data\":{\"peer_id\":\"p-" + i + "\"}," +
        "\"webhook_url\":\"https://hooks.example/100ms\",\"original_event_name\":\"peer.join.success\"}}";

    private static string HistoryPage(int page, int count, bool hasNext, int from) =>
        "{\"events\":[" + string.Join(",", Enumerable.Range(from, count).Select(Delivery)) + "]," +
        "\"pagination\":{\"current_page\":" + page + ",\"page_size\":2,\"total_pages\":3,\"total_items\":6," +
        "\"has_next\":" + (hasNext ? "true" : "false") + ",\"has_prev\":" + (page > 1 ? "true" : "false") + "}," +
        "\"summary\":{\"total_events\":6}}";

    [Fact]
    public async Task ListWebhookDeliveriesAsync_walks_page_numbers_until_has_next_is_false()
    {
        using var wire = new WireApi();
        wire.RespondWhen(WebhooksPath, "page", "1", HistoryPage(1, 2, hasNext: true, from: 0));
        wire.RespondWhen(WebhooksPath, "page", "2", HistoryPage(2, 2, hasNext: true, from: 2));
        wire.RespondWhen(WebhooksPath, "page", "3", HistoryPage(3, 2, hasNext: false, from: 4));

        var options = new WebhookHistoryOptions
        {
            StartTime = Start,
            EndTime = End,
            RoomId = "room-1",
            Status = WebhookDeliveryStatus.Failed,
            EventNames = new List<string> { "peer.join.success", "peer.leave.success" },
            Limit = 2,
        };
        var deliveries = await wire.Client.Analytics.ListWebhookDeliveriesAsync(options).ToListAsync();

        deliveries.Select(d => d.EventId).Should().Equal("wh-0", "wh-1", "wh-2", "wh-3", "wh-4", "wh-5");
        deliveries[5].Payload!.EventData!.Value.GetProperty("peer_id").GetString().Should().Be("p-5");
        var filters = "start_time=2024-03-20T00%3A00%3A00.000Z&end_time=2024-03-21T12%3A00%3A00.250Z&room_id=room-1&status=failed" +
                      "&event_names=peer.join.success&event_names=peer.leave.success";
        wire.Entries.Should().OnlyContain(e => e.RequestMessage.Method == "GET" && e.RequestMessage.Path == WebhooksPath);
        wire.Entries.Select(WireApi.Query).Should().Equal(
            $"{filters}&page=1&limit=2",
            $"{filters}&page=2&limit=2",
            $"{filters}&page=3&limit=2");
    }

    [Fact]
    public async Task ListWebhookDeliveriesAsync_pages_carry_the_next_page_number_and_the_summary_in_the_raw_response()
    {
        using var wire = new WireApi();
        wire.RespondWhen(WebhooksPath, "page", "2", HistoryPage(2, 2, hasNext: true, from: 2));
        wire.RespondWhen(WebhooksPath, "page", "3", HistoryPage(3, 1, hasNext: false, from: 4));

        // A page keeps its body only when the call hooks OnResponse (HmsPage.RawResponse documents why).
        var responses = new List<HmsResponse>();
        var pages = await wire.Client.Analytics.ListWebhookDeliveriesAsync(new WebhookHistoryOptions { Page = 2 }, new HmsRequestOptions { OnResponse = responses.Add }).AsPages().ToListAsync();

        pages.Select(p => p.ContinuationToken).Should().Equal("3", null);
        pages.Select(p => p.Items.Count).Should().Equal(2, 1);
        responses.Should().HaveCount(2);
        pages[0].RawResponse!.ReadAsJson().GetProperty("summary").GetProperty("total_events").GetInt32().Should().Be(6);
        wire.Entries.Select(WireApi.Query).Should().Equal("page=2", "page=3");
    }

    [Fact]
    public async Task ListWebhookDeliveriesAsync_resumes_from_a_page_number_token()
    {
        using var wire = new WireApi();
        wire.RespondWhen(WebhooksPath, "page", "3", HistoryPage(3, 2, hasNext: false, from: 4));

        var pages = await wire.Client.Analytics.ListWebhookDeliveriesAsync().AsPages("3").ToListAsync();

        pages.Should().ContainSingle().Which.Items.Select(d => d.EventId).Should().Equal("wh-4", "wh-5");
        wire.Entries.Select(WireApi.Query).Should().Equal("page=3");
    }

    [Fact]
    public async Task ListWebhookDeliveriesAsync_rejects_a_token_that_is_not_a_page_number_before_any_request()
    {
        using var offline = new OfflineAnalytics();

        var act = async () => await offline.Analytics.ListWebhookDeliveriesAsync().AsPages("cursor-abc").ToListAsync();

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("continuationToken");
        offline.Handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task GetWebhookDeliveryPageAsync_reads_the_page_with_pagination_and_summary()
    {
        using var wire = new WireApi();
        wire.Respond("GET", WebhooksPath, """
            {
              "events": [
                {
                  "event_id": "wh-1", "event_name": "recording.success", "room_id": "room-1",
                  "event_timestamp": "2024-03-20T10:00:00.123456Z",
                  "payload": {
                    "event_data": {"recording_path": "s3://bucket/r.mp4", "size": 1024},
                    "webhook_url": "https://hooks.example/100ms",
                    "original_event_name": "recording.success",
                    "error_reason": "endpoint returned 502",
                    "attempts": 4
                  },
                  "delivery_status": "failed"
                }
              ],
              "pagination": {"current_page": 4, "page_size": 1, "total_pages": 9, "total_items": 9, "has_next": true, "has_prev": true, "cursor": null},
              "summary": {"total_events": 9, "failed_events": 9}
            }
            """);

        var page = await wire.Client.Analytics.GetWebhookDeliveryPageAsync(new WebhookHistoryOptions { Status = "success", Page = 4, Limit = 1 });

        var entry = wire.Entries.Should().ContainSingle().Subject;
        entry.RequestMessage.Method.Should().Be("GET");
        entry.RequestMessage.Path.Should().Be(WebhooksPath);
        WireApi.Query(entry).Should().Be("status=success&page=4&limit=1");

        var delivery = page.Events.Should().ContainSingle().Subject;
        delivery.EventId.Should().Be("wh-1");
        delivery.EventName.Should().Be("recording.success");
        delivery.RoomId.Should().Be("room-1");
        delivery.EventTimestamp.Should().Be(new DateTimeOffset(2024, 3, 20, 10, 0, 0, TimeSpan.Zero).AddTicks(1234560));
        delivery.AdditionalProperties!["delivery_status"].GetString().Should().Be("failed");
        var payload = delivery.Payload!;
        payload.EventData!.Value.GetProperty("size").GetInt32().Should().Be(1024);
        payload.WebhookUrl.Should().Be("https://hooks.example/100ms");
        payload.OriginalEventName.Should().Be("recording.success");
        payload.ErrorReason.Should().Be("endpoint returned 502");
        payload.AdditionalProperties!["attempts"].GetInt32().Should().Be(4);
        var pagination = page.Pagination!;
        pagination.CurrentPage.Should().Be(4);
        pagination.PageSize.Should().Be(1);
        pagination.TotalPages.Should().Be(9);
        pagination.TotalItems.Should().Be(9);
        pagination.HasNext.Should().BeTrue();
        pagination.HasPrevious.Should().BeTrue();
        pagination.AdditionalProperties.Should().ContainKey("cursor");
        page.Summary!.TotalEvents.Should().Be(9);
        page.Summary.AdditionalProperties!["failed_events"].GetInt32().Should().Be(9);
    }

    [Fact]
    public async Task GetWebhookDeliveryPageAsync_without_options_sends_no_query()
    {
        using var wire = new WireApi();
        wire.Respond("GET", WebhooksPath, """{"events":[],"pagination":{"current_page":1,"has_next":false},"summary":{"total_events":0}}""");

        var page = await wire.Client.Analytics.GetWebhookDeliveryPageAsync();

        page.Events.Should().BeEmpty();
        page.Summary!.TotalEvents.Should().Be(0);
        WireApi.Query(wire.Entries.Should().ContainSingle().Subject).Should().BeEmpty();
    }
}
