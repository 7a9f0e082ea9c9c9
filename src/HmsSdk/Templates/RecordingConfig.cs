using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>
/// A template's recording configuration (<c>/templates/{id}/recordings</c>), which supersedes
/// <see cref="TemplateDestinations.BrowserRecordings"/> and <see cref="TemplateRecordingSettings.Enabled"/>.
/// </summary>
public sealed class RecordingConfig
{
    /// <summary>Identifies the configuration (required).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>A role of the template, used to record (required).</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>Maximum recording duration in seconds.</summary>
    [JsonPropertyName("maxDuration")]
    public int? MaxDuration { get; set; }

    /// <summary>Lifetime of pre-signed URLs in seconds.</summary>
    [JsonPropertyName("presignDuration")]
    public int? PresignDuration { get; set; }

    /// <summary>Thumbnail settings.</summary>
    [JsonPropertyName("thumbnails")]
    public TemplateThumbnails? Thumbnails { get; set; }

    /// <summary>Composite (single-video) recording settings.</summary>
    [JsonPropertyName("compositeRecording")]
    public CompositeRecordingConfig? CompositeRecording { get; set; }

    /// <summary>Per-track recording settings.</summary>
    [JsonPropertyName("trackRecording")]
    public TrackRecordingConfig? TrackRecording { get; set; }

    /// <summary>Stream recording settings.</summary>
    [JsonPropertyName("streamRecording")]
    public StreamRecordingConfig? StreamRecording { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Composite recording settings of a <see cref="RecordingConfig"/>.</summary>
public sealed class CompositeRecordingConfig
{
    /// <summary>Browser-based composite recording.</summary>
    [JsonPropertyName("browserComposite")]
    public BrowserCompositeRecordingConfig? BrowserComposite { get; set; }

    /// <summary>Custom composite recording.</summary>
    [JsonPropertyName("customComposite")]
    public CustomCompositeRecordingConfig? CustomComposite { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Browser composite recording settings.</summary>
public sealed class BrowserCompositeRecordingConfig
{
    /// <summary>Starts recording automatically when the room is joined (default false).</summary>
    [JsonPropertyName("autoStart")]
    public bool? AutoStart { get; set; }

    /// <summary>Seconds to wait after everyone left before stopping.</summary>
    [JsonPropertyName("autoStopTimeout")]
    public int? AutoStopTimeout { get; set; }

    /// <summary>Recorded width in pixels.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Recorded height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>
    /// Whether browser composite recording is on. Shown by the recordings config responses of the docs
    /// (<c>policy/configure-recordings.mdx</c>) but missing from its attribute table.
    /// </summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Custom composite recording settings.</summary>
public sealed class CustomCompositeRecordingConfig
{
    /// <summary>Enables custom composite recording (default false).</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Track recording settings.</summary>
public sealed class TrackRecordingConfig
{
    /// <summary>Enables per-track recording (default false).</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Stream recording settings.</summary>
public sealed class StreamRecordingConfig
{
    /// <summary>Enables stream recording (default false).</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Recorded width in pixels.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Recorded height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
