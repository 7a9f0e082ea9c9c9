using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The kind of a recorded track. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<WebhookTrackType>))]
public readonly partial struct WebhookTrackType
{
    /// <summary><c>audio</c>: an audio track.</summary>
    public static WebhookTrackType Audio { get; } = new("audio");

    /// <summary><c>video</c>: a video track.</summary>
    public static WebhookTrackType Video { get; } = new("video");
}
