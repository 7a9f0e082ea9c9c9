using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>An external (RTMP out) stream job (<c>/external-streams</c>).</summary>
/// <remarks><see cref="RtmpUrls"/> usually embed stream keys, which are credentials: do not log them.</remarks>
public sealed class ExternalStream : BeamJob
{
    /// <summary>The RTMP(S) ingest URLs the room is pushed to; they usually contain stream keys.</summary>
    [JsonPropertyName("rtmp_urls")]
    public IList<string>? RtmpUrls { get; init; }

    /// <summary>Whether the stream is also recorded (as a <c>room-composite</c> asset).</summary>
    [JsonPropertyName("recording")]
    public bool? Recording { get; init; }

    /// <summary>The output video size.</summary>
    [JsonPropertyName("resolution")]
    public VideoResolution? Resolution { get; init; }
}

/// <summary>The body of <see cref="IExternalStreamsService.StartAsync"/>.</summary>
public sealed class StartExternalStreamOptions
{
    /// <summary>The most RTMP URLs one job accepts (the start page says 5; the overview page says 3).</summary>
    public const int MaxRtmpUrls = 5;

    /// <summary>Creates empty options (for object initializers).</summary>
    public StartExternalStreamOptions()
    {
    }

    /// <summary>Creates options with the required ingest URLs.</summary>
    /// <param name="rtmpUrls">1 to 5 <c>rtmp://</c> or <c>rtmps://</c> URLs.</param>
    public StartExternalStreamOptions(IList<string> rtmpUrls)
    {
        RtmpUrls = rtmpUrls;
    }

    /// <summary>The ingest URLs to push to (required): 1 to 5 absolute <c>rtmp://</c> or <c>rtmps://</c> URLs, usually with stream keys.</summary>
    [JsonPropertyName("rtmp_urls")]
    public IList<string>? RtmpUrls { get; set; }

    /// <summary>The URL the streamer opens; needed when the template has no subdomain.</summary>
    [JsonPropertyName("meeting_url")]
    public string? MeetingUrl { get; set; }

    /// <summary>Also records the stream as a <c>room-composite</c> asset.</summary>
    [JsonPropertyName("recording")]
    public bool? Recording { get; set; }

    /// <summary>
    /// The output size; the API defaults to 1280x720. Landscape sizes go from 500x480 to 1920x1080, portrait sizes
    /// (height greater than width) from 500x500 to 1080x1920.
    /// </summary>
    [JsonPropertyName("resolution")]
    public VideoResolution? Resolution { get; set; }

    /// <summary>The template destination name; needed only when the template has several RTMP destinations.</summary>
    [JsonPropertyName("destination")]
    public string? Destination { get; set; }
}

/// <summary>Filters for <see cref="IExternalStreamsService.ListAsync"/>.</summary>
public sealed class ExternalStreamListOptions
{
    /// <summary>Only streams of this room.</summary>
    public string? RoomId { get; set; }

    /// <summary>Only streams of this session.</summary>
    public string? SessionId { get; set; }

    /// <summary>Only streams in this state.</summary>
    public BeamJobStatus? Status { get; set; }

    /// <summary>Items per page, 1 to 100; the API defaults to 10.</summary>
    public int? Limit { get; set; }
}
