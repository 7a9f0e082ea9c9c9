using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The <c>data</c> of the <c>transcription.*</c> events.</summary>
public sealed class TranscriptionData : WebhookRoomData
{
    /// <summary>The 100ms account (customer) id.</summary>
    [JsonPropertyName("account_id")]
    public string? AccountId { get; init; }

    /// <summary>The 100ms app id.</summary>
    [JsonPropertyName("app_id")]
    public string? AppId { get; init; }

    /// <summary>The 100ms recording (asset) id.</summary>
    [JsonPropertyName("recording_id")]
    public string? RecordingId { get; init; }

    /// <summary>The room name given when the room was created.</summary>
    [JsonPropertyName("room_name")]
    public string? RoomName { get; init; }

    /// <summary>The webhook metadata id.</summary>
    [JsonPropertyName("metadata_id")]
    public string? MetadataId { get; init; }

    /// <summary>The 100ms transcription id.</summary>
    [JsonPropertyName("transcription_id")]
    public string? TranscriptionId { get; init; }

    /// <summary>When the webhook message was created.</summary>
    [JsonPropertyName("metadata_timestamp")]
    public DateTimeOffset? MetadataTimestamp { get; init; }

    /// <summary>Length of the transcribed recording in seconds.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; init; }

    /// <summary>The asset id of the summary (JSON).</summary>
    [JsonPropertyName("summary_json_asset_id")]
    public string? SummaryJsonAssetId { get; init; }

    /// <summary>Upload path of the summary (JSON) (success and failure events).</summary>
    [JsonPropertyName("summary_json_path")]
    public string? SummaryJsonPath { get; init; }

    /// <summary>A pre-signed URL of the summary (JSON) (success and failure events).</summary>
    [JsonPropertyName("summary_json_presigned_url")]
    public string? SummaryJsonPresignedUrl { get; init; }

    /// <summary>The asset id of the transcript (JSON).</summary>
    [JsonPropertyName("transcript_json_asset_id")]
    public string? TranscriptJsonAssetId { get; init; }

    /// <summary>Upload path of the transcript (JSON) (success and failure events).</summary>
    [JsonPropertyName("transcript_json_path")]
    public string? TranscriptJsonPath { get; init; }

    /// <summary>A pre-signed URL of the transcript (JSON) (success and failure events).</summary>
    [JsonPropertyName("transcript_json_presigned_url")]
    public string? TranscriptJsonPresignedUrl { get; init; }

    /// <summary>The asset id of the transcript (SRT).</summary>
    [JsonPropertyName("transcript_srt_asset_id")]
    public string? TranscriptSrtAssetId { get; init; }

    /// <summary>Upload path of the transcript (SRT) (success and failure events).</summary>
    [JsonPropertyName("transcript_srt_path")]
    public string? TranscriptSrtPath { get; init; }

    /// <summary>A pre-signed URL of the transcript (SRT) (success and failure events).</summary>
    [JsonPropertyName("transcript_srt_presigned_url")]
    public string? TranscriptSrtPresignedUrl { get; init; }

    /// <summary>The asset id of the transcript (TXT).</summary>
    [JsonPropertyName("transcript_txt_asset_id")]
    public string? TranscriptTxtAssetId { get; init; }

    /// <summary>Upload path of the transcript (TXT) (success and failure events).</summary>
    [JsonPropertyName("transcript_txt_path")]
    public string? TranscriptTxtPath { get; init; }

    /// <summary>A pre-signed URL of the transcript (TXT) (success and failure events).</summary>
    [JsonPropertyName("transcript_txt_presigned_url")]
    public string? TranscriptTxtPresignedUrl { get; init; }
}
