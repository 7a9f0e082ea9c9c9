using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>
/// A template's destinations (<c>destinations</c>): browser recordings, RTMP, HLS and transcription, each a map keyed by
/// destination name. Used both as the API's answer and as the body of <see cref="ITemplatesService.UpdateDestinationsAsync"/>.
/// </summary>
public sealed class TemplateDestinations
{
    /// <summary>Browser recordings by name. Deprecated by the API in favour of recording configs (<see cref="RecordingConfig"/>).</summary>
    [JsonPropertyName("browserRecordings")]
    public IDictionary<string, TemplateBrowserRecordingDestination>? BrowserRecordings { get; set; }

    /// <summary>RTMP destinations by name.</summary>
    [JsonPropertyName("rtmpDestinations")]
    public IDictionary<string, TemplateRtmpDestination>? RtmpDestinations { get; set; }

    /// <summary>HLS destinations by name.</summary>
    [JsonPropertyName("hlsDestinations")]
    public IDictionary<string, TemplateHlsDestination>? HlsDestinations { get; set; }

    /// <summary>Transcription destinations by name.</summary>
    [JsonPropertyName("transcriptions")]
    public IDictionary<string, TemplateTranscriptionDestination>? Transcriptions { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>What every beam destination of a template (browser recording, RTMP, HLS) has: a name, a duration cap and an auto-stop timeout.</summary>
public abstract class TemplateBeamDestination
{
    /// <summary>Initializes the shared fields of a derived type.</summary>
    protected TemplateBeamDestination()
    {
    }

    /// <summary>The destination name (required by the API).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Maximum recording or stream duration in seconds.</summary>
    [JsonPropertyName("maxDuration")]
    public int? MaxDuration { get; set; }

    /// <summary>Seconds to wait after everyone left before stopping.</summary>
    [JsonPropertyName("autoStopTimeout")]
    public int? AutoStopTimeout { get; set; }
}

/// <summary>A browser-recording destination (deprecated by the API).</summary>
public sealed class TemplateBrowserRecordingDestination : TemplateBeamDestination
{
    /// <summary>Recorded width in pixels.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Recorded height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Thumbnail dimensions.</summary>
    [JsonPropertyName("thumbnails")]
    public TemplateThumbnails? Thumbnails { get; set; }

    /// <summary>Lifetime of pre-signed URLs in seconds.</summary>
    [JsonPropertyName("presignDuration")]
    public int? PresignDuration { get; set; }

    /// <summary>The role the recorder joins as (required by the API).</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>Starts recording automatically when the room is joined.</summary>
    [JsonPropertyName("autoStart")]
    public bool? AutoStart { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An RTMP destination.</summary>
public sealed class TemplateRtmpDestination : TemplateBeamDestination
{
    /// <summary>Stream width in pixels.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Stream height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>The RTMP ingest URLs (at most 3).</summary>
    [JsonPropertyName("rtmpUrls")]
    public IList<string>? RtmpUrls { get; set; }

    /// <summary>Also records the stream; has no effect on streaming.</summary>
    [JsonPropertyName("recordingEnabled")]
    public bool? RecordingEnabled { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>An HLS destination.</summary>
public sealed class TemplateHlsDestination : TemplateBeamDestination
{
    /// <summary>The role whose view is streamed (shown in the destinations responses of the docs).</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>Video layers in descending resolution and bitrate.</summary>
    [JsonPropertyName("layers")]
    public IList<TemplateHlsLayer>? Layers { get; set; }

    /// <summary>The playlist type: <c>event</c> or <c>live</c>.</summary>
    [JsonPropertyName("playlistType")]
    public HlsPlaylistType? PlaylistType { get; set; }

    /// <summary>Segments kept in a <c>live</c> playlist (3–150, default 5; 2 s each).</summary>
    [JsonPropertyName("numPlaylistSegments")]
    public int? NumPlaylistSegments { get; set; }

    /// <summary>Frames per second of the stream.</summary>
    [JsonPropertyName("videoFrameRate")]
    public int? VideoFrameRate { get; set; }

    /// <summary>Allows timed metadata insertion into the stream.</summary>
    [JsonPropertyName("enableMetadataInsertion")]
    public bool? EnableMetadataInsertion { get; set; }

    /// <summary>Serves the stream from a static URL.</summary>
    [JsonPropertyName("enableStaticUrl")]
    public bool? EnableStaticUrl { get; set; }

    /// <summary>HLS recording settings.</summary>
    [JsonPropertyName("recording")]
    public TemplateHlsRecording? Recording { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One HLS video layer (even dimensions; shorter side 144–1080, longer side 192–1920).</summary>
public sealed class TemplateHlsLayer
{
    /// <summary>Width in pixels.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Video bitrate in kbps.</summary>
    [JsonPropertyName("videoBitrate")]
    public int? VideoBitrate { get; set; }

    /// <summary>Audio bitrate in kbps.</summary>
    [JsonPropertyName("audioBitrate")]
    public int? AudioBitrate { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>HLS recording settings of an HLS destination.</summary>
public sealed class TemplateHlsRecording
{
    /// <summary>Produces an HLS VOD (m3u8) asset.</summary>
    [JsonPropertyName("hlsVod")]
    public bool? HlsVod { get; set; }

    /// <summary>Produces one MP4 file per layer.</summary>
    [JsonPropertyName("singleFilePerLayer")]
    public bool? SingleFilePerLayer { get; set; }

    /// <summary>Uploads the VOD asset zipped (only with your own bucket).</summary>
    [JsonPropertyName("enableZipUpload")]
    public bool? EnableZipUpload { get; set; }

    /// <summary>Recorded layers, a subset of the destination's layers (all of them when absent).</summary>
    [JsonPropertyName("layers")]
    public IList<TemplateHlsLayer>? Layers { get; set; }

    /// <summary>Thumbnail settings.</summary>
    [JsonPropertyName("thumbnails")]
    public TemplateThumbnails? Thumbnails { get; set; }

    /// <summary>Lifetime of pre-signed URLs in seconds.</summary>
    [JsonPropertyName("presignDuration")]
    public int? PresignDuration { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Thumbnail settings shared by recordings, HLS recordings and recording configs.</summary>
public sealed class TemplateThumbnails
{
    /// <summary>Generates thumbnails.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Thumbnail width in pixels.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Thumbnail height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Offsets in seconds at which thumbnails are taken.</summary>
    [JsonPropertyName("offsets")]
    public IList<int>? Offsets { get; set; }

    /// <summary>Thumbnail frame rate.</summary>
    [JsonPropertyName("fps")]
    public int? Fps { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A transcription destination: the tracks subscribed to by <see cref="Role"/> are transcribed.</summary>
public sealed class TemplateTranscriptionDestination
{
    /// <summary>The destination name (required by the API).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The role whose subscriptions are transcribed (required by the API).</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>When transcription runs: <c>recorded</c>, <c>live</c> and/or <c>caption</c>.</summary>
    [JsonPropertyName("modes")]
    public IList<TemplateTranscriptionMode>? Modes { get; set; }

    /// <summary>Transcript formats for recorded mode: <c>txt</c>, <c>srt</c>, <c>json</c>.</summary>
    [JsonPropertyName("outputModes")]
    public IList<TranscriptionOutputMode>? OutputModes { get; set; }

    /// <summary>Words likely to be spoken (names, jargon).</summary>
    [JsonPropertyName("customVocabulary")]
    public IList<string>? CustomVocabulary { get; set; }

    /// <summary>AI summary settings (recorded mode).</summary>
    [JsonPropertyName("summary")]
    public TemplateTranscriptionSummary? Summary { get; set; }

    /// <summary>Translation settings (caption mode only).</summary>
    [JsonPropertyName("translation")]
    public TemplateTranscriptionTranslation? Translation { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// AI summary settings of a transcription destination. The argument table names the switch <c>enable</c> while the
/// request sample sends <c>enabled</c>: <see cref="Enabled"/> is sent as <c>enabled</c> and read from either.
/// </summary>
public sealed class TemplateTranscriptionSummary
{
    /// <summary>Generates a summary.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Context about the meeting for the summarizer (at most 300 characters).</summary>
    [JsonPropertyName("context")]
    public string? Context { get; set; }

    /// <summary>Creativity from 0.1 to 1.0 (default 0.5).</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; set; }

    /// <summary>The summary's sections (at most 6).</summary>
    [JsonPropertyName("sections")]
    public IList<TemplateTranscriptionSummarySection>? Sections { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    // The argument table's spelling; read into Enabled, never written.
    [JsonInclude]
    [JsonPropertyName("enable")]
    internal bool? EnableAlias
    {
        get => null;
        set => Enabled ??= value;
    }
}

/// <summary>A section of an AI summary.</summary>
public sealed class TemplateTranscriptionSummarySection
{
    /// <summary>The section title, for example <c>Agenda</c> (at most 100 characters).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>The section format: <c>bullets</c> or <c>paragraph</c>.</summary>
    [JsonPropertyName("format")]
    public SummarySectionFormat? Format { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Caption translation settings of a transcription destination.</summary>
public sealed class TemplateTranscriptionTranslation
{
    /// <summary>Translates captions.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>The caption language per role, for example <c>{"viewer": "es"}</c>.</summary>
    [JsonPropertyName("roleLanguages")]
    public IDictionary<string, string>? RoleLanguages { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
