using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using HmsSdk;
using HmsSdk.Serialization;

namespace HmsSdk.Benchmarks;

// Stand-ins for the typed Room/Session models while the typed services are being written; the wire
// shapes follow HmsSdk.Testing's JSON. Both the SDK path and the hand-written baseline use these.

public sealed class BenchRoom
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("enabled")] public bool? Enabled { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }
    [JsonPropertyName("app_id")] public string? AppId { get; set; }
    [JsonPropertyName("recording_source_template")] public bool? RecordingSourceTemplate { get; set; }
    [JsonPropertyName("template_id")] public string? TemplateId { get; set; }
    [JsonPropertyName("template")] public string? Template { get; set; }
    [JsonPropertyName("region")] public string? Region { get; set; }
    [JsonPropertyName("large_room")] public bool? LargeRoom { get; set; }
    [JsonPropertyName("size")] public int? Size { get; set; }
    [JsonPropertyName("polls")] public IList<string>? Polls { get; set; }
    [JsonPropertyName("max_duration_seconds")] public int? MaxDurationSeconds { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class BenchSessionPeer
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("session_id")] public string? SessionId { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonPropertyName("user_id")] public string? UserId { get; set; }
    [JsonPropertyName("joined_at")] public DateTimeOffset? JoinedAt { get; set; }
    [JsonPropertyName("left_at")] public DateTimeOffset? LeftAt { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class BenchSession
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("room_id")] public string? RoomId { get; set; }
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }
    [JsonPropertyName("app_id")] public string? AppId { get; set; }
    [JsonPropertyName("active")] public bool? Active { get; set; }
    [JsonPropertyName("peers")] public IDictionary<string, BenchSessionPeer>? Peers { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(BenchRoom))]
[JsonSerializable(typeof(BenchSession))]
[JsonSerializable(typeof(HmsListResponse<BenchSession>))]
[JsonSerializable(typeof(HmsListResponse<BenchRoom>))]
internal sealed partial class BenchJsonContext : JsonSerializerContext
{
}
