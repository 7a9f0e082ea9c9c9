using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>A room code: a short, never-expiring code (<c>xxx-xxxx-xxx</c>) that lets a client join a room with one role.</summary>
public sealed class RoomCode
{
    /// <summary>The code, for example <c>abc-defg-hij</c>.</summary>
    [JsonPropertyName("code")]
    public string Code { get; init; } = string.Empty;

    /// <summary>The room the code joins.</summary>
    [JsonPropertyName("room_id")]
    public string? RoomId { get; init; }

    /// <summary>The role the code joins with.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>False when the code has been disabled.</summary>
    [JsonPropertyName("enabled")]
    public bool Enabled { get; init; }

    /// <summary>When the code was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the code was last updated.</summary>
    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Describes the code.</summary>
    /// <returns>Code, room, role and state.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "RoomCode {{ Code = {0}, RoomId = {1}, Role = {2}, Enabled = {3} }}",
        Code,
        RoomId,
        Role,
        Enabled);
}

/// <summary>Filters for <see cref="IRoomCodesService.ListAsync"/> (<c>GET /room-codes/room/{room_id}</c>).</summary>
public sealed class RoomCodeListOptions
{
    /// <summary>Only codes for this role.</summary>
    public string? Role { get; set; }

    /// <summary>Only enabled (true) or disabled (false) codes.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Page size, 10 to 100. Enumeration still walks every page.</summary>
    public int? Limit { get; set; }
}

/// <summary>
/// The result of <see cref="IRoomCodesService.ExchangeForAuthTokenAsync"/>: an auth (app) token for a client to join
/// with. <see cref="ToString"/> never includes the token.
/// </summary>
public sealed class RoomCodeAuthToken
{
    /// <summary>The auth token (a JWT) to hand to a client SDK. Treat it as a credential.</summary>
    [JsonPropertyName("token")]
    public string Token { get; init; } = string.Empty;

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Describes the result without revealing the token.</summary>
    /// <returns><c>RoomCodeAuthToken { Token = [redacted] }</c>.</returns>
    public override string ToString() => "RoomCodeAuthToken { Token = [redacted] }";
}

/// <summary>The body of <c>POST /room-codes/code</c>.</summary>
internal sealed class RoomCodeEnabledRequest
{
    [JsonPropertyName("code")]
    public string Code { get; set; } = string.Empty;

    [JsonPropertyName("enabled")]
    public bool Enabled { get; set; }
}

/// <summary>The body of <c>POST https://auth.100ms.live/v2/token</c>.</summary>
internal sealed class RoomCodeTokenRequest
{
    [JsonPropertyName("code")]
    public string Code { get; set; } = string.Empty;

    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }
}
