using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>A webhook delivery outcome, used to filter delivery history and replays. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<WebhookDeliveryStatus>))]
public readonly partial struct WebhookDeliveryStatus
{
    /// <summary><c>all</c>: every delivery (history filter only).</summary>
    public static WebhookDeliveryStatus All { get; } = new("all");

    /// <summary><c>failed</c>: deliveries the endpoint did not accept.</summary>
    public static WebhookDeliveryStatus Failed { get; } = new("failed");

    /// <summary><c>success</c>: deliveries the endpoint accepted.</summary>
    public static WebhookDeliveryStatus Success { get; } = new("success");
}
