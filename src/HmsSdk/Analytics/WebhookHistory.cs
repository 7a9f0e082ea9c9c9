using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>
/// Filters for <see cref="IAnalyticsService.ListWebhookDeliveriesAsync"/> and
/// <see cref="IAnalyticsService.GetWebhookDeliveryPageAsync"/> (<c>GET /analytics/webhooks</c>).
/// </summary>
public sealed class WebhookHistoryOptions
{
    /// <summary>The window start (RFC 3339, query <c>start_time</c>); the server defaults to 24 hours ago and accepts only the last 30 days.</summary>
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>The window end (query <c>end_time</c>); the server defaults to now. Must be after <see cref="StartTime"/> and at most 14 days later.</summary>
    public DateTimeOffset? EndTime { get; set; }

    /// <summary>Only deliveries for this room.</summary>
    public string? RoomId { get; set; }

    /// <summary>Only deliveries with this outcome: <c>all</c> (server default), <c>failed</c> or <c>success</c>.</summary>
    public WebhookDeliveryStatus? Status { get; set; }

    /// <summary>Only these webhook event names, for example <c>peer.join.success</c> (repeated <c>event_names</c> keys).</summary>
    public IList<string>? EventNames { get; set; }

    /// <summary>Deliveries per page, 1 to 100 (the API's default is 50).</summary>
    public int? Limit { get; set; }

    /// <summary>The 1-based page to start from (query <c>page</c>, default 1).</summary>
    public int? Page { get; set; }
}

/// <summary>One page of webhook delivery history: the deliveries plus page-number pagination and a summary.</summary>
public sealed class WebhookDeliveryPage
{
    /// <summary>The deliveries on this page.</summary>
    [JsonPropertyName("events")]
    public IList<WebhookDelivery>? Events { get; init; }

    /// <summary>Where this page sits in the result set.</summary>
    [JsonPropertyName("pagination")]
    public WebhookHistoryPagination? Pagination { get; init; }

    /// <summary>Totals over the whole result set.</summary>
    [JsonPropertyName("summary")]
    public WebhookHistorySummary? Summary { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One attempt by 100ms to deliver a webhook to your endpoint.</summary>
public sealed class WebhookDelivery
{
    /// <summary>The webhook event id.</summary>
    [JsonPropertyName("event_id")]
    public string? EventId { get; init; }

    /// <summary>The webhook event name, for example <c>peer.join.success</c>.</summary>
    [JsonPropertyName("event_name")]
    public string? EventName { get; init; }

    /// <summary>The room the event belongs to.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; init; }

    /// <summary>When the event happened.</summary>
    [JsonPropertyName("event_timestamp")]
    public DateTimeOffset? EventTimestamp { get; init; }

    /// <summary>What was sent and where.</summary>
    [JsonPropertyName("payload")]
    public WebhookDeliveryPayload? Payload { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The payload of a webhook delivery record.</summary>
public sealed class WebhookDeliveryPayload
{
    /// <summary>The webhook's event data as raw JSON (its shape depends on the event name).</summary>
    [JsonPropertyName("event_data")]
    public JsonElement? EventData { get; init; }

    /// <summary>The endpoint the webhook was sent to.</summary>
    [JsonPropertyName("webhook_url")]
    public string? WebhookUrl { get; init; }

    /// <summary>The event name as originally emitted.</summary>
    [JsonPropertyName("original_event_name")]
    public string? OriginalEventName { get; init; }

    /// <summary>Why the delivery failed; absent for successful deliveries.</summary>
    [JsonPropertyName("error_reason")]
    public string? ErrorReason { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Page-number pagination of the webhook delivery history.</summary>
public sealed class WebhookHistoryPagination
{
    /// <summary>This page's 1-based number.</summary>
    [JsonPropertyName("current_page")]
    public int? CurrentPage { get; init; }

    /// <summary>Deliveries per page.</summary>
    [JsonPropertyName("page_size")]
    public int? PageSize { get; init; }

    /// <summary>The number of pages.</summary>
    [JsonPropertyName("total_pages")]
    public int? TotalPages { get; init; }

    /// <summary>The number of deliveries across all pages.</summary>
    [JsonPropertyName("total_items")]
    public long? TotalItems { get; init; }

    /// <summary>Whether a later page exists.</summary>
    [JsonPropertyName("has_next")]
    public bool? HasNext { get; init; }

    /// <summary>Whether an earlier page exists.</summary>
    [JsonPropertyName("has_prev")]
    public bool? HasPrevious { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Totals of the webhook delivery history query.</summary>
public sealed class WebhookHistorySummary
{
    /// <summary>The number of matching deliveries.</summary>
    [JsonPropertyName("total_events")]
    public long? TotalEvents { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
