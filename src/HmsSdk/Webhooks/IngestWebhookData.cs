using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The <c>data</c> of the <c>ingest.*</c> (RTMP ingestion) events.</summary>
public sealed class IngestData
{
    /// <summary>The 100ms account (customer) id.</summary>
    [JsonPropertyName("account_id")]
    public string? AccountId { get; init; }

    /// <summary>The 100ms app id.</summary>
    [JsonPropertyName("app_id")]
    public string? AppId { get; init; }

    /// <summary>When ingestion started.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When ingestion ended (<c>ingest.end.success</c>).</summary>
    [JsonPropertyName("completed_at")]
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Seconds of ingested stream (<c>ingest.end.success</c>).</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; init; }

    /// <summary>When the ingest servers last stopped receiving media (<c>ingest.end.success</c>).</summary>
    [JsonPropertyName("last_disconnected_at")]
    public DateTimeOffset? LastDisconnectedAt { get; init; }

    /// <summary>Why ingestion ended (<c>ingest.end.success</c>).</summary>
    [JsonPropertyName("reason")]
    public IngestEndReason? Reason { get; init; }

    /// <summary>The 100ms room id.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; init; }

    /// <summary>The 100ms ingest id.</summary>
    [JsonPropertyName("ingest_id")]
    public string? IngestId { get; init; }

    /// <summary>The id of the media stream.</summary>
    [JsonPropertyName("stream_id")]
    public string? StreamId { get; init; }

    /// <summary>The template id of the room.</summary>
    [JsonPropertyName("template_id")]
    public string? TemplateId { get; init; }

    /// <summary>Why ingestion failed, such as <c>stream key disabled</c> (failure events).</summary>
    [JsonPropertyName("error_message")]
    public string? ErrorMessage { get; init; }

    /// <summary>Fields 100ms sent that this version of the SDK does not model, kept as raw JSON.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
