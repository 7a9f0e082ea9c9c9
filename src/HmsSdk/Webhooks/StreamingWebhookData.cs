using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>One RTMP destination echoed back in beam events.</summary>
public sealed class WebhookRtmpDestination
{
    /// <summary>The RTMP URL.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Fields 100ms sent that this version of the SDK does not model, kept as raw JSON.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>data</c> of <c>beam.started.success</c>, <c>beam.stopped.success</c> and <c>beam.failure</c>.</summary>
public sealed class BeamData : BeamStateData
{
    /// <summary>Whether browser recording is enabled.</summary>
    [JsonPropertyName("recording_enabled")]
    public bool? RecordingEnabled { get; init; }

    /// <summary>The RTMP destinations given at start.</summary>
    [JsonPropertyName("rtmp")]
    public IList<WebhookRtmpDestination>? Rtmp { get; init; }
}

/// <summary>The <c>data</c> of <c>beam.recording.success</c>.</summary>
public sealed class BeamRecordingData : BeamWebhookData
{
    /// <summary>The 100ms peer id.</summary>
    [JsonPropertyName("peer_id")]
    public string? PeerId { get; init; }

    /// <summary>When the recording was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Recording length in seconds.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; init; }

    /// <summary>Deprecated: use <see cref="RecordingPresignedUrl"/>.</summary>
    [JsonPropertyName("location")]
    public string? Location { get; init; }

    /// <summary>When the recording started.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the recording stopped.</summary>
    [JsonPropertyName("stopped_at")]
    public DateTimeOffset? StoppedAt { get; init; }

    /// <summary>The 100ms recording (asset) id.</summary>
    [JsonPropertyName("recording_id")]
    public string? RecordingId { get; init; }

    /// <summary>Upload path in your storage, such as an <c>s3://</c> URI.</summary>
    [JsonPropertyName("recording_path")]
    public string? RecordingPath { get; init; }

    /// <summary>A pre-signed HTTPS URL to download the recording.</summary>
    [JsonPropertyName("recording_presigned_url")]
    public string? RecordingPresignedUrl { get; init; }

    /// <summary>Upload path of the chat recording (CSV).</summary>
    [JsonPropertyName("chat_recording_path")]
    public string? ChatRecordingPath { get; init; }

    /// <summary>A pre-signed HTTPS URL to download the chat recording.</summary>
    [JsonPropertyName("chat_recording_presigned_url")]
    public string? ChatRecordingPresignedUrl { get; init; }

    /// <summary>The RTMP destinations given at start.</summary>
    [JsonPropertyName("rtmp")]
    public IList<WebhookRtmpDestination>? Rtmp { get; init; }

    /// <summary>Size of the recording in bytes.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; init; }
}

/// <summary>The <c>data</c> of <c>hls.started.success</c>, <c>hls.stopped.success</c> and <c>hls.failure</c>.</summary>
public sealed class HlsData : BeamStateData
{
    /// <summary>Whether the HLS recording is also produced as one file per layer.</summary>
    [JsonPropertyName("recording_single_file_per_layer_enabled")]
    public bool? RecordingSingleFilePerLayerEnabled { get; init; }

    /// <summary>Whether a video-on-demand playlist is produced.</summary>
    [JsonPropertyName("recording_vod_playlist_enabled")]
    public bool? RecordingVodPlaylistEnabled { get; init; }

    /// <summary>The HLS live-stream URL.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>When HLS started.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When HLS stopped (<c>hls.stopped.success</c>).</summary>
    [JsonPropertyName("stopped_at")]
    public DateTimeOffset? StoppedAt { get; init; }

    /// <summary>Whether live transcription was enabled for the stream (<c>hls.stopped.success</c>).</summary>
    [JsonPropertyName("live_transcription_enabled")]
    public bool? LiveTranscriptionEnabled { get; init; }
}

/// <summary>One per-layer file of an HLS recording; layer <c>"0"</c> is the highest quality.</summary>
public sealed class HlsRecordingSingleFile
{
    /// <summary>The 100ms asset id of the file.</summary>
    [JsonPropertyName("asset_id")]
    public string? AssetId { get; init; }

