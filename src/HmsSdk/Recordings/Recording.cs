using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>A recording job (<c>/recordings</c>): a browser-composite recording of a room.</summary>
/// <remarks>
/// <see cref="BeamJob.RecordingAssets"/> is always null in list results: retrieve the recording to get its assets.
/// </remarks>
public sealed class Recording : BeamJob
{
    /// <summary>The asset types this job produces (<c>room-composite</c>, <c>chat</c>, <c>transcript</c>, <c>summary</c>...); may be null.</summary>
    [JsonPropertyName("asset_types")]
    public IList<RecordingAssetType>? AssetTypes { get; init; }
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
