using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The <c>data</c> of <c>session.open.success</c> and <c>session.close.success</c>.</summary>
public sealed class SessionWebhookData : WebhookRoomData
{
    /// <summary>The room name given when the room was created.</summary>
    [JsonPropertyName("room_name")]
    public string? RoomName { get; init; }

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
}
