using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>A video size in pixels, sent when starting a job and returned on jobs and asset metadata.</summary>
public sealed class VideoResolution
{
    /// <summary>Creates an empty resolution (for deserialization and object initializers).</summary>
    public VideoResolution()
    {
    }

    /// <summary>Creates a resolution.</summary>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    public VideoResolution(int width, int height)
    {
        Width = width;
        Height = height;
    }

    /// <summary>The width in pixels.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>The height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Width?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}x{Height?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}";
}
