using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>
/// The body of <see cref="ISipService.CreateOutboundTrunkAsync"/> and <see cref="ISipService.UpdateOutboundTrunkAsync"/>:
/// the credentials, address and caller number your SIP trunk provider gave you. <see cref="Password"/> never appears in
/// <see cref="ToString"/>.
/// </summary>
public sealed class SipTrunkOptions
{
    /// <summary>The SIP username from the trunk provider.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    /// <summary>The SIP password from the trunk provider. Never shown by <see cref="ToString"/>.</summary>
    [JsonPropertyName("password")]
    public string? Password { get; set; }

    /// <summary>The provider's SIP address, for example <c>my-trunk.pstn.twilio.com</c>.</summary>
    [JsonPropertyName("address")]
    public string? Address { get; set; }

    /// <summary>The phone number bought from the provider, used as the caller id.</summary>
    [JsonPropertyName("from")]
    public string? From { get; set; }

    /// <summary>Describes the options without revealing the password.</summary>
    /// <returns>The username, address and caller number, and whether a password is set.</returns>
    public override string ToString() =>
        $"{nameof(SipTrunkOptions)} {{ Username = {Username}, Password = {(Password is null ? "null" : "***")}, Address = {Address}, From = {From} }}";
}

/// <summary>An outbound SIP trunk as the API answers it.</summary>
public sealed class SipTrunk
{
    /// <summary>The trunk id, used as <see cref="StartSipCallOptions.TrunkId"/>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The body of <see cref="ISipService.StartOutboundCallAsync"/>.</summary>
public sealed class StartSipCallOptions
{
    /// <summary>Whom to call: usually a phone number, or any identifier the trunk understands (required).</summary>
    [JsonPropertyName("to")]
    public string? To { get; set; }

    /// <summary>The room code (a room and role pair) the callee joins with (required).</summary>
    [JsonPropertyName("room_code")]
    public string? RoomCode { get; set; }

    /// <summary>The trunk to call through, from <see cref="ISipService.CreateOutboundTrunkAsync"/> (required).</summary>
    [JsonPropertyName("trunk_id")]
    public string? TrunkId { get; set; }

    /// <summary>The peer name shown once the callee joins.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Your own user id for the callee's peer.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    /// <summary>Requests a video call.</summary>
    [JsonPropertyName("video")]
    public bool? Video { get; set; }

    /// <summary>Custom SIP headers added to the INVITE (use an <c>X-</c> prefix; reserved SIP headers are ignored).</summary>
    [JsonPropertyName("headers")]
    public IDictionary<string, string>? Headers { get; set; }
}

/// <summary>An outbound SIP call as the API answers it.</summary>
public sealed class SipCall
{
    /// <summary>The call id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The DTMF request body <c>{"digits": [...]}</c>.</summary>
internal sealed class SipDtmfBody
{
    [JsonPropertyName("digits")]
    public IReadOnlyList<string>? Digits { get; set; }
}