    /// <summary>The layer index as a string; <c>"0"</c> is the highest quality.</summary>
    [JsonPropertyName("layer")]
    public string? Layer { get; init; }

    /// <summary>Upload path in your storage, such as an <c>s3://</c> URI.</summary>
    [JsonPropertyName("recording_path")]
    public string? RecordingPath { get; init; }

    /// <summary>A pre-signed HTTPS URL to download the recording.</summary>
    [JsonPropertyName("recording_presigned_url")]
    public string? RecordingPresignedUrl { get; init; }

    /// <summary>Size in bytes.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; init; }

    /// <summary>Width in pixels.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; init; }

    /// <summary>Height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; init; }

    /// <summary>Fields 100ms sent that this version of the SDK does not model, kept as raw JSON.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A thumbnail generated for an HLS recording.</summary>
public sealed class HlsRecordingThumbnail
{
    /// <summary>Width in pixels.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; init; }

    /// <summary>Height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; init; }

    /// <summary>Offset into the recording in seconds.</summary>
    [JsonPropertyName("offset")]
    public int? Offset { get; init; }

    /// <summary>Upload path of the thumbnail.</summary>
    [JsonPropertyName("location")]
    public string? Location { get; init; }

    /// <summary>A pre-signed HTTPS URL of the thumbnail.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Fields 100ms sent that this version of the SDK does not model, kept as raw JSON.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>data</c> of <c>hls.recording.success</c>.</summary>
public sealed class HlsRecordingData : BeamWebhookData
{
    /// <summary>Recording length in seconds.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; init; }

    /// <summary>Upload path of the HLS VOD playlist.</summary>
    [JsonPropertyName("hls_vod_recording_path")]
    public string? HlsVodRecordingPath { get; init; }

    /// <summary>A playable CDN URL or pre-signed URL of the VOD playlist.</summary>
    [JsonPropertyName("hls_vod_recording_presigned_url")]
    public string? HlsVodRecordingPresignedUrl { get; init; }

    /// <summary>Upload path of the chat recording (CSV).</summary>
    [JsonPropertyName("chat_recording_path")]
    public string? ChatRecordingPath { get; init; }

    /// <summary>A pre-signed HTTPS URL to download the chat recording.</summary>
    [JsonPropertyName("chat_recording_presigned_url")]
    public string? ChatRecordingPresignedUrl { get; init; }

    /// <summary>Size of the VOD recording in bytes.</summary>
    [JsonPropertyName("hls_vod_recording_size")]
    public long? HlsVodRecordingSize { get; init; }

    /// <summary>When the recording was created.</summary>
    [JsonPropertyName("recording_created_at")]
    public DateTimeOffset? RecordingCreatedAt { get; init; }

    /// <summary>When HLS started.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When HLS stopped.</summary>
    [JsonPropertyName("stopped_at")]
    public DateTimeOffset? StoppedAt { get; init; }

    /// <summary>The 100ms recording (asset) id.</summary>
    [JsonPropertyName("recording_id")]
    public string? RecordingId { get; init; }

    /// <summary>Per-layer recording files.</summary>
    [JsonPropertyName("recording_single_files")]
    public IList<HlsRecordingSingleFile>? RecordingSingleFiles { get; init; }

    /// <summary>Deprecated: use <see cref="HlsVodRecordingPresignedUrl"/>.</summary>
    [JsonPropertyName("recording_hls_vod_playlist_location")]
    public string? RecordingHlsVodPlaylistLocation { get; init; }

    /// <summary>Generated thumbnails.</summary>
    [JsonPropertyName("recording_thumbnails")]
    public IList<HlsRecordingThumbnail>? RecordingThumbnails { get; init; }
}
