using System.Text.Json;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Analytics;

/// <summary>Source-generated metadata for every analytics model and request body.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(AnalyticsEvent))]
[JsonSerializable(typeof(TrackEvent))]
[JsonSerializable(typeof(TrackEventData))]
[JsonSerializable(typeof(RecordingEvent))]
[JsonSerializable(typeof(RecordingEventData))]
[JsonSerializable(typeof(HmsSdk.Webhooks.WebhookRtmpDestination))]
[JsonSerializable(typeof(ErrorEvent))]
[JsonSerializable(typeof(ErrorEventData))]
[JsonSerializable(typeof(HmsEventListResponse<AnalyticsEvent>))]
[JsonSerializable(typeof(HmsEventListResponse<TrackEvent>))]
[JsonSerializable(typeof(HmsEventListResponse<RecordingEvent>))]
[JsonSerializable(typeof(HmsEventListResponse<ErrorEvent>))]
[JsonSerializable(typeof(WebhookDeliveryPage))]
[JsonSerializable(typeof(WebhookDelivery))]
[JsonSerializable(typeof(WebhookDeliveryPayload))]
[JsonSerializable(typeof(WebhookHistoryPagination))]
[JsonSerializable(typeof(WebhookHistorySummary))]
[JsonSerializable(typeof(WebhookReplayOptions))]
[JsonSerializable(typeof(WebhookReplayResult))]
[JsonSerializable(typeof(WebhookReplayWorkflow))]
[JsonSerializable(typeof(WebhookReplayFilters))]
[JsonSerializable(typeof(WebhookReplayProgress))]
[JsonSerializable(typeof(WebhookReplayOutcome))]
[JsonSerializable(typeof(PeerQualityStats))]
[JsonSerializable(typeof(PublisherQualityStats))]
[JsonSerializable(typeof(SubscriberQualityStats))]
[JsonSerializable(typeof(PublisherVideoTrackStats))]
[JsonSerializable(typeof(PublisherAudioTrackStats))]
[JsonSerializable(typeof(SubscriberVideoTrackStats))]
[JsonSerializable(typeof(SubscriberAudioTrackStats))]
[JsonSerializable(typeof(PublisherVideoTimeSeries))]
[JsonSerializable(typeof(PublisherAudioTimeSeries))]
[JsonSerializable(typeof(SubscriberVideoTimeSeries))]
[JsonSerializable(typeof(SubscriberAudioTimeSeries))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class AnalyticsJsonContext : JsonSerializerContext
{
}
