using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HmsSdk.Rooms;

namespace HmsSdk;

/// <summary>A 100ms room: the long-lived, reusable container that peers join (<c>/rooms</c>).</summary>
public sealed class Room : IJsonOnDeserialized
{
    private RoomRecordingInfo? _recordingInfo;

    /// <summary>The room id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The unique, case-insensitive room name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>False when the room is disabled: running sessions continue, new joins are refused.</summary>
    [JsonPropertyName("enabled")]
    public bool Enabled { get; init; }

    /// <summary>The free-form description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The workspace (customer) id.</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; init; }

    /// <summary>Deprecated by the API: the same value as <see cref="CustomerId"/>.</summary>
    [JsonPropertyName("customer")]
    public string? Customer { get; init; }

    /// <summary>The app id (seen in create responses).</summary>
    [JsonPropertyName("app_id")]
    public string? AppId { get; init; }

    /// <summary>
    /// The room's recording configuration. The API documents <c>recording_info</c>, but its list sample uses
    /// <c>recording</c>; both are read into this property (<c>recording_info</c> wins when both are present).
    /// </summary>
    [JsonPropertyName("recording_info")]
    public RoomRecordingInfo? RecordingInfo { get => _recordingInfo; init => _recordingInfo = value; }

    /// <summary>True when the room inherits its recording configuration from its template.</summary>
    [JsonPropertyName("recording_source_template")]
    public bool? RecordingSourceTemplate { get; init; }

    /// <summary>True when the room inherits its enabled state from its template.</summary>
    [JsonPropertyName("enabled_source_template")]
    public bool? EnabledSourceTemplate { get; init; }

    /// <summary>The id of the template (policy) the room uses.</summary>
    [JsonPropertyName("template_id")]
    public string? TemplateId { get; init; }

    /// <summary>Deprecated by the API: the template's name.</summary>
    [JsonPropertyName("template")]
    public string? Template { get; init; }

    /// <summary>The media-server region.</summary>
    [JsonPropertyName("region")]
    public RoomRegion? Region { get; init; }

    /// <summary>True for a large room (more than 2,500 peers).</summary>
    [JsonPropertyName("large_room")]
    public bool? LargeRoom { get; init; }

    /// <summary>The maximum number of peers; 0 means the platform default.</summary>
    [JsonPropertyName("size")]
    public int? Size { get; init; }

    /// <summary>The maximum session length in seconds.</summary>
    [JsonPropertyName("max_duration_seconds")]
    public int? MaxDurationSeconds { get; init; }

    /// <summary>The ids of the polls linked to the room.</summary>
    [JsonPropertyName("polls")]
    public IList<string>? Polls { get; init; }

    /// <summary>The room-level webhook, which replaces the workspace webhooks for this room.</summary>
    [JsonPropertyName("webhook")]
    public RoomWebhook? Webhook { get; init; }

    /// <summary>The room key, <c>&lt;customer_id&gt;:&lt;name&gt;</c> (seen in list responses).</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    /// <summary>When the room was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the room was last updated; the API may send <c>0001-01-01T00:00:00Z</c> for never.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Describes the room by id, name and state (never credentials).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "Room {{ Id = {0}, Name = {1}, Enabled = {2} }}", Id, Name, Enabled);

    // The list sample names the field "recording"; map it so callers see one property either way.
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalProperties is null || !AdditionalProperties.TryGetValue("recording", out var recording))
        {
            return;
        }

        if (RecordingInfo is null && recording.ValueKind == JsonValueKind.Object)
        {
            try
            {
                _recordingInfo = recording.Deserialize(RoomsJsonContext.Default.RoomRecordingInfo);
                AdditionalProperties.Remove("recording");
            }
            catch (JsonException)
            {
                // Drift inside the alias: keep it raw in AdditionalProperties rather than fail the room (or its page).
            }
        }
    }
}

/// <summary>A room's recording configuration (<c>recording_info</c>).</summary>
public sealed class RoomRecordingInfo
{
    /// <summary>True to record the room with SFU recording.</summary>
    [JsonPropertyName("enabled")]
    public bool Enabled { get; set; }

    /// <summary>Where recordings are uploaded; the 100ms default storage when absent.</summary>
    [JsonPropertyName("upload_info")]
    public RoomRecordingUploadInfo? UploadInfo { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The storage bucket recordings are uploaded to (<c>upload_info</c>).</summary>
public sealed class RoomRecordingUploadInfo
{
    /// <summary>The storage provider (required when sending).</summary>
    [JsonPropertyName("type")]
    public RoomRecordingUploadType? Type { get; set; }

    /// <summary>The bucket name (required when sending).</summary>
    [JsonPropertyName("location")]
    public string? Location { get; set; }

    /// <summary>The key prefix inside the bucket.</summary>
    [JsonPropertyName("prefix")]
    public string? Prefix { get; set; }

    /// <summary>Provider options such as the bucket region.</summary>
    [JsonPropertyName("options")]
    public RoomRecordingUploadOptions? Options { get; set; }

    /// <summary>The bucket credentials. Their <c>secret</c> never appears in <see cref="object.ToString"/>.</summary>
    [JsonPropertyName("credentials")]
    public RoomRecordingUploadCredentials? Credentials { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Describes the destination without credentials.</summary>
    /// <returns>The type, location and prefix.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "RoomRecordingUploadInfo {{ Type = {0}, Location = {1}, Prefix = {2} }}", Type, Location, Prefix);
}

/// <summary>Provider-specific upload options (<c>upload_info.options</c>).</summary>
public sealed class RoomRecordingUploadOptions
{
    /// <summary>The bucket's region, for example <c>ap-south-1</c>.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// Credentials for the recording bucket (<c>upload_info.credentials</c>). <see cref="Secret"/> is a credential:
/// <see cref="ToString"/> never shows it.
/// </summary>
public sealed class RoomRecordingUploadCredentials
{
    /// <summary>The access key id.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>The secret access key. Treat it as a password.</summary>
    [JsonPropertyName("secret")]
    public string? Secret { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Describes the credentials without revealing the secret.</summary>
    /// <returns>The key id; the secret is shown as <c>[redacted]</c>.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "RoomRecordingUploadCredentials {{ Key = {0}, Secret = {1} }}", Key, Secret is null ? "null" : "[redacted]");
}

/// <summary>A room-level webhook (<c>webhook</c>).</summary>
public sealed class RoomWebhook
{
    /// <summary>The endpoint 100ms posts events to (required when sending).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Headers 100ms adds to each delivery, for example a shared secret.</summary>
    [JsonPropertyName("headers")]
    public IDictionary<string, string>? Headers { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Describes the webhook without its header values, which often carry secrets.</summary>
    /// <returns>The URL and header names.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "RoomWebhook {{ Url = {0}, Headers = [{1}] }}",
            Url,
            Headers is null ? string.Empty : string.Join(", ", Headers.Keys));
}
