using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>
/// The body of <see cref="IAnalyticsService.ReplayWebhooksAsync"/> (<c>POST /analytics/webhooks/replay</c>): which past
/// webhooks to send again. Every field is optional.
/// </summary>
/// <remarks>
/// A replay selects at most <see cref="Limit"/> webhooks, skipping the first <see cref="Offset"/> matches. To replay a
/// larger set, wait until the workflow has finished (<see cref="WebhookReplayWorkflowStatus.IsFinished"/>), then start
/// another replay with the same filters and <c>Offset</c> increased by <c>Limit</c>; stop when a workflow's
/// <see cref="WebhookReplayProgress.Total"/> is below <c>Limit</c>. Identical requests reuse the running workflow.
/// </remarks>
public sealed class WebhookReplayOptions
{
    /// <summary>The window start (RFC 3339); within the last 30 days.</summary>
    [JsonPropertyName("start_time")]
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>The window end; after <see cref="StartTime"/> and at most 14 days later.</summary>
    [JsonPropertyName("end_time")]
    public DateTimeOffset? EndTime { get; set; }

    /// <summary>Only webhooks of this room.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; set; }

    /// <summary>Only these webhook event names, for example <c>recording.success</c>.</summary>
    [JsonPropertyName("event_names")]
    public IList<string>? EventNames { get; set; }

    /// <summary>The most webhooks to replay, 1 to 50000 (also the server's default).</summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; set; }

    /// <summary>How many matching webhooks to skip first (default 0).</summary>
    [JsonPropertyName("offset")]
    public int? Offset { get; set; }

    /// <summary>Which original deliveries to replay; the server's default is <c>failed</c>.</summary>
    [JsonPropertyName("status")]
    public WebhookDeliveryStatus? Status { get; set; }
}

/// <summary>The answer to a replay request: the workflow that will (or already does) re-deliver the webhooks.</summary>
public sealed class WebhookReplayResult
{
    /// <summary>The workflow id; pass it to <see cref="IAnalyticsService.GetWebhookReplayStatusAsync"/>.</summary>
    [JsonPropertyName("workflow_id")]
    public string WorkflowId { get; set; } = string.Empty;

    /// <summary><c>started</c>, or <c>already_running</c> when an identical replay is in progress.</summary>
    [JsonPropertyName("status")]
    public WebhookReplayStartStatus Status { get; set; }

    /// <summary>A human-readable message from the server.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The filters the server applied.</summary>
    [JsonPropertyName("filters")]
    public WebhookReplayFilters? Filters { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The state of a webhook replay workflow.</summary>
public sealed class WebhookReplayWorkflow
{
    /// <summary>The workflow id.</summary>
    [JsonPropertyName("workflow_id")]
    public string WorkflowId { get; set; } = string.Empty;

    /// <summary>The workflow state; see <see cref="WebhookReplayWorkflowStatus.IsFinished"/>.</summary>
    [JsonPropertyName("status")]
    public WebhookReplayWorkflowStatus Status { get; set; }

    /// <summary>When the workflow started.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the workflow finished; null while it runs.</summary>
    [JsonPropertyName("completed_at")]
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The filters the workflow runs with.</summary>
    [JsonPropertyName("filters")]
    public WebhookReplayFilters? Filters { get; set; }

    /// <summary>Counts so far.</summary>
    [JsonPropertyName("progress")]
    public WebhookReplayProgress? Progress { get; set; }

    /// <summary>The final counts and failures, once finished.</summary>
    [JsonPropertyName("result")]
    public WebhookReplayOutcome? Result { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The filters a replay workflow applies, as the server echoes them.</summary>
public sealed class WebhookReplayFilters
{
    /// <summary>The window start.</summary>
    [JsonPropertyName("start_time")]
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>The window end.</summary>
    [JsonPropertyName("end_time")]
    public DateTimeOffset? EndTime { get; set; }

    /// <summary>The room filter.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; set; }

    /// <summary>The event names filter (the server calls it <c>event_types</c> here).</summary>
    [JsonPropertyName("event_types")]
    public IList<string>? EventTypes { get; set; }

    /// <summary>The most webhooks the workflow replays.</summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; set; }

    /// <summary>How many matches the workflow skipped.</summary>
    [JsonPropertyName("offset")]
    public int? Offset { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Counts of a running replay.</summary>
public sealed class WebhookReplayProgress
{
    /// <summary>Webhooks selected for replay.</summary>
    [JsonPropertyName("total")]
    public long? Total { get; set; }

    /// <summary>Webhooks re-delivered so far.</summary>
    [JsonPropertyName("completed")]
    public long? Completed { get; set; }

    /// <summary>Re-deliveries that failed so far.</summary>
    [JsonPropertyName("failed")]
    public long? Failed { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The final counts of a finished replay.</summary>
public sealed class WebhookReplayOutcome
{
    /// <summary>Webhooks selected for replay.</summary>
    [JsonPropertyName("total")]
    public long? Total { get; set; }

    /// <summary>Webhooks re-delivered.</summary>
    [JsonPropertyName("completed")]
    public long? Completed { get; set; }

    /// <summary>Re-deliveries that failed.</summary>
    [JsonPropertyName("failed")]
    public long? Failed { get; set; }

    /// <summary>The ids of the events whose re-delivery failed (the docs show <c>["event-id-1", "event-id-2"]</c>).</summary>
    [JsonPropertyName("failed_events")]
    public IList<string>? FailedEvents { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
