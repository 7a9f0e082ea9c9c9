using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HmsSdk.RecordingAssets;

namespace HmsSdk;

/// <summary>A file produced by a recording, live-stream or external-stream job (<c>/recording-assets</c>).</summary>
public sealed class RecordingAsset
{
    /// <summary>The asset id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The id of the job (recording, live stream or external stream) that produced the asset.</summary>
    [JsonPropertyName("job_id")]
    public string? JobId { get; init; }

    /// <summary>The room.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; init; }

    /// <summary>The session.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; init; }

    /// <summary>The kind of file; unknown values are preserved.</summary>
    [JsonPropertyName("type")]
    public RecordingAssetType Type { get; init; }

    /// <summary>Whether the asset was produced; unknown values are preserved.</summary>
    [JsonPropertyName("status")]
    public RecordingAssetStatus Status { get; init; }

    /// <summary>The storage path, for example <c>s3://bucket/prefix/file.mp4</c>.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }

    /// <summary>The size in bytes.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; init; }

    /// <summary>The duration in seconds.</summary>
    [JsonPropertyName("duration")]
    public long? Duration { get; init; }

    /// <summary>When the asset was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Thumbnail paths (<c>room-vod</c> assets only); otherwise null.</summary>
    [JsonPropertyName("thumbnails")]
    public IList<string>? Thumbnails { get; init; }

    /// <summary>Type-dependent details (resolution, layers, output mode, track or stream ids).</summary>
    [JsonPropertyName("metadata")]
    public RecordingAssetMetadata? Metadata { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The type-dependent details of a <see cref="RecordingAsset"/>; each asset type fills a different subset.</summary>
public sealed class RecordingAssetMetadata
{
    /// <summary><c>room-composite</c>: the video size.</summary>
    [JsonPropertyName("resolution")]
    public VideoResolution? Resolution { get; init; }

    /// <summary><c>room-vod</c>: the number of HLS layers (a string in the API; numbers are accepted too).</summary>
    [JsonPropertyName("num_layers")]
    [JsonConverter(typeof(LenientStringJsonConverter))]
    public string? NumLayers { get; init; }

    /// <summary>Per-layer composites of a live stream: the layer this file holds.</summary>
    [JsonPropertyName("layer")]
    [JsonConverter(typeof(LenientStringJsonConverter))]
    public string? Layer { get; init; }

    /// <summary><c>room-vod</c>: the widest layer, in pixels.</summary>
    [JsonPropertyName("max_width")]
    public int? MaxWidth { get; init; }

    /// <summary><c>room-vod</c>: the tallest layer, in pixels.</summary>
    [JsonPropertyName("max_height")]
    public int? MaxHeight { get; init; }

    /// <summary>The media type, when the API reports one.</summary>
    [JsonPropertyName("media_type")]
    public string? MediaType { get; init; }

    /// <summary><c>transcript</c> and <c>summary</c>: the file format.</summary>
    [JsonPropertyName("output_mode")]
    public TranscriptionOutputMode? OutputMode { get; init; }

    /// <summary><c>track</c>: the track id.</summary>
    [JsonPropertyName("track_id")]
    public string? TrackId { get; init; }

    /// <summary><c>track</c> and <c>stream</c>: the stream id.</summary>
    [JsonPropertyName("stream_id")]
    public string? StreamId { get; init; }

    /// <summary><c>track</c> and <c>stream</c>: the peer id.</summary>
    [JsonPropertyName("peer_id")]
    public string? PeerId { get; init; }

    /// <summary><c>stream</c>: the peer's user id.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    /// <summary><c>track</c>: the media kind of the track.</summary>
    [JsonPropertyName("track_type")]
    public RecordingAssetTrackType? TrackType { get; init; }

    /// <summary><c>stream</c>: <c>regular</c>, <c>screen</c> or <c>audio</c>.</summary>
    [JsonPropertyName("stream_type")]
    public RecordingAssetStreamType? StreamType { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// A time-limited download link for a recording asset. <see cref="Url"/> is a credential (anyone holding it can
/// download the file until it expires), so <see cref="ToString"/> never prints it.
/// </summary>
public sealed class RecordingAssetPresignedUrl
{
    /// <summary>The asset id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The storage path of the asset.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }

    /// <summary>
    /// The presigned URL. For <c>room-vod</c> it may be a zip presign, a playable CDN m3u8 or an m3u8 presign, depending
    /// on storage. Treat it as a secret: do not log it.
    /// </summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>How long the URL stays valid, in seconds from when it was issued.</summary>
    [JsonPropertyName("expiry")]
    public long? Expiry { get; init; }

    /// <summary><see cref="Expiry"/> as a <see cref="TimeSpan"/>.</summary>
    [JsonIgnore]
    public TimeSpan? ExpiresIn => Expiry is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Describes the link without its URL, which is a credential.</summary>
    /// <returns>The id, path and expiry.</returns>
    public override string ToString() =>
        $"RecordingAssetPresignedUrl(id {Id}, path {Path}, expiry {Expiry?.ToString(CultureInfo.InvariantCulture) ?? "?"} s, url redacted)";
}

/// <summary>Filters for <see cref="IRecordingAssetsService.ListAsync"/>.</summary>
public sealed class RecordingAssetListOptions
{
    /// <summary>Only assets of this room.</summary>
    public string? RoomId { get; set; }

    /// <summary>Only assets of this session.</summary>
    public string? SessionId { get; set; }

    /// <summary>Only assets in this state (<c>completed</c> or <c>failed</c>).</summary>
    public RecordingAssetStatus? Status { get; set; }

    /// <summary>Items per page, 1 to 100; the API defaults to 10.</summary>
    public int? Limit { get; set; }
}
