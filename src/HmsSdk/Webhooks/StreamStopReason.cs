using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>Why RTMP streaming, browser recording or HLS stopped. Failures arrive as <c>failure: &lt;error_type&gt;</c>. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<StreamStopReason>))]
public readonly partial struct StreamStopReason
{
    /// <summary><c>client request</c>: a stop request from the app, the API or room end.</summary>
    public static StreamStopReason ClientRequest { get; } = new("client request");

    /// <summary><c>max duration reached</c>: the template's maximum duration elapsed.</summary>
    public static StreamStopReason MaxDurationReached { get; } = new("max duration reached");

    /// <summary><c>room ended</c>: the room ended without a stop request.</summary>
    public static StreamStopReason RoomEnded { get; } = new("room ended");

    /// <summary><c>last peer left</c>: nobody but the recorder was left in the room for a while.</summary>
    public static StreamStopReason LastPeerLeft { get; } = new("last peer left");
}
