using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.Paging;
using HmsSdk.Analytics;

namespace HmsSdk;

/// <summary>Reads analytics events, webhook delivery history and peer quality stats (<c>/analytics</c>).</summary>
/// <remarks>
/// Event lists page with the API's <c>next</c> cursor and, unlike the Node SDK (which stops after the first page),
/// return every matching event. Webhook history pages by page number. Webhook replays select by <c>limit</c>/<c>offset</c>
/// (see <see cref="WebhookReplayOptions"/>).
/// </remarks>
/// <example>
/// <code><![CDATA[
/// var hms = new HmsClient("access-key", "app-secret");
///
/// // Every track event of a room, across as many pages as needed.
/// await foreach (TrackEvent ev in hms.Analytics.ListTrackEventsAsync(new TrackEventListOptions(roomId) { Limit = 100 }))
///     Console.WriteLine($"{ev.Timestamp:u} {ev.Type} {ev.Data?.PeerId} {ev.Data?.Type}");
///
/// // Failed webhook deliveries of the last day, then replay them and wait for the workflow.
/// var history = await hms.Analytics.GetWebhookDeliveryPageAsync(new WebhookHistoryOptions { Status = WebhookDeliveryStatus.Failed });
/// Console.WriteLine($"{history.Summary?.TotalEvents} failed deliveries");
/// var replay = await hms.Analytics.ReplayWebhooksAsync(new WebhookReplayOptions { Status = WebhookDeliveryStatus.Failed });
/// WebhookReplayWorkflow workflow;
/// do
/// {
///     await Task.Delay(TimeSpan.FromSeconds(10));
///     workflow = await hms.Analytics.GetWebhookReplayStatusAsync(replay.WorkflowId);
/// }
/// while (!workflow.Status.IsFinished);
///
/// // Network quality of one peer after the session ended.
/// PeerQualityStats stats = await hms.Analytics.GetPeerStatsAsync(peerId, sessionId);
/// foreach (var video in stats.Publisher?.Video ?? Array.Empty<PublisherVideoTrackStats>())
///     Console.WriteLine($"{video.TrackId} {video.Rid}: {video.TimeSeries?.Bitrate?.Length} samples");
/// ]]></code>
/// </example>
public interface IAnalyticsService
{
    /// <summary>
    /// Lists a room's track events (<c>GET /analytics/events</c>), by default of the three types
    /// <c>track.add.success</c>, <c>track.update.success</c> and <c>track.remove.success</c>. Pages follow <c>next</c>
    /// until it is empty or a page is short.
    /// </summary>
    /// <param name="options">The filters; <see cref="EventListOptionsBase.RoomId"/> is required.</param>
    /// <param name="requestOptions">Per-call overrides, applied to every page request.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A lazy sequence of every matching event; nothing is requested until it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The room id is blank or a type is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1 to 100.</exception>
    HmsAsyncPageable<TrackEvent> ListTrackEventsAsync(TrackEventListOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists a room's browser-recording events (<c>GET /analytics/events?type=beam.recording.success</c>), following
    /// <c>next</c> across pages.
    /// </summary>
    /// <param name="options">The filters; <see cref="EventListOptionsBase.RoomId"/> is required.</param>
    /// <param name="requestOptions">Per-call overrides, applied to every page request.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A lazy sequence of every matching event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The room id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1 to 100.</exception>
    HmsAsyncPageable<RecordingEvent> ListRecordingEventsAsync(RecordingEventListOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists a room's client error events (<c>GET /analytics/events</c>), by default of the five types
    /// <c>client.publish.failed</c>, <c>client.subscribe.failed</c>, <c>client.join.failed</c>, <c>client.disconnected</c>
    /// and <c>client.connect.failed</c>, following <c>next</c> across pages.
    /// </summary>
    /// <param name="options">The filters; <see cref="EventListOptionsBase.RoomId"/> is required.</param>
    /// <param name="requestOptions">Per-call overrides, applied to every page request.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A lazy sequence of every matching event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The room id is blank or a type is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1 to 100.</exception>
    HmsAsyncPageable<ErrorEvent> ListErrorEventsAsync(ErrorEventListOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists a room's analytics events of any type (<c>GET /analytics/events</c>) with their <c>data</c> as raw JSON,
    /// following <c>next</c> across pages. Use it for types this SDK has no model for, or to mix types in one list.
    /// </summary>
    /// <param name="options">The filters; <see cref="EventListOptionsBase.RoomId"/> is required.</param>
    /// <param name="requestOptions">Per-call overrides, applied to every page request.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A lazy sequence of every matching event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The room id is blank or a type is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1 to 100.</exception>
    HmsAsyncPageable<AnalyticsEvent> ListEventsAsync(EventListOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists webhook delivery attempts (<c>GET /analytics/webhooks</c>), page by page (<c>page=1,2,...</c>) until the
    /// server reports <c>has_next: false</c>. Each <see cref="HmsPage{T}.ContinuationToken"/> is the next page number.
    /// For the <c>summary</c> and <c>pagination</c> objects, use <see cref="GetWebhookDeliveryPageAsync"/>.
    /// </summary>
    /// <param name="options">The filters; null uses the server defaults (the last 24 hours, all statuses).</param>
    /// <param name="requestOptions">Per-call overrides, applied to every page request.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A lazy sequence of every matching delivery.</returns>
    /// <exception cref="ArgumentException">The end time is not after the start time, the window exceeds 14 days, or a value is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1 to 100 or the page is below 1.</exception>
    HmsAsyncPageable<WebhookDelivery> ListWebhookDeliveriesAsync(WebhookHistoryOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads one page of webhook delivery history (<c>GET /analytics/webhooks</c>), page <see cref="WebhookHistoryOptions.Page"/>
    /// (default 1), with its pagination and summary.
    /// </summary>
    /// <param name="options">The filters and page; null uses the server defaults.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentException">The end time is not after the start time, the window exceeds 14 days, or a value is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1 to 100 or the page is below 1.</exception>
    /// <exception cref="HmsApiException">The API rejected the call (for example 429 while rate limited).</exception>
    Task<WebhookDeliveryPage> GetWebhookDeliveryPageAsync(WebhookHistoryOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts re-delivering past webhooks (<c>POST /analytics/webhooks/replay</c>). An identical request while a replay
    /// runs returns that workflow with status <c>already_running</c>.
    /// </summary>
    /// <param name="options">What to replay; null replays the server's default selection (failed deliveries).</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The workflow id and start status.</returns>
    /// <exception cref="ArgumentException">The end time is not after the start time, the window exceeds 14 days, or a value is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1 to 50000 or the offset is negative.</exception>
    /// <exception cref="HmsApiException">The API rejected the call (for example 503 when the replay service is unavailable).</exception>
    Task<WebhookReplayResult> ReplayWebhooksAsync(WebhookReplayOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the state of a webhook replay (<c>GET /analytics/webhooks/replay/{workflow_id}</c>).</summary>
    /// <param name="workflowId">The id from <see cref="WebhookReplayResult.WorkflowId"/>.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The workflow's status, progress and result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workflowId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="workflowId"/> is blank.</exception>
    /// <exception cref="HmsNotFoundException">No such workflow.</exception>
    Task<WebhookReplayWorkflow> GetWebhookReplayStatusAsync(string workflowId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a peer's per-track quality time series for one session (<c>GET /analytics/peer-stats</c>); available after the session ends.</summary>
    /// <param name="peerId">The peer id.</param>
    /// <param name="sessionId">The session id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The publisher and subscriber series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="peerId"/> or <paramref name="sessionId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="peerId"/> or <paramref name="sessionId"/> is blank.</exception>
    Task<PeerQualityStats> GetPeerStatsAsync(string peerId, string sessionId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <summary>Reads analytics events, webhook delivery history and peer quality stats (<c>/analytics</c>).</summary>
internal sealed class AnalyticsService : IAnalyticsService
{
    /// <summary>The API's default and maximum webhook-history page size.</summary>
    private const int MaxHistoryPageSize = 100;

    /// <summary>The documented cap on a replay's <c>limit</c>.</summary>
    private const int MaxReplayLimit = 50000;

    /// <summary>The documented maximum distance between <c>start_time</c> and <c>end_time</c>.</summary>
    private static readonly TimeSpan MaxTimeWindow = TimeSpan.FromDays(14);

    private static readonly RequestPath EventsPath = RequestPath.Literal("analytics/events");
    private static readonly RequestPath WebhooksPath = RequestPath.Literal("analytics/webhooks");
    private static readonly RequestPath ReplayPath = RequestPath.Literal("analytics/webhooks/replay");
    private static readonly RequestPath PeerStatsPath = RequestPath.Literal("analytics/peer-stats");

    private static readonly AnalyticsEventType[] TrackEventTypes =
    {
        AnalyticsEventType.TrackAddSuccess,
        AnalyticsEventType.TrackUpdateSuccess,
        AnalyticsEventType.TrackRemoveSuccess,
    };

    private static readonly AnalyticsEventType[] RecordingEventTypes = { AnalyticsEventType.BeamRecordingSuccess };

    private static readonly AnalyticsEventType[] ErrorEventTypes =
    {
        AnalyticsEventType.ClientPublishFailed,
        AnalyticsEventType.ClientSubscribeFailed,
        AnalyticsEventType.ClientJoinFailed,
        AnalyticsEventType.ClientDisconnected,
        AnalyticsEventType.ClientConnectFailed,
    };

    private readonly HmsPipeline _pipeline;

    internal AnalyticsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <inheritdoc />
    public HmsAsyncPageable<TrackEvent> ListTrackEventsAsync(TrackEventListOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(options, nameof(options));
        var query = EventQuery(options, options.Types, TrackEventTypes)
            .Add("user_id", OptionalId(options.UserId, nameof(options.UserId)));
        return Pagers.Events(_pipeline, "Analytics.ListTrackEvents", EventsPath, query, options.Limit, AnalyticsJsonContext.Default.HmsEventListResponseTrackEvent, requestOptions, cancellationToken);
    }

    /// <inheritdoc />
    public HmsAsyncPageable<RecordingEvent> ListRecordingEventsAsync(RecordingEventListOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(options, nameof(options));
        var query = EventQuery(options, null, RecordingEventTypes)
            .Add("beam_id", OptionalId(options.BeamId, nameof(options.BeamId)));
        return Pagers.Events(_pipeline, "Analytics.ListRecordingEvents", EventsPath, query, options.Limit, AnalyticsJsonContext.Default.HmsEventListResponseRecordingEvent, requestOptions, cancellationToken);
    }

    /// <inheritdoc />
    public HmsAsyncPageable<ErrorEvent> ListErrorEventsAsync(ErrorEventListOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(options, nameof(options));
        var query = EventQuery(options, options.Types, ErrorEventTypes)
            .Add("user_id", OptionalId(options.UserId, nameof(options.UserId)));
        return Pagers.Events(_pipeline, "Analytics.ListErrorEvents", EventsPath, query, options.Limit, AnalyticsJsonContext.Default.HmsEventListResponseErrorEvent, requestOptions, cancellationToken);
    }

    /// <inheritdoc />
    public HmsAsyncPageable<AnalyticsEvent> ListEventsAsync(EventListOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(options, nameof(options));
        var query = EventQuery(options, options.Types, Array.Empty<AnalyticsEventType>())
            .Add("user_id", OptionalId(options.UserId, nameof(options.UserId)))
            .Add("beam_id", OptionalId(options.BeamId, nameof(options.BeamId)))
            .Add("error", options.Error);
        return Pagers.Events(_pipeline, "Analytics.ListEvents", EventsPath, query, options.Limit, AnalyticsJsonContext.Default.HmsEventListResponseAnalyticsEvent, requestOptions, cancellationToken);
    }

    /// <inheritdoc />
    public HmsAsyncPageable<WebhookDelivery> ListWebhookDeliveriesAsync(WebhookHistoryOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var query = HistoryQuery(options);
        var firstPage = options?.Page ?? 1;
        var limit = options?.Limit;

        // Page-number paging: the continuation token is the next page number, present only while has_next is true.
        return Pagers.Create(
            _pipeline,
            new PageRoute("Analytics.ListWebhookDeliveries", WebhooksPath, cursorParameter: "page", firstCursor: firstPage.ToString(CultureInfo.InvariantCulture), validateToken: token => ParsePageToken(token)),
            query,
            limit,
            AnalyticsJsonContext.Default.WebhookDeliveryPage,
            static (body, requested) => EnvelopePage<WebhookDelivery>.FromPageNumber(
                body.Events,
                body.Pagination?.HasNext == true,
                (body.Pagination?.CurrentPage ?? ParsePageToken(requested!)) + 1),
            requestOptions,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<WebhookDeliveryPage> GetWebhookDeliveryPageAsync(WebhookHistoryOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var query = HistoryQuery(options)
            .With("page", options?.Page)
            .With("limit", options?.Limit);
        var request = HmsRequest.Get("Analytics.GetWebhookDeliveryPage", WebhooksPath).WithQuery(query).WithOptions(requestOptions);
        return _pipeline.SendAsync(request, AnalyticsJsonContext.Default.WebhookDeliveryPage, cancellationToken);
    }

    /// <inheritdoc />
    public Task<WebhookReplayResult> ReplayWebhooksAsync(WebhookReplayOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var body = options ?? new WebhookReplayOptions();
        CheckTimeWindow(body.StartTime, body.EndTime);
        CheckOptionalText(body.RoomId, "RoomId");
        CheckEventNames(body.EventNames);
        if (body.Limit is { } replayLimit && (replayLimit < 1 || replayLimit > MaxReplayLimit))
        {
            throw Guard.OutOfRange(nameof(options), "options.Limit", replayLimit, 1, MaxReplayLimit);
        }

        if (body.Offset is < 0)
        {
            throw Guard.Negative(nameof(options), "options.Offset", body.Offset);
        }

        // The server reuses the running workflow for an identical request, so a retried POST starts nothing twice.
        var request = HmsRequest.Post("Analytics.ReplayWebhooks", ReplayPath)
            .WithJsonBody(body, AnalyticsJsonContext.Default.WebhookReplayOptions, nameof(options))
            .AsIdempotent()
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, AnalyticsJsonContext.Default.WebhookReplayResult, cancellationToken);
    }

    /// <inheritdoc />
    public Task<WebhookReplayWorkflow> GetWebhookReplayStatusAsync(string workflowId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(workflowId, nameof(workflowId));
        var request = HmsRequest.Get("Analytics.GetWebhookReplayStatus", RequestPath.Create("analytics/webhooks/replay/{0}", workflowId))
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, AnalyticsJsonContext.Default.WebhookReplayWorkflow, cancellationToken);
    }

    /// <inheritdoc />
    public Task<PeerQualityStats> GetPeerStatsAsync(string peerId, string sessionId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(peerId, nameof(peerId));
        Guard.Id(sessionId, nameof(sessionId));
        var request = HmsRequest.Get("Analytics.GetPeerStats", PeerStatsPath)
            .WithQuery(new HmsQuery().Add("peer_id", peerId).Add("session_id", sessionId))
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, AnalyticsJsonContext.Default.PeerQualityStats, cancellationToken);
    }

    /// <summary>Validates the history filters and builds their query (without <c>page</c> and <c>limit</c>).</summary>
    private static HmsQuery HistoryQuery(WebhookHistoryOptions? options)
    {
        if (options is null)
        {
            return new HmsQuery();
        }

        CheckTimeWindow(options.StartTime, options.EndTime);
        CheckOptionalText(options.RoomId, "RoomId");
        CheckEventNames(options.EventNames);
        if (options.Status is { } status && status.ToString().Trim().Length == 0)
        {
            throw Guard.Blank(nameof(options), "options.Status");
        }

        if (options.Limit is { } limit && (limit < 1 || limit > MaxHistoryPageSize))
        {
            throw Guard.OutOfRange(nameof(options), "options.Limit", limit, 1, MaxHistoryPageSize);
        }

        if (options.Page is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Page, "options.Page must be 1 or more.");
        }

        return new HmsQuery()
            .Add("start_time", options.StartTime)
            .Add("end_time", options.EndTime)
            .Add("room_id", options.RoomId)
            .Add("status", options.Status?.ToString())
            .AddEach("event_names", options.EventNames);
    }

    private static int ParsePageToken(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            ? page
            : throw new ArgumentException("The continuation token of webhook history is a page number (1 or more).", "continuationToken");

    /// <summary>
    /// Checks the filters every event list shares and starts its query: <c>room_id</c>, <c>type</c> (the given types, or
    /// <paramref name="defaultTypes"/> when none), <c>session_id</c>, <c>peer_id</c>; callers append their own filters.
    /// </summary>
    private static HmsQuery EventQuery(EventListOptionsBase options, IList<AnalyticsEventType>? types, AnalyticsEventType[] defaultTypes)
    {
        // The options object is the parameter; the message names the property.
        Guard.Id(options.RoomId, nameof(options), "options.RoomId");

        if (options.Limit is { } limit && (limit < 1 || limit > 100))
        {
            throw Guard.OutOfRange(nameof(options), "options.Limit", limit, 1, 100);
        }

        return new HmsQuery()
            .Add("room_id", options.RoomId)
            .AddEach("type", TypesOrDefault(types, defaultTypes))
            .Add("session_id", OptionalId(options.SessionId, nameof(options.SessionId)))
            .Add("peer_id", OptionalId(options.PeerId, nameof(options.PeerId)));
    }

    private static IEnumerable<string> TypesOrDefault(IList<AnalyticsEventType>? types, AnalyticsEventType[] defaults)
    {
        var source = types is null || types.Count == 0 ? (IList<AnalyticsEventType>)defaults : types;
        var values = new List<string>(source.Count);
        foreach (var type in source)
        {
            var text = type.ToString();
            if (text.Trim().Length == 0)
            {
                throw Guard.BlankEntries("options", "options.Types");
            }

            values.Add(text);
        }

        return values;
    }

    private static void CheckTimeWindow(DateTimeOffset? start, DateTimeOffset? end)
    {
        if (start is not { } from || end is not { } to)
        {
            return;
        }

        if (to <= from)
        {
            throw new ArgumentException("'options.EndTime' must be after 'options.StartTime'.", "options");
        }

        if (to - from > MaxTimeWindow)
        {
            throw new ArgumentException("'options.EndTime' must be within 14 days after 'options.StartTime'.", "options");
        }
    }

    private static void CheckOptionalText(string? value, string propertyName) => Guard.OptionalId(value, "options", propertyName);

    private static string? OptionalId(string? value, string propertyName)
    {
        Guard.OptionalId(value, "options", propertyName);
        return value;
    }

    private static void CheckEventNames(IList<string>? eventNames)
    {
        if (eventNames is null)
        {
            return;
        }

        foreach (var name in eventNames)
        {
            if (name is null || Guard.IsBlank(name) || !Guard.IsWellFormedUtf16(name))
            {
                throw Guard.BlankEntries("options", "options.EventNames");
            }
        }
    }
}
