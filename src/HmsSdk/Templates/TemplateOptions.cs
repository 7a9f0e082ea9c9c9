using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>The body of <see cref="ITemplatesService.CreateAsync"/>; every field is optional.</summary>
/// <remarks>Creating a template with the name of an existing one overwrites that template.</remarks>
public sealed class CreateTemplateOptions
{
    /// <summary>A unique name of <c>a-z A-Z 0-9</c>, space, <c>-</c>, <c>.</c>, <c>_</c> and <c>:</c>; generated when absent.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Roles keyed by role name; empty role objects get the server's defaults.</summary>
    [JsonPropertyName("roles")]
    public IDictionary<string, TemplateRole>? Roles { get; set; }

    /// <summary>Global settings.</summary>
    [JsonPropertyName("settings")]
    public TemplateSettings? Settings { get; set; }

    /// <summary>Recording, streaming and transcription destinations.</summary>
    [JsonPropertyName("destinations")]
    public TemplateDestinations? Destinations { get; set; }

    /// <summary>Plugins (whiteboard, captions).</summary>
    [JsonPropertyName("plugins")]
    public TemplatePlugins? Plugins { get; set; }
}

/// <summary>
/// The body of <see cref="ITemplatesService.UpdateAsync"/>. The API <b>overwrites</b> the template with these objects:
/// anything left out of <see cref="Roles"/>, <see cref="Settings"/> or <see cref="Destinations"/> is removed, so start
/// from a retrieved template and change what you need.
/// </summary>
public sealed class UpdateTemplateOptions
{
    /// <summary>A new name (same characters as <see cref="CreateTemplateOptions.Name"/>); unchanged when null.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The complete set of roles (required); roles left out are deleted.</summary>
    [JsonPropertyName("roles")]
    public IDictionary<string, TemplateRole>? Roles { get; set; }

    /// <summary>The complete settings (required).</summary>
    [JsonPropertyName("settings")]
    public TemplateSettings? Settings { get; set; }

    /// <summary>The complete destinations (required).</summary>
    [JsonPropertyName("destinations")]
    public TemplateDestinations? Destinations { get; set; }

    /// <summary>The plugins; not sent when null.</summary>
    [JsonPropertyName("plugins")]
    public TemplatePlugins? Plugins { get; set; }
}

/// <summary>Filters of <see cref="ITemplatesService.ListAsync"/>.</summary>
public sealed class TemplateListOptions
{
    /// <summary>Page size from 10 to 100 (server default 10).</summary>
    public int? Limit { get; set; }
}
