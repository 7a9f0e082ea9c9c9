using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>Whether a poll is a plain poll or a scored quiz. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<PollType>))]
public readonly partial struct PollType
{
    /// <summary><c>poll</c>: a plain poll (the default).</summary>
    public static PollType Poll { get; } = new("poll");

    /// <summary><c>quiz</c>: a quiz with correct answers and scores.</summary>
    public static PollType Quiz { get; } = new("quiz");
}
