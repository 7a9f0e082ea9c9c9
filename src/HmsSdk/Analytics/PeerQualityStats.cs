using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>
/// Per-track network and media quality of one peer in one session (<c>GET /analytics/peer-stats</c>), available after
/// the session ends. Every series is sampled at the instants in its <c>Timestamps</c> (unix milliseconds).
/// </summary>
public sealed class PeerQualityStats
{
    /// <summary>The peer id.</summary>
    [JsonPropertyName("peer_id")]
    public string? PeerId { get; init; }

    /// <summary>The session id.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; init; }

    /// <summary>The room id.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; init; }

    /// <summary>The tracks the peer published.</summary>
    [JsonPropertyName("publisher")]
    public PublisherQualityStats? Publisher { get; init; }

    /// <summary>The tracks the peer received.</summary>
    [JsonPropertyName("subscriber")]
    public SubscriberQualityStats? Subscriber { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Quality of the tracks a peer published.</summary>
public sealed class PublisherQualityStats
{
    /// <summary>One entry per published video track (and simulcast layer).</summary>
    [JsonPropertyName("video")]
    public IList<PublisherVideoTrackStats>? Video { get; init; }

    /// <summary>One entry per published audio track.</summary>
    [JsonPropertyName("audio")]
    public IList<PublisherAudioTrackStats>? Audio { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Quality of the tracks a peer received.</summary>
public sealed class SubscriberQualityStats
{
    /// <summary>One entry per received video track.</summary>
    [JsonPropertyName("video")]
    public IList<SubscriberVideoTrackStats>? Video { get; init; }

    /// <summary>One entry per received audio track.</summary>
    [JsonPropertyName("audio")]
    public IList<SubscriberAudioTrackStats>? Audio { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A published video track (one simulcast layer).</summary>
public sealed class PublisherVideoTrackStats : TrackQualityStats<PublisherVideoTimeSeries>
{
    /// <summary>Camera (<c>regular</c>) or <c>screen</c>.</summary>
    [JsonPropertyName("type")]
    public AnalyticsTrackSource? Type { get; init; }

    /// <summary>The simulcast layer: <c>h</c>, <c>m</c>, <c>l</c>, or null without simulcast.</summary>
    [JsonPropertyName("rid")]
    public string? Rid { get; init; }
}

/// <summary>A published audio track.</summary>
public sealed class PublisherAudioTrackStats : TrackQualityStats<PublisherAudioTimeSeries>
{
}

/// <summary>A received video track.</summary>
public sealed class SubscriberVideoTrackStats : TrackQualityStats<SubscriberVideoTimeSeries>
{
    /// <summary>Camera (<c>regular</c>) or <c>screen</c>.</summary>
    [JsonPropertyName("type")]
    public AnalyticsTrackSource? Type { get; init; }
}

/// <summary>A received audio track.</summary>
public sealed class SubscriberAudioTrackStats : TrackQualityStats<SubscriberAudioTimeSeries>
{
}

/// <summary>Samples of a published video track.</summary>
public sealed class PublisherVideoTimeSeries : TrackQualityTimeSeries
{
    /// <summary>Frames per second.</summary>
    [JsonPropertyName("fps")]
    public double?[]? Fps { get; init; }

    /// <summary>Packet loss in percent.</summary>
    [JsonPropertyName("packet_loss_percent")]
    public double?[]? PacketLossPercent { get; init; }

    /// <summary>Round-trip time in milliseconds.</summary>
    [JsonPropertyName("rtt_ms")]
    public double?[]? RttMs { get; init; }
}

/// <summary>Samples of a published audio track.</summary>
public sealed class PublisherAudioTimeSeries : TrackQualityTimeSeries
{
    /// <summary>Packet loss in percent.</summary>
    [JsonPropertyName("packet_loss_percent")]
    public double?[]? PacketLossPercent { get; init; }

    /// <summary>Round-trip time in milliseconds.</summary>
    [JsonPropertyName("rtt_ms")]
    public double?[]? RttMs { get; init; }

    /// <summary>Jitter in milliseconds.</summary>
    [JsonPropertyName("jitter_ms")]
    public double?[]? JitterMs { get; init; }
}

/// <summary>Samples of a received video track.</summary>
public sealed class SubscriberVideoTimeSeries : TrackQualityTimeSeries
{
    /// <summary>Frames per second.</summary>
    [JsonPropertyName("fps")]
    public double?[]? Fps { get; init; }

    /// <summary>Video freezes counted in each sample interval.</summary>
    [JsonPropertyName("freeze_count")]
    public double?[]? FreezeCount { get; init; }
}

/// <summary>Samples of a received audio track.</summary>
public sealed class SubscriberAudioTimeSeries : TrackQualityTimeSeries
{
    /// <summary>Audio samples concealed (synthesised to hide loss) in each sample interval.</summary>
    [JsonPropertyName("concealed_samples")]
    public double?[]? ConcealedSamples { get; init; }

    /// <summary>Packet loss in percent.</summary>
    [JsonPropertyName("packet_loss_percent")]
    public double?[]? PacketLossPercent { get; init; }
}

/// <summary>A track's quality: its id and its samples; the subclasses add the kind's own fields.</summary>
/// <typeparam name="TTimeSeries">The samples of the track kind.</typeparam>
public abstract class TrackQualityStats<TTimeSeries>
    where TTimeSeries : TrackQualityTimeSeries
{
    /// <summary>The track id.</summary>
    [JsonPropertyName("track_id")]
    public string? TrackId { get; init; }

    /// <summary>The samples.</summary>
    [JsonPropertyName("time_series")]
    public TTimeSeries? TimeSeries { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// A track's samples: every array is indexed like <see cref="Timestamps"/>, and any metric entry may be null (no
/// sample; the docs type every series as <c>number|null[]</c> or send <c>[null]</c>). The subclasses add the metrics
/// of the track kind.
/// </summary>
public abstract class TrackQualityTimeSeries
{
    /// <summary>Sample instants in unix milliseconds; see <see cref="GetSampleTimes"/>.</summary>
    [JsonPropertyName("timestamps")]
    public long[]? Timestamps { get; init; }

    /// <summary>Bitrate in bits per second; an entry is null when nothing was measured for that sample.</summary>
    [JsonPropertyName("bitrate")]
    public double?[]? Bitrate { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Converts <see cref="Timestamps"/> to UTC instants.</summary>
    /// <returns>One instant per sample; empty when there are no timestamps.</returns>
    public IReadOnlyList<DateTimeOffset> GetSampleTimes() => QualityTimestamps.ToDateTimeOffsets(Timestamps);
}

/// <summary>Unix-millisecond conversion shared by the time series.</summary>
internal static class QualityTimestamps
{
    public static IReadOnlyList<DateTimeOffset> ToDateTimeOffsets(long[]? timestamps)
    {
        if (timestamps is null || timestamps.Length == 0)
        {
            return Array.Empty<DateTimeOffset>();
        }

        var result = new DateTimeOffset[timestamps.Length];
        for (var i = 0; i < timestamps.Length; i++)
        {
            result[i] = DateTimeOffset.FromUnixTimeMilliseconds(timestamps[i]);
        }

        return result;
    }
}
