using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>
/// A webhook event as 100ms delivers it: the envelope fields plus the raw <c>data</c> object.
/// Known event types arrive as a typed subclass (for example <see cref="PeerJoinSucceededEvent"/>);
/// an event type this SDK version does not know arrives as a plain <see cref="HmsWebhookEvent"/>.
/// </summary>
public class HmsWebhookEvent
{
    /// <summary>The payload version, for example <c>2.0</c>.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>The unique id of the event (a UUID). Use it to de-duplicate retried and replayed deliveries.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The 100ms app id the event belongs to.</summary>
    [JsonPropertyName("app_id")]
    public string? AppId { get; set; }

    /// <summary>The 100ms account (customer) id the event belongs to.</summary>
    [JsonPropertyName("account_id")]
    public string? AccountId { get; set; }

    /// <summary>The template id of the room.</summary>
    [JsonPropertyName("template_id")]
    public string? TemplateId { get; set; }

    /// <summary>When 100ms generated the event (UTC).</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset Timestamp { get; set; }

    /// <summary>The event type, for example <see cref="HmsWebhookEventType.PeerJoinSucceeded"/>.</summary>
    [JsonPropertyName("type")]
    public HmsWebhookEventType Type { get; set; }

    /// <summary><see langword="true"/> when the event is a replay requested through the analytics replay API.</summary>
    [JsonPropertyName("is_replay")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsReplay { get; set; }

    /// <summary>The <c>data</c> object exactly as received, for fields and event types the SDK does not model.</summary>
    [JsonPropertyName("data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonElement RawData { get; set; }

    /// <summary>Envelope fields 100ms sent that this version of the SDK does not model, kept as raw JSON.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Describes the event by type and id; never includes the payload.</summary>
    /// <returns>For example <c>peer.join.success 6c75de35-...</c>.</returns>
    public override string ToString() => $"{Type} {Id}";

    internal void CopyEnvelopeFrom(WebhookEnvelope envelope, JsonElement rawData)
    {
        Version = envelope.Version;
        Id = envelope.Id;
        AppId = envelope.AppId;
        AccountId = envelope.AccountId;
        TemplateId = envelope.TemplateId;
        Timestamp = envelope.Timestamp ?? default;
        Type = new HmsWebhookEventType(envelope.Type ?? string.Empty);
        IsReplay = envelope.IsReplay ?? false;
        RawData = rawData;
        AdditionalProperties = envelope.AdditionalProperties;
    }
}

/// <summary>A webhook event whose <c>data</c> object is read into <typeparamref name="TData"/>.</summary>
/// <typeparam name="TData">The typed shape of <c>data</c>.</typeparam>
public abstract class HmsWebhookEvent<TData> : HmsWebhookEvent
    where TData : class, new()
{
    /// <summary>The typed <c>data</c> object; an empty instance when 100ms sent no data.</summary>
    /// <remarks>Not serialized: <see cref="HmsWebhookEvent.RawData"/> is written as <c>data</c>, so a serialized event matches what 100ms sent.</remarks>
    [JsonIgnore]
    public TData Data { get; set; } = new();
}
