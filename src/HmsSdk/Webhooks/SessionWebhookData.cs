using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The <c>data</c> of <c>session.open.success</c> and <c>session.close.success</c>.</summary>
public sealed class SessionWebhookData
{
    /// <summary>The 100ms room id.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; init; }

    /// <summary>The room name given when the room was created.</summary>
    [JsonPropertyName("room_name")]
    public string? RoomName { get; init; }

    /// <summary>The 100ms session id.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; init; }

    /// <summary>The template id of the room.</summary>
    [JsonPropertyName("template_id")]
    public string? TemplateId { get; init; }

    /// <summary>When the session started.</summary>
    [JsonPropertyName("session_started_at")]
    public DateTimeOffset? SessionStartedAt { get; init; }

    /// <summary>Session length in seconds (<c>session.close.success</c> only).</summary>
    [JsonPropertyName("session_duration")]
    public int? SessionDuration { get; init; }

    /// <summary>When the session ended (<c>session.close.success</c> only).</summary>
    [JsonPropertyName("session_stopped_at")]
    public DateTimeOffset? SessionStoppedAt { get; init; }

    /// <summary>Fields 100ms sent that this version of the SDK does not model, kept as raw JSON.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
