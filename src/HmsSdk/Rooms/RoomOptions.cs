using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>Filters for <see cref="IRoomsService.ListAsync"/> (<c>GET /rooms</c>).</summary>
public sealed class RoomListOptions
{
    /// <summary>Only enabled (true) or disabled (false) rooms. The API defaults to enabled rooms when unset.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Only rooms created at or after this instant; sent as ISO-8601 UTC (the Node SDK dropped it).</summary>
    public DateTimeOffset? After { get; set; }

    /// <summary>Only rooms created at or before this instant; sent as ISO-8601 UTC (the Node SDK dropped it).</summary>
    public DateTimeOffset? Before { get; set; }

    /// <summary>Only the room with exactly this name.</summary>
    public string? Name { get; set; }

    /// <summary>Only rooms that use this template.</summary>
    public string? TemplateId { get; set; }

    /// <summary>Page size, 10 to 100; the API default is 10. Enumeration still walks every page.</summary>
    public int? Limit { get; set; }
}

/// <summary>The configurable fields of a room, shared by <see cref="CreateRoomOptions"/> and <see cref="UpdateRoomOptions"/>. Unset (null) fields are not sent.</summary>
public abstract class RoomConfigurationOptions
{
    /// <summary>Initializes the shared fields of a derived type.</summary>
    protected RoomConfigurationOptions()
    {
    }

    /// <summary>The room name: letters, digits and <c>. - : _</c>, case-insensitive; generated on create when unset.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>A description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The recording configuration; a new room takes the template's when unset. With upload info, its type and location are required.</summary>
    [JsonPropertyName("recording_info")]
    public RoomRecordingInfo? RecordingInfo { get; set; }

    /// <summary>The media-server region; a new room takes the template's when unset.</summary>
    [JsonPropertyName("region")]
    public RoomRegion? Region { get; set; }

    /// <summary>True for more than 2,500 peers (default false).</summary>
    [JsonPropertyName("large_room")]
    public bool? LargeRoom { get; set; }

    /// <summary>The maximum number of peers: 0 to 2,500, or up to 20,000 when <see cref="LargeRoom"/> is true.</summary>
    [JsonPropertyName("size")]
    public int? Size { get; set; }

    /// <summary>The maximum session length in seconds, 120 to 43,200.</summary>
    [JsonPropertyName("max_duration_seconds")]
    public int? MaxDurationSeconds { get; set; }

    /// <summary>A room-level webhook that replaces the workspace webhooks for this room; <see cref="RoomWebhook.Url"/> is required.</summary>
    [JsonPropertyName("webhook")]
    public RoomWebhook? Webhook { get; set; }

    /// <summary>The ids of polls to link to the room.</summary>
    [JsonPropertyName("polls")]
    public IList<string>? Polls { get; set; }

    /// <summary>Extra body fields this SDK version does not model; sent as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// The fields of a room that <see cref="IRoomsService.UpdateAsync"/> can change (<c>POST /rooms/{room_id}</c>).
/// Unset (null) fields are not sent and stay as they are.
/// </summary>
public sealed class UpdateRoomOptions : RoomConfigurationOptions
{
}

/// <summary>
/// The configuration of a new room for <see cref="IRoomsService.CreateAsync"/> (<c>POST /rooms</c>); every field is optional.
/// Creating a room with an existing name returns that room with this configuration applied (upsert).
/// </summary>
public sealed class CreateRoomOptions : RoomConfigurationOptions
{
    /// <summary>The template (policy) id; the workspace default template when unset.</summary>
    [JsonPropertyName("template_id")]
    public string? TemplateId { get; set; }
}

/// <summary>The body of the enable/disable call.</summary>
internal sealed class RoomEnabledRequest
{
    [JsonPropertyName("enabled")]
    public bool Enabled { get; set; }
}

/// <summary>Checks room options before any request, naming the offending property.</summary>
internal static class RoomOptionsValidator
{
    public const int MinDurationSeconds = 120;
    public const int MaxDurationSeconds = 43200;
    public const int MaxSize = 2500;
    public const int MaxLargeRoomSize = 20000;

    public static void Validate(CreateRoomOptions options, string paramName)
    {
        OptionalText(options.TemplateId, nameof(CreateRoomOptions.TemplateId), paramName);
        // A new room is small unless it says otherwise.
        Common(options, options.LargeRoom == true ? MaxLargeRoomSize : MaxSize, paramName);
    }

    // An update without large_room may target a room that is already large; let the server judge 2,501..20,000.
    public static void Validate(UpdateRoomOptions options, string paramName) =>
        Common(options, options.LargeRoom == false ? MaxSize : MaxLargeRoomSize, paramName);

    private static void Common(RoomConfigurationOptions options, int maxSize, string paramName)
    {
        OptionalText(options.Name, nameof(RoomConfigurationOptions.Name), paramName);
        var (recording, size, maxDuration, polls, webhook) = (options.RecordingInfo, options.Size, options.MaxDurationSeconds, options.Polls, options.Webhook);
        if (size is { } s && (s < 0 || s > maxSize))
        {
            throw Guard.OutOfRange(paramName, paramName + ".Size", s, 0, maxSize);
        }

        if (maxDuration is { } d && (d < MinDurationSeconds || d > MaxDurationSeconds))
        {
            throw Guard.OutOfRange(paramName, paramName + ".MaxDurationSeconds", d, MinDurationSeconds, MaxDurationSeconds);
        }

        if (recording?.UploadInfo is { } upload)
        {
            if (upload.Type is not { } type || string.IsNullOrWhiteSpace(type.ToString()))
            {
                throw new ArgumentException($"'{paramName}.RecordingInfo.UploadInfo.Type' is required when '{paramName}.RecordingInfo.UploadInfo' is set.", paramName);
            }

            if (upload.Location is not null)
            {
                Guard.Text(upload.Location, paramName, paramName + ".RecordingInfo.UploadInfo.Location");
            }
            else
            {
                throw new ArgumentException($"'{paramName}.RecordingInfo.UploadInfo.Location' (the bucket) is required when '{paramName}.RecordingInfo.UploadInfo' is set.", paramName);
            }
        }

        if (webhook?.Url is { } url)
        {
            Guard.Text(url, paramName, paramName + ".Webhook.Url");
        }
        else if (webhook is not null)
        {
            throw new ArgumentException($"'{paramName}.Webhook.Url' is required when '{paramName}.Webhook' is set.", paramName);
        }

        if (polls is not null)
        {
            foreach (var poll in polls)
            {
                if (string.IsNullOrWhiteSpace(poll))
                {
                    throw Guard.BlankEntries(paramName, paramName + ".Polls");
                }
            }
        }
    }

    private static void OptionalText(string? value, string property, string paramName) =>
        RoomGroupChecks.OptionalText(value, property, paramName);
}
