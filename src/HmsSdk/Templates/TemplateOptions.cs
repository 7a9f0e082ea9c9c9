using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>What a template is made of: the fields a template, its create body and its update body share.</summary>
public abstract class TemplateDefinition
{
    /// <summary>Initializes the shared fields of a derived type.</summary>
    protected TemplateDefinition()
    {
    }

    /// <summary>
    /// The unique name, of <c>a-z A-Z 0-9</c>, space, <c>-</c>, <c>.</c>, <c>_</c> and <c>:</c>; on create a name is
    /// generated when absent, on update null leaves the name unchanged.
    /// </summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Roles keyed by role name; empty role objects get the server's defaults. An update replaces the whole set: roles left out are deleted.</summary>
    [JsonPropertyName("roles")]
    public IDictionary<string, TemplateRole>? Roles { get; set; }

    /// <summary>Global settings.</summary>
    [JsonPropertyName("settings")]
    public TemplateSettings? Settings { get; set; }

    /// <summary>Recording, streaming and transcription destinations.</summary>
    [JsonPropertyName("destinations")]
    public TemplateDestinations? Destinations { get; set; }

    /// <summary>Plugins (whiteboard, captions); an update does not send them when null.</summary>
    [JsonPropertyName("plugins")]
    public TemplatePlugins? Plugins { get; set; }
}

/// <summary>The body of <see cref="ITemplatesService.CreateAsync"/>; every field is optional.</summary>
/// <remarks>Creating a template with the name of an existing one overwrites that template.</remarks>
public sealed class CreateTemplateOptions : TemplateDefinition
{
}

/// <summary>
/// The body of <see cref="ITemplatesService.UpdateAsync"/>. The API <b>overwrites</b> the template with these objects:
/// anything left out of <see cref="TemplateDefinition.Roles"/>, <see cref="TemplateDefinition.Settings"/> or <see cref="TemplateDefinition.Destinations"/> is removed, so start
/// from a retrieved template and change what you need.
/// </summary>
public sealed class UpdateTemplateOptions : TemplateDefinition
{
}

/// <summary>Filters of <see cref="ITemplatesService.ListAsync"/>.</summary>
public sealed class TemplateListOptions
{
    /// <summary>Page size from 10 to 100 (server default 10).</summary>
    public int? Limit { get; set; }
}
