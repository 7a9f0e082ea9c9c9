using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>How a poll question's text is rendered. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<PollQuestionFormat>))]
public readonly partial struct PollQuestionFormat
{
    /// <summary><c>text</c>: plain text (the default).</summary>
    public static PollQuestionFormat Text { get; } = new("text");
}
