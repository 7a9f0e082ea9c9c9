using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>When a poll linked to a room starts. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<PollStart>))]
public readonly partial struct PollStart
{
    /// <summary><c>auto</c>: starts when the room's session starts (the default).</summary>
    public static PollStart Auto { get; } = new("auto");

    /// <summary><c>manual</c>: a peer starts it.</summary>
    public static PollStart Manual { get; } = new("manual");
}
