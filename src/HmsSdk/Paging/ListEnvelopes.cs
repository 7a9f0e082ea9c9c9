using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>The API's generic list envelope <c>{limit, data, last}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class HmsListResponse<T>
{
    /// <summary>The page size the server applied.</summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; set; }

    /// <summary>The items.</summary>
    [JsonPropertyName("data")]
    public IList<T>? Data { get; set; }

    /// <summary>The id of the last item; send it as <c>start</c> for the next page. Null or empty at the end.</summary>
    [JsonPropertyName("last")]
    public string? Last { get; set; }

    /// <summary>An error string some bulk operations add (live and external stream stop-all).</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The analytics events envelope <c>{limit, total, next, events}</c>.</summary>
/// <typeparam name="T">The event type.</typeparam>
internal sealed class HmsEventListResponse<T>
{
    /// <summary>The page size the server applied.</summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; set; }

    /// <summary>The total number of matching events.</summary>
    [JsonPropertyName("total")]
    public long? Total { get; set; }

    /// <summary>The cursor for the next page (sent as <c>start</c>); empty when exhausted.</summary>
    [JsonPropertyName("next")]
    public string? Next { get; set; }

    /// <summary>The events.</summary>
    [JsonPropertyName("events")]
    public IList<T>? Events { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
