using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>How a poll identifies who answered. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<PollMode>))]
public readonly partial struct PollMode
{
    /// <summary><c>userid</c>: answers are tracked per user id (the default).</summary>
    public static PollMode UserId { get; } = new("userid");

    /// <summary><c>peerid</c>: answers are tracked per peer id.</summary>
    public static PollMode PeerId { get; } = new("peerid");
}
