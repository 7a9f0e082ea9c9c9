using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The kind of answer a poll question takes. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<PollQuestionType>))]
public readonly partial struct PollQuestionType
{
    /// <summary><c>single-choice</c>: pick exactly one option.</summary>
    public static PollQuestionType SingleChoice { get; } = new("single-choice");

    /// <summary><c>multiple-choice</c>: pick one or more options.</summary>
    public static PollQuestionType MultipleChoice { get; } = new("multiple-choice");

    /// <summary><c>short-answer</c>: a short free-text answer.</summary>
    public static PollQuestionType ShortAnswer { get; } = new("short-answer");

    /// <summary><c>long-answer</c>: a long free-text answer.</summary>
    public static PollQuestionType LongAnswer { get; } = new("long-answer");
}
