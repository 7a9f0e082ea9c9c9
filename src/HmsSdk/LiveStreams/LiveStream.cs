using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>An HLS live-stream job (<c>/live-streams</c>).</summary>
public sealed class LiveStream : BeamJob
{
    /// <summary>Where viewers play the stream (the m3u8 master manifest).</summary>
    [JsonPropertyName("playback")]
    public LiveStreamPlayback? Playback { get; init; }

    /// <summary>Which recordings of the stream are made.</summary>
    [JsonPropertyName("recording")]
    public LiveStreamRecordingSettings? Recording { get; init; }
}

/// <summary>Where a live stream can be played.</summary>
public sealed class LiveStreamPlayback
{
    /// <summary>The HLS master manifest (m3u8) URL.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Which recordings a live stream makes; sent when starting and returned on the job.</summary>
public sealed class LiveStreamRecordingSettings
{
    /// <summary>Records the HLS stream as a <c>room-vod</c> asset.</summary>
    [JsonPropertyName("hls_vod")]
    public bool? HlsVod { get; set; }

    /// <summary>Produces one <c>room-composite</c> MP4 per HLS layer.</summary>
    [JsonPropertyName("single_file_per_layer")]
    public bool? SingleFilePerLayer { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Transcription for a live stream: <see cref="TranscriptionOptions"/> plus when to transcribe.</summary>
public sealed class LiveStreamTranscriptionOptions : TranscriptionOptions
{
    /// <summary><c>recorded</c> (transcript and summary after the stream) and/or <c>live</c> (captions during it).</summary>
    [JsonPropertyName("modes")]
    public IList<TranscriptionMode>? Modes { get; set; }
}

/// <summary>The body of <see cref="ILiveStreamsService.StartAsync"/>; every field is optional.</summary>
public sealed class StartLiveStreamOptions
{
    /// <summary>The URL the streamer opens; needed when the template has no subdomain.</summary>
    [JsonPropertyName("meeting_url")]
    public string? MeetingUrl { get; set; }

    /// <summary>Which recordings to make of the stream.</summary>
    [JsonPropertyName("recording")]
    public LiveStreamRecordingSettings? Recording { get; set; }

    /// <summary>The template destination name; needed only when the template has several HLS destinations.</summary>
    [JsonPropertyName("destination")]
    public string? Destination { get; set; }

    /// <summary>Transcription for this stream; overrides the template when set.</summary>
    [JsonPropertyName("transcription")]
    public LiveStreamTranscriptionOptions? Transcription { get; set; }
}

/// <summary>A cue inserted into a live HLS stream (<see cref="ILiveStreamsService.SendTimedMetadataAsync"/>).</summary>
public sealed class TimedMetadataOptions
{
    /// <summary>The maximum length of <see cref="Payload"/>.</summary>
    public const int MaxPayloadLength = 100;

    /// <summary>Creates empty options (for object initializers).</summary>
    public TimedMetadataOptions()
    {
    }

    /// <summary>Creates timed metadata.</summary>
    /// <param name="payload">The payload, at most 100 characters.</param>
    /// <param name="duration">How long the cue stays active, in whole seconds.</param>
    public TimedMetadataOptions(string payload, TimeSpan duration)
    {
        Payload = payload;
        Duration = duration;
    }

    /// <summary>The payload (required), at most 100 characters; clients receive it as HLS timed metadata.</summary>
    public string? Payload { get; set; }

    /// <summary>How long the cue stays active (required); sent as whole seconds, at least 1.</summary>
    public TimeSpan? Duration { get; set; }
}

/// <summary>The wire form of <see cref="TimedMetadataOptions"/>: the duration as integer seconds.</summary>
internal sealed class TimedMetadataBody
{
    [JsonPropertyName("payload")]
    public string Payload { get; set; } = string.Empty;

    [JsonPropertyName("duration")]
    public long Duration { get; set; }
}

/// <summary>Filters for <see cref="ILiveStreamsService.ListAsync"/>.</summary>
public sealed class LiveStreamListOptions
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
