using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>A template's plugins (<c>plugins</c>): whiteboard and in-call caption permissions.</summary>
public sealed class TemplatePlugins
{
    /// <summary>The whiteboard plugin.</summary>
    [JsonPropertyName("whiteboard")]
    public TemplateWhiteboardPlugin? Whiteboard { get; set; }

    /// <summary>
    /// The transcription (closed caption) plugin: one object <c>{permissions: {admin: [...]}, mode: "caption"}</c>, as in
    /// the request, the response and the attribute table of the docs' create-template page.
    /// </summary>
    [JsonPropertyName("transcriptions")]
    public TemplateTranscriptionPlugin? Transcriptions { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The whiteboard plugin.</summary>
public sealed class TemplateWhiteboardPlugin
{
    /// <summary>Which roles administer, write to and read the whiteboard.</summary>
    [JsonPropertyName("permissions")]
    public TemplatePluginPermissions? Permissions { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The transcription plugin (<c>plugins.transcriptions</c>): who may turn captions on, and for which mode.</summary>
public sealed class TemplateTranscriptionPlugin
{
    /// <summary>The transcription mode, documented as <c>caption</c>.</summary>
    [JsonPropertyName("mode")]
    public TemplateTranscriptionMode? Mode { get; set; }

    /// <summary>Which roles administer the plugin.</summary>
    [JsonPropertyName("permissions")]
    public TemplatePluginPermissions? Permissions { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Role lists that hold a plugin permission.</summary>
public sealed class TemplatePluginPermissions
{
    /// <summary>Roles with admin rights.</summary>
    [JsonPropertyName("admin")]
    public IList<string>? Admin { get; set; }

    /// <summary>Roles with write rights (whiteboard).</summary>
    [JsonPropertyName("writer")]
    public IList<string>? Writer { get; set; }

    /// <summary>Roles with read rights (whiteboard).</summary>
    [JsonPropertyName("reader")]
    public IList<string>? Reader { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
