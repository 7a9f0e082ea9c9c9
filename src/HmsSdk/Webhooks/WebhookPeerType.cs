using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>How a peer joined: directly or through SIP. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<WebhookPeerType>))]
public readonly partial struct WebhookPeerType
{
    /// <summary><c>regular</c>: joined directly through a client SDK.</summary>
    public static WebhookPeerType Regular { get; } = new("regular");

    /// <summary><c>sip</c>: joined through SIP.</summary>
    public static WebhookPeerType Sip { get; } = new("sip");
}
