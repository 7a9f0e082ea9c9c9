using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>A recording job (<c>/recordings</c>): a browser-composite recording of a room.</summary>
public sealed class Recording
{
    /// <summary>The recording job id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>The room being recorded.</summary>
    [JsonPropertyName("room_id")]
    public string RoomId { get; set; } = string.Empty;

    /// <summary>The session being recorded; empty until the session is known.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; set; }

    /// <summary>The job state; unknown values are preserved.</summary>
    [JsonPropertyName("status")]
    public BeamJobStatus Status { get; set; }

    /// <summary>The URL the recorder joined, when one was given or derived.</summary>
    [JsonPropertyName("meeting_url")]
    public string? MeetingUrl { get; set; }

    /// <summary>The template destination the job used.</summary>
    [JsonPropertyName("destination")]
    public string? Destination { get; set; }

    /// <summary>The asset types this job produces (<c>room-composite</c>, <c>chat</c>, <c>transcript</c>, <c>summary</c>...); may be null.</summary>
    [JsonPropertyName("asset_types")]
    public IList<RecordingAssetType>? AssetTypes { get; set; }

    /// <summary>
    /// The produced assets. Null until they are available, and always null in list results
    /// (retrieve the recording to get them).
    /// </summary>
    [JsonPropertyName("recording_assets")]
    public IList<RecordingAsset>? RecordingAssets { get; set; }

    /// <summary>When the job was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When recording started; null until then.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When recording stopped; null until then.</summary>
    [JsonPropertyName("stopped_at")]
    public DateTimeOffset? StoppedAt { get; set; }

    /// <summary>When the job last changed.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The peer id that started the job; empty when the server started it.</summary>
    [JsonPropertyName("started_by")]
    public string? StartedBy { get; set; }

    /// <summary>The peer id that stopped the job; empty when the server stopped it.</summary>
    [JsonPropertyName("stopped_by")]
    public string? StoppedBy { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The body of <see cref="IRecordingsService.StartAsync"/>; every field is optional.</summary>
public sealed class StartRecordingOptions
{
    /// <summary>
    /// The URL the recorder opens. Required when composite recording is not enabled for the template or the template
    /// has no subdomain (templates created through the API have none).
    /// </summary>
    [JsonPropertyName("meeting_url")]
    public string? MeetingUrl { get; set; }

    /// <summary>The recording size; both dimensions must be positive.</summary>
    [JsonPropertyName("resolution")]
    public VideoResolution? Resolution { get; set; }

    /// <summary>The template destination name; needed only when the template has several recording destinations.</summary>
    [JsonPropertyName("destination")]
    public string? Destination { get; set; }

    /// <summary>Records audio only.</summary>
    [JsonPropertyName("audio_only")]
    public bool? AudioOnly { get; set; }

    /// <summary>Transcription and summary for this recording; overrides the template when set.</summary>
    [JsonPropertyName("transcription")]
    public TranscriptionOptions? Transcription { get; set; }
}

/// <summary>Filters for <see cref="IRecordingsService.ListAsync"/>.</summary>
public sealed class RecordingListOptions
{
    /// <summary>Only recordings of this room.</summary>
    public string? RoomId { get; set; }

    /// <summary>Only recordings of this session.</summary>
    public string? SessionId { get; set; }

    /// <summary>Only recordings in this state.</summary>
    public BeamJobStatus? Status { get; set; }

    /// <summary>Items per page, 1 to 100; the API defaults to 10.</summary>
    public int? Limit { get; set; }
}
