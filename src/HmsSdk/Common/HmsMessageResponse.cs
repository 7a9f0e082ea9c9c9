using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>The <c>{"message": "..."}</c> acknowledgement that action endpoints return.</summary>
public sealed class HmsMessageResponse
{
    /// <summary>The server's acknowledgement text, for example <c>message sent</c>.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
