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
    public string? PeerId { get; set; }

    /// <summary>The session id.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; set; }

    /// <summary>The room id.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; set; }

    /// <summary>The tracks the peer published.</summary>
    [JsonPropertyName("publisher")]
    public PublisherQualityStats? Publisher { get; set; }

    /// <summary>The tracks the peer received.</summary>
    [JsonPropertyName("subscriber")]
    public SubscriberQualityStats? Subscriber { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Quality of the tracks a peer published.</summary>
public sealed class PublisherQualityStats
{
    /// <summary>One entry per published video track (and simulcast layer).</summary>
    [JsonPropertyName("video")]
    public IList<PublisherVideoTrackStats>? Video { get; set; }

    /// <summary>One entry per published audio track.</summary>
    [JsonPropertyName("audio")]
    public IList<PublisherAudioTrackStats>? Audio { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Quality of the tracks a peer received.</summary>
public sealed class SubscriberQualityStats
{
    /// <summary>One entry per received video track.</summary>
    [JsonPropertyName("video")]
    public IList<SubscriberVideoTrackStats>? Video { get; set; }

    /// <summary>One entry per received audio track.</summary>
    [JsonPropertyName("audio")]
    public IList<SubscriberAudioTrackStats>? Audio { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A published video track (one simulcast layer).</summary>
public sealed class PublisherVideoTrackStats
{
    /// <summary>The track id.</summary>
    [JsonPropertyName("track_id")]
    public string? TrackId { get; set; }

    /// <summary>Camera (<c>regular</c>) or <c>screen</c>.</summary>
    [JsonPropertyName("type")]
    public AnalyticsTrackSource? Type { get; set; }

    /// <summary>The simulcast layer: <c>h</c>, <c>m</c>, <c>l</c>, or null without simulcast.</summary>
    [JsonPropertyName("rid")]
    public string? Rid { get; set; }

    /// <summary>The samples.</summary>
    [JsonPropertyName("time_series")]
    public PublisherVideoTimeSeries? TimeSeries { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A published audio track.</summary>
public sealed class PublisherAudioTrackStats
{
    /// <summary>The track id.</summary>
    [JsonPropertyName("track_id")]
    public string? TrackId { get; set; }

    /// <summary>The samples.</summary>
    [JsonPropertyName("time_series")]
    public PublisherAudioTimeSeries? TimeSeries { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A received video track.</summary>
public sealed class SubscriberVideoTrackStats
{
    /// <summary>The track id.</summary>
    [JsonPropertyName("track_id")]
    public string? TrackId { get; set; }

    /// <summary>Camera (<c>regular</c>) or <c>screen</c>.</summary>
    [JsonPropertyName("type")]
    public AnalyticsTrackSource? Type { get; set; }

    /// <summary>The samples.</summary>
    [JsonPropertyName("time_series")]
    public SubscriberVideoTimeSeries? TimeSeries { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A received audio track.</summary>
public sealed class SubscriberAudioTrackStats
{
    /// <summary>The track id.</summary>
    [JsonPropertyName("track_id")]
    public string? TrackId { get; set; }

    /// <summary>The samples.</summary>
    [JsonPropertyName("time_series")]
    public SubscriberAudioTimeSeries? TimeSeries { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Samples of a published video track; every array is indexed like <see cref="Timestamps"/>, and any metric entry may be null (no sample; the docs type every series as <c>number|null[]</c> or send <c>[null]</c>).</summary>
public sealed class PublisherVideoTimeSeries
{
    /// <summary>Sample instants in unix milliseconds; see <see cref="GetSampleTimes"/>.</summary>
    [JsonPropertyName("timestamps")]
    public long[]? Timestamps { get; set; }

    /// <summary>Bitrate in bits per second; an entry is null when nothing was measured for that sample.</summary>
    [JsonPropertyName("bitrate")]
    public double?[]? Bitrate { get; set; }

    /// <summary>Frames per second.</summary>
    [JsonPropertyName("fps")]
    public double?[]? Fps { get; set; }

    /// <summary>Packet loss in percent.</summary>
    [JsonPropertyName("packet_loss_percent")]
    public double?[]? PacketLossPercent { get; set; }

    /// <summary>Round-trip time in milliseconds.</summary>
    [JsonPropertyName("rtt_ms")]
    public double?[]? RttMs { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Converts <see cref="Timestamps"/> to UTC instants.</summary>
    /// <returns>One instant per sample; empty when there are no timestamps.</returns>
    public IReadOnlyList<DateTimeOffset> GetSampleTimes() => QualityTimestamps.ToDateTimeOffsets(Timestamps);
}

/// <summary>Samples of a published audio track; every array is indexed like <see cref="Timestamps"/>, and any metric entry may be null (no sample; the docs type every series as <c>number|null[]</c> or send <c>[null]</c>).</summary>
public sealed class PublisherAudioTimeSeries
{
    /// <summary>Sample instants in unix milliseconds; see <see cref="GetSampleTimes"/>.</summary>
    [JsonPropertyName("timestamps")]
    public long[]? Timestamps { get; set; }

    /// <summary>Bitrate in bits per second; an entry is null when nothing was measured for that sample.</summary>
    [JsonPropertyName("bitrate")]
    public double?[]? Bitrate { get; set; }

    /// <summary>Packet loss in percent.</summary>
    [JsonPropertyName("packet_loss_percent")]
    public double?[]? PacketLossPercent { get; set; }

    /// <summary>Round-trip time in milliseconds.</summary>
    [JsonPropertyName("rtt_ms")]
    public double?[]? RttMs { get; set; }

    /// <summary>Jitter in milliseconds.</summary>
    [JsonPropertyName("jitter_ms")]
    public double?[]? JitterMs { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Converts <see cref="Timestamps"/> to UTC instants.</summary>
    /// <returns>One instant per sample; empty when there are no timestamps.</returns>
    public IReadOnlyList<DateTimeOffset> GetSampleTimes() => QualityTimestamps.ToDateTimeOffsets(Timestamps);
}

/// <summary>Samples of a received video track; every array is indexed like <see cref="Timestamps"/>, and any metric entry may be null (no sample; the docs type every series as <c>number|null[]</c> or send <c>[null]</c>).</summary>
public sealed class SubscriberVideoTimeSeries
{
    /// <summary>Sample instants in unix milliseconds; see <see cref="GetSampleTimes"/>.</summary>
    [JsonPropertyName("timestamps")]
    public long[]? Timestamps { get; set; }

    /// <summary>Bitrate in bits per second; an entry is null when no bitrate was measured for that sample.</summary>
    [JsonPropertyName("bitrate")]
    public double?[]? Bitrate { get; set; }

    /// <summary>Frames per second.</summary>
    [JsonPropertyName("fps")]
    public double?[]? Fps { get; set; }

    /// <summary>Video freezes counted in each sample interval.</summary>
    [JsonPropertyName("freeze_count")]
    public double?[]? FreezeCount { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Converts <see cref="Timestamps"/> to UTC instants.</summary>
    /// <returns>One instant per sample; empty when there are no timestamps.</returns>
    public IReadOnlyList<DateTimeOffset> GetSampleTimes() => QualityTimestamps.ToDateTimeOffsets(Timestamps);
}

/// <summary>Samples of a received audio track; every array is indexed like <see cref="Timestamps"/>, and any metric entry may be null (no sample; the docs type every series as <c>number|null[]</c> or send <c>[null]</c>).</summary>
public sealed class SubscriberAudioTimeSeries
{
    /// <summary>Sample instants in unix milliseconds; see <see cref="GetSampleTimes"/>.</summary>
    [JsonPropertyName("timestamps")]
    public long[]? Timestamps { get; set; }

    /// <summary>Bitrate in bits per second; an entry is null when nothing was measured for that sample.</summary>
    [JsonPropertyName("bitrate")]
    public double?[]? Bitrate { get; set; }

    /// <summary>Audio samples concealed (synthesised to hide loss) in each sample interval.</summary>
    [JsonPropertyName("concealed_samples")]
    public double?[]? ConcealedSamples { get; set; }

    /// <summary>Packet loss in percent.</summary>
    [JsonPropertyName("packet_loss_percent")]
    public double?[]? PacketLossPercent { get; set; }

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
