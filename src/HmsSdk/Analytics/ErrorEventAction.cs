using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>What the client was doing when an analytics error event was raised. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<ErrorEventAction>))]
public readonly partial struct ErrorEventAction
{
    /// <summary><c>JOIN</c>: joining the room.</summary>
    public static ErrorEventAction Join { get; } = new("JOIN");

    /// <summary><c>PUBLISH</c>: publishing a track.</summary>
    public static ErrorEventAction Publish { get; } = new("PUBLISH");

    /// <summary><c>SUBSCRIBE</c>: subscribing to a track.</summary>
    public static ErrorEventAction Subscribe { get; } = new("SUBSCRIBE");
}
