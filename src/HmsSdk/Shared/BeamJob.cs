using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>
/// The fields every beam job shares: <see cref="Recording"/>, <see cref="LiveStream"/> and <see cref="ExternalStream"/>.
/// </summary>
public abstract class BeamJob
{
    /// <summary>The job id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The room the job runs in.</summary>
    [JsonPropertyName("room_id")]
    public string RoomId { get; init; } = string.Empty;

    /// <summary>The session the job runs in; empty until the session is known.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; init; }

    /// <summary>The job state; unknown values are preserved.</summary>
    [JsonPropertyName("status")]
    public BeamJobStatus Status { get; init; }

    /// <summary>The URL the recorder or streamer joined, when one was given or derived.</summary>
    [JsonPropertyName("meeting_url")]
    public string? MeetingUrl { get; init; }

    /// <summary>The template destination the job used.</summary>
    [JsonPropertyName("destination")]
    public string? Destination { get; init; }

    /// <summary>The produced assets; null (or empty) until they are available.</summary>
    [JsonPropertyName("recording_assets")]
    public IList<RecordingAsset>? RecordingAssets { get; init; }

    /// <summary>When the job was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the job started recording or streaming; null until then.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the job stopped; null until then.</summary>
    [JsonPropertyName("stopped_at")]
    public DateTimeOffset? StoppedAt { get; init; }

    /// <summary>When the job last changed.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The peer id that started the job; empty when the server started it.</summary>
    [JsonPropertyName("started_by")]
    public string? StartedBy { get; init; }

    /// <summary>The peer id that stopped the job; empty when the server stopped it.</summary>
    [JsonPropertyName("stopped_by")]
    public string? StoppedBy { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
