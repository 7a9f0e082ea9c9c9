using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>
/// A template (policy): the roles, settings, destinations and plugins rooms created from it use.
/// Template JSON is camelCase, unlike the rest of the API; where the documentation shows both spellings
/// (<c>customerId</c>/<c>customer_id</c>, <c>createdAt</c>/<c>created_at</c>, <c>id</c>/<c>_id</c>) either is read.
/// </summary>
public sealed class Template : TemplateDefinition
{
    /// <summary>The template id (read from <c>id</c>, or the deprecated <c>_id</c> when <c>id</c> is absent).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>True for the workspace's default template.</summary>
    [JsonPropertyName("default")]
    public bool? IsDefault { get; set; }

    /// <summary>The workspace (customer) id.</summary>
    [JsonPropertyName("customerId")]
    public string? CustomerId { get; set; }

    /// <summary>The deprecated <c>customer</c> field (the customer id again).</summary>
    [JsonPropertyName("customer")]
    public string? Customer { get; set; }

    /// <summary>The app id.</summary>
    [JsonPropertyName("appId")]
    public string? AppId { get; set; }

    /// <summary>When the template was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the template was last changed.</summary>
    [JsonPropertyName("updatedAt")]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    // The aliases below are read-only fallbacks for the other documented spellings; they never serialize
    // (getters return null) and never override the primary camelCase field.
    [JsonInclude]
    [JsonPropertyName("_id")]
    internal string? LegacyIdAlias
    {
        get => null;
        set => Id ??= value;
    }

    [JsonInclude]
    [JsonPropertyName("customer_id")]
    internal string? CustomerIdAlias
    {
        get => null;
        set => CustomerId ??= value;
    }

    [JsonInclude]
    [JsonPropertyName("created_at")]
    internal DateTimeOffset? CreatedAtAlias
    {
        get => null;
        set => CreatedAt ??= value;
    }

    [JsonInclude]
    [JsonPropertyName("updated_at")]
    internal DateTimeOffset? UpdatedAtAlias
    {
        get => null;
        set => UpdatedAt ??= value;
    }
}
