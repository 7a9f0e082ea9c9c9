using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The kind of a recorded stream. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<WebhookStreamType>))]
public readonly partial struct WebhookStreamType
{
    /// <summary><c>regular</c>: the peer's camera and microphone stream.</summary>
    public static WebhookStreamType Regular { get; } = new("regular");

    /// <summary><c>screen</c>: a screen share.</summary>
    public static WebhookStreamType Screen { get; } = new("screen");

    /// <summary><c>audio</c>: an audio-only stream.</summary>
    public static WebhookStreamType Audio { get; } = new("audio");
}
