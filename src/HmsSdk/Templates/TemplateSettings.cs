using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>
/// A template's global settings (<c>settings</c>): default region, recording storage and room-state broadcasting.
/// Used both as the API's answer and as the body of <see cref="ITemplatesService.UpdateSettingsAsync"/>.
/// </summary>
public sealed class TemplateSettings
{
    /// <summary>The default region of the template's rooms: <c>in</c>, <c>us</c>, <c>eu</c> or <c>auto</c>.</summary>
    [JsonPropertyName("region")]
    public RoomRegion? Region { get; set; }

    /// <summary>Recording storage; omit <see cref="TemplateRecordingSettings.Upload"/> to store recordings with 100ms.</summary>
    [JsonPropertyName("recording")]
    public TemplateRecordingSettings? Recording { get; set; }

    /// <summary>How room state (peer count and list) is sent to client SDKs, for preview screens.</summary>
    [JsonPropertyName("roomState")]
    public TemplateRoomState? RoomState { get; set; }

    /// <summary>
    /// Retry settings (<c>retry</c>). The docs' settings responses show an empty object and document no fields, so
    /// whatever the API sends is kept in <see cref="TemplateRetrySettings.AdditionalProperties"/>.
    /// </summary>
    [JsonPropertyName("retry")]
    public TemplateRetrySettings? Retry { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A template's retry settings (<c>settings.retry</c>); the docs show it empty and name no fields.</summary>
public sealed class TemplateRetrySettings
{
    /// <summary>Every retry field the API sends (none are documented yet).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Recording settings of a template (<c>settings.recording</c>).</summary>
public sealed class TemplateRecordingSettings
{
    /// <summary>Enables SFU recording. Deprecated by the API in favour of recording configs (<see cref="RecordingConfig"/>).</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Your own bucket for recordings.</summary>
    [JsonPropertyName("upload")]
    public TemplateRecordingUpload? Upload { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Where recordings are uploaded (<c>settings.recording.upload</c>).</summary>
public sealed class TemplateRecordingUpload
{
    /// <summary>The storage kind: <c>s3</c>, <c>gs</c>, <c>oss</c> or <c>azure</c>.</summary>
    [JsonPropertyName("type")]
    public RoomRecordingUploadType? Type { get; set; }

    /// <summary>The bucket name.</summary>
    [JsonPropertyName("location")]
    public string? Location { get; set; }

    /// <summary>The upload path prefix.</summary>
    [JsonPropertyName("prefix")]
    public string? Prefix { get; set; }

    /// <summary>Extra upload options.</summary>
    [JsonPropertyName("options")]
    public TemplateRecordingUploadOptions? Options { get; set; }

    /// <summary>Credentials for the bucket; their secret never appears in <c>ToString()</c>.</summary>
    [JsonPropertyName("credentials")]
    public TemplateRecordingCredentials? Credentials { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Extra upload options (<c>upload.options</c>).</summary>
public sealed class TemplateRecordingUploadOptions
{
    /// <summary>The bucket's region, for example <c>ap-south-1</c>.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// Bucket credentials (<c>upload.credentials</c>). The request documentation names the secret <c>secretKey</c>
/// while responses show <c>secret</c>: both are read into <see cref="SecretKey"/>, and <c>secretKey</c> is sent.
/// </summary>
public sealed class TemplateRecordingCredentials
{
    /// <summary>The access key id.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>The secret access key. Never shown by <see cref="ToString"/>.</summary>
    [JsonPropertyName("secretKey")]
    public string? SecretKey { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    // Responses spell the secret "secret"; read it into SecretKey, never write it back under that name.
    [JsonInclude]
    [JsonPropertyName("secret")]
    internal string? SecretAlias
    {
        get => null;
        set => SecretKey ??= value;
    }

    /// <summary>Describes the credentials without revealing the secret.</summary>
    /// <returns>The key id and whether a secret is set.</returns>
    public override string ToString() =>
        $"{nameof(TemplateRecordingCredentials)} {{ Key = {Key}, SecretKey = {(SecretKey is null ? "null" : "***")} }}";
}

/// <summary>Room-state broadcasting (<c>settings.roomState</c>).</summary>
public sealed class TemplateRoomState
{
    /// <summary>Seconds between room-state messages: a multiple of 5 from 5 to 3600; the SDK rejects other values.</summary>
    [JsonPropertyName("messageInterval")]
    public int? MessageInterval { get; set; }

    /// <summary>Sends the peer list, not just the peer count.</summary>
    [JsonPropertyName("sendPeerList")]
    public bool? SendPeerList { get; set; }

    /// <summary>Enables room-state messages.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Stops room-state messages to a peer once it joins.</summary>
    [JsonPropertyName("stopRoomStateOnJoin")]
    public bool? StopRoomStateOnJoin { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
