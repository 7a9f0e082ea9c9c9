using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>How one section of an AI summary is written. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<SummarySectionFormat>))]
public readonly partial struct SummarySectionFormat
{
    /// <summary><c>bullets</c>: A bulleted list.</summary>
    public static SummarySectionFormat Bullets { get; } = new("bullets");

    /// <summary><c>paragraph</c>: Running prose.</summary>
    public static SummarySectionFormat Paragraph { get; } = new("paragraph");
}
