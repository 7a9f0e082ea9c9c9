using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>
/// An RTMP ingest stream key of a room: point an encoder (OBS, a hardware encoder) at <see cref="Url"/> with
/// <see cref="Key"/>. <see cref="Key"/> is a credential: <see cref="ToString"/> never shows it.
/// </summary>
public sealed class StreamKey
{
    /// <summary>The stream key id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The RTMP ingest URL.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>The secret stream key. Anyone holding it can publish into the room; treat it as a password.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    /// <summary>The room the key publishes into.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; init; }

    /// <summary>The workspace (customer) id.</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; init; }

    /// <summary>The app id.</summary>
    [JsonPropertyName("app_id")]
    public string? AppId { get; init; }

    /// <summary>False once the key has been disabled.</summary>
    [JsonPropertyName("enabled")]
    public bool Enabled { get; init; }

    /// <summary>When the key was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the key was last updated.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Describes the key without revealing it.</summary>
    /// <returns>Id, room, URL and state; the key is shown as <c>[redacted]</c>.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "StreamKey {{ Id = {0}, RoomId = {1}, Url = {2}, Enabled = {3}, Key = {4} }}",
        Id,
        RoomId,
        Url,
        Enabled,
        Key is null ? "null" : "[redacted]");
}
