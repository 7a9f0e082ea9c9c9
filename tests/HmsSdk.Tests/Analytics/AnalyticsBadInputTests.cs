using FluentAssertions;

namespace HmsSdk.Tests.Analytics;

/// <summary>Bad input fails with an ArgumentException naming the parameter, before any HTTP request.</summary>
public class AnalyticsBadInputTests
{
    private static readonly DateTimeOffset Start = new(2024, 3, 20, 0, 0, 0, TimeSpan.Zero);

    private static async Task ExpectRejected<TException>(Func<IAnalyticsService, Task> call, string paramName)
        where TException : ArgumentException
    {
        using var offline = new OfflineAnalytics();

        var act = () => call(offline.Analytics);

        (await act.Should().ThrowAsync<TException>()).Which.ParamName.Should().Be(paramName);
        offline.Handler.Requests.Should().BeEmpty();
    }

    // Wraps a list call so its (synchronous) argument check surfaces as a faulted task.
    private static Func<IAnalyticsService, Task> Listing<T>(Func<IAnalyticsService, HmsAsyncPageable<T>> list) =>
        async service => await list(service).ToListAsync();

    [Fact]
    public void List_methods_throw_when_called_not_when_enumerated()
    {
        using var offline = new OfflineAnalytics();

        var act = () => offline.Analytics.ListTrackEventsAsync(new TrackEventListOptions("room-1") { Limit = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options");
        offline.Handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public Task Null_track_options_are_rejected() =>
        ExpectRejected<ArgumentNullException>(Listing(s => s.ListTrackEventsAsync(null!)), "options");

    [Fact]
    public Task Null_recording_options_are_rejected() =>
        ExpectRejected<ArgumentNullException>(Listing(s => s.ListRecordingEventsAsync(null!)), "options");

    [Fact]
    public Task Null_error_options_are_rejected() =>
        ExpectRejected<ArgumentNullException>(Listing(s => s.ListErrorEventsAsync(null!)), "options");

    [Fact]
    public Task Null_event_options_are_rejected() =>
        ExpectRejected<ArgumentNullException>(Listing(s => s.ListEventsAsync(null!)), "options");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_room_ids_are_rejected_by_every_event_options_constructor(string roomId)
    {
        ((Action)(() => _ = new TrackEventListOptions(roomId))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
        ((Action)(() => _ = new RecordingEventListOptions(roomId))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
        ((Action)(() => _ = new ErrorEventListOptions(roomId))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
        ((Action)(() => _ = new EventListOptions(roomId))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
    }

    [Fact]
    public void A_null_room_id_is_rejected_by_the_constructor() =>
        ((Action)(() => _ = new TrackEventListOptions(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("roomId");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    public async Task A_room_id_blanked_after_construction_is_rejected(string? roomId)
    {
        await ExpectRejected<ArgumentException>(Listing(s => s.ListTrackEventsAsync(new TrackEventListOptions("r") { RoomId = roomId! })), "options");
        await ExpectRejected<ArgumentException>(Listing(s => s.ListRecordingEventsAsync(new RecordingEventListOptions("r") { RoomId = roomId! })), "options");
        await ExpectRejected<ArgumentException>(Listing(s => s.ListErrorEventsAsync(new ErrorEventListOptions("r") { RoomId = roomId! })), "options");
        await ExpectRejected<ArgumentException>(Listing(s => s.ListEventsAsync(new EventListOptions("r") { RoomId = roomId! })), "options");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-1)]
    public async Task Event_limits_outside_1_to_100_are_rejected(int limit)
    {
        await ExpectRejected<ArgumentOutOfRangeException>(Listing(s => s.ListTrackEventsAsync(new TrackEventListOptions("r") { Limit = limit })), "options");
        await ExpectRejected<ArgumentOutOfRangeException>(Listing(s => s.ListRecordingEventsAsync(new RecordingEventListOptions("r") { Limit = limit })), "options");
        await ExpectRejected<ArgumentOutOfRangeException>(Listing(s => s.ListErrorEventsAsync(new ErrorEventListOptions("r") { Limit = limit })), "options");
        await ExpectRejected<ArgumentOutOfRangeException>(Listing(s => s.ListEventsAsync(new EventListOptions("r") { Limit = limit })), "options");
    }

    [Fact]
    public async Task Empty_event_types_are_rejected()
    {
        await ExpectRejected<ArgumentException>(
            Listing(s => s.ListTrackEventsAsync(new TrackEventListOptions("r") { Types = new List<AnalyticsEventType> { AnalyticsEventType.TrackAddSuccess, default } })), "options");
        await ExpectRejected<ArgumentException>(
            Listing(s => s.ListEventsAsync(new EventListOptions("r") { Types = new List<AnalyticsEventType> { " " } })), "options");
    }

    public static TheoryData<WebhookHistoryOptions, bool> BadHistoryOptions() => new()
    {
        { new WebhookHistoryOptions { StartTime = Start, EndTime = Start.AddMinutes(-1) }, false },
        { new WebhookHistoryOptions { StartTime = Start, EndTime = Start }, false },
        { new WebhookHistoryOptions { StartTime = Start, EndTime = Start.AddDays(14).AddSeconds(1) }, false },
        { new WebhookHistoryOptions { RoomId = " " }, false },
        { new WebhookHistoryOptions { EventNames = new List<string> { "peer.join.success", "" } }, false },
        { new WebhookHistoryOptions { Status = "" }, false },
        { new WebhookHistoryOptions { Limit = 0 }, true },
        { new WebhookHistoryOptions { Limit = 101 }, true },
        { new WebhookHistoryOptions { Page = 0 }, true },
    };

    [Theory]
    [MemberData(nameof(BadHistoryOptions))]
    public async Task Bad_history_options_are_rejected_by_both_history_methods(WebhookHistoryOptions options, bool outOfRange)
    {
        if (outOfRange)
        {
            await ExpectRejected<ArgumentOutOfRangeException>(Listing(s => s.ListWebhookDeliveriesAsync(options)), "options");
            await ExpectRejected<ArgumentOutOfRangeException>(s => s.GetWebhookDeliveryPageAsync(options), "options");
        }
        else
        {
            await ExpectRejected<ArgumentException>(Listing(s => s.ListWebhookDeliveriesAsync(options)), "options");
            await ExpectRejected<ArgumentException>(s => s.GetWebhookDeliveryPageAsync(options), "options");
        }
    }

    [Fact]
    public async Task A_window_of_exactly_14_days_is_accepted()
    {
        using var offline = new OfflineAnalytics();
        offline.Handler.Enqueue(200, """{"events":[],"pagination":{"has_next":false}}""");

        await offline.Analytics.GetWebhookDeliveryPageAsync(new WebhookHistoryOptions { StartTime = Start, EndTime = Start.AddDays(14) });

        offline.Handler.Requests.Should().ContainSingle();
    }

    public static TheoryData<WebhookReplayOptions, bool> BadReplayOptions() => new()
    {
        { new WebhookReplayOptions { StartTime = Start, EndTime = Start.AddHours(-1) }, false },
        { new WebhookReplayOptions { StartTime = Start, EndTime = Start.AddDays(15) }, false },
        { new WebhookReplayOptions { RoomId = "" }, false },
        { new WebhookReplayOptions { EventNames = new List<string> { null! } }, false },
        { new WebhookReplayOptions { Limit = 0 }, true },
        { new WebhookReplayOptions { Limit = 50001 }, true },
        { new WebhookReplayOptions { Offset = -1 }, true },
    };

    [Theory]
    [MemberData(nameof(BadReplayOptions))]
    public Task Bad_replay_options_are_rejected(WebhookReplayOptions options, bool outOfRange) =>
        outOfRange
            ? ExpectRejected<ArgumentOutOfRangeException>(s => s.ReplayWebhooksAsync(options), "options")
            : ExpectRejected<ArgumentException>(s => s.ReplayWebhooksAsync(options), "options");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("..")]
    public async Task Bad_workflow_ids_are_rejected(string? workflowId)
    {
        if (workflowId is null)
        {
            await ExpectRejected<ArgumentNullException>(s => s.GetWebhookReplayStatusAsync(workflowId!), "workflowId");
        }
        else
        {
            await ExpectRejected<ArgumentException>(s => s.GetWebhookReplayStatusAsync(workflowId), "workflowId");
        }
    }

    [Fact]
    public async Task Bad_peer_stats_ids_are_rejected()
    {
        await ExpectRejected<ArgumentNullException>(s => s.GetPeerStatsAsync(null!, "sess-1"), "peerId");
        await ExpectRejected<ArgumentException>(s => s.GetPeerStatsAsync(" ", "sess-1"), "peerId");
        await ExpectRejected<ArgumentNullException>(s => s.GetPeerStatsAsync("peer-1", null!), "sessionId");
        await ExpectRejected<ArgumentException>(s => s.GetPeerStatsAsync("peer-1", ""), "sessionId");
    }
}
