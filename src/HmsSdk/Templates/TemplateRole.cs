using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>
/// A role of a template: what its peers may publish, whom they subscribe to, and what they may do.
/// Used both as the API's answer and as the body of <see cref="ITemplatesService.CreateOrUpdateRoleAsync"/>.
/// Template JSON is camelCase, unlike the rest of the API.
/// </summary>
public sealed class TemplateRole
{
    /// <summary>The role's name (alias within the template).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>What peers of this role may publish.</summary>
    [JsonPropertyName("publishParams")]
    public RolePublishParams? PublishParams { get; set; }

    /// <summary>Which roles peers of this role subscribe to, and how subscriptions degrade.</summary>
    [JsonPropertyName("subscribeParams")]
    public RoleSubscribeParams? SubscribeParams { get; set; }

    /// <summary>The actions peers of this role may perform.</summary>
    [JsonPropertyName("permissions")]
    public RolePermissions? Permissions { get; set; }

    /// <summary>Degradation priority from 1 (highest) to 5 (lowest); the SDK rejects other values.</summary>
    [JsonPropertyName("priority")]
    public int? Priority { get; set; }

    /// <summary>Peers allowed in this role per session: 0 unlimited (default), n at most n, -1 none.</summary>
    [JsonPropertyName("maxPeerCount")]
    public int? MaxPeerCount { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A role's publish parameters (<c>publishParams</c>).</summary>
public sealed class RolePublishParams
{
    /// <summary>The track kinds the role may publish, a subset of audio, video, screen and simulcast.</summary>
    [JsonPropertyName("allowed")]
    public IList<AllowedTrackType>? Allowed { get; set; }

    /// <summary>Audio publish settings.</summary>
    [JsonPropertyName("audio")]
    public RoleAudioParams? Audio { get; set; }

    /// <summary>Camera video publish settings (bitrate 30–2000 kbps, 1–30 fps, up to 1920×1080).</summary>
    [JsonPropertyName("video")]
    public RoleVideoParams? Video { get; set; }

    /// <summary>Screen-share publish settings (bitrate at least 500 kbps, 1–30 fps, 480×270 to 1920×1080).</summary>
    [JsonPropertyName("screen")]
    public RoleVideoParams? Screen { get; set; }

    /// <summary>Simulcast layers for video and screen share.</summary>
    [JsonPropertyName("simulcast")]
    public RoleSimulcastParams? Simulcast { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Audio publish settings of a role.</summary>
public sealed class RoleAudioParams
{
    /// <summary>Maximum audio bitrate in kbps (16–128, default 32).</summary>
    [JsonPropertyName("bitRate")]
    public int? BitRate { get; set; }

    /// <summary>The audio codec (default <c>opus</c>).</summary>
    [JsonPropertyName("codec")]
    public AudioCodec? Codec { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Video or screen-share publish settings of a role.</summary>
public sealed class RoleVideoParams
{
    /// <summary>Maximum bitrate in kbps.</summary>
    [JsonPropertyName("bitRate")]
    public int? BitRate { get; set; }

    /// <summary>The video codec (default <c>vp8</c>).</summary>
    [JsonPropertyName("codec")]
    public VideoCodec? Codec { get; set; }

    /// <summary>Maximum frames per second (1–30).</summary>
    [JsonPropertyName("frameRate")]
    public int? FrameRate { get; set; }

    /// <summary>Height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; set; }

    /// <summary>Width in pixels.</summary>
    [JsonPropertyName("width")]
    public int? Width { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Simulcast settings of a role (<c>publishParams.simulcast</c>).</summary>
public sealed class RoleSimulcastParams
{
    /// <summary>Camera video layers.</summary>
    [JsonPropertyName("video")]
    public SimulcastLayers? Video { get; set; }

    /// <summary>Screen-share layers.</summary>
    [JsonPropertyName("screen")]
    public SimulcastLayers? Screen { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The simulcast layers of one track kind.</summary>
public sealed class SimulcastLayers
{
    /// <summary>Up to 3 layers; the first has rid <c>f</c> and <c>scaleResolutionDownBy</c> 1.</summary>
    [JsonPropertyName("layers")]
    public IList<SimulcastLayer>? Layers { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One simulcast layer.</summary>
public sealed class SimulcastLayer
{
    /// <summary>Maximum encoding bitrate in kbps (0–2000).</summary>
    [JsonPropertyName("maxBitrate")]
    public int? MaxBitrate { get; set; }

    /// <summary>Maximum frames per second (1–30).</summary>
    [JsonPropertyName("maxFramerate")]
    public int? MaxFramerate { get; set; }

    /// <summary>Downscale factor (1.0–12.0), strictly increasing from layer to layer.</summary>
    [JsonPropertyName("scaleResolutionDownBy")]
    public double? ScaleResolutionDownBy { get; set; }

    /// <summary>The RTP stream id: <c>f</c>, <c>h</c> or <c>q</c>.</summary>
    [JsonPropertyName("rid")]
    public SimulcastLayerRid? Rid { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A role's subscribe parameters (<c>subscribeParams</c>).</summary>
public sealed class RoleSubscribeParams
{
    /// <summary>The roles whose tracks this role receives.</summary>
    [JsonPropertyName("subscribeToRoles")]
    public IList<string>? SubscribeToRoles { get; set; }

    /// <summary>Maximum total subscribed bitrate in kbps.</summary>
    [JsonPropertyName("maxSubsBitRate")]
    public int? MaxSubsBitRate { get; set; }

    /// <summary>How subscriptions degrade under packet loss; present enables screen simulcast.</summary>
    [JsonPropertyName("subscribeDegradation")]
    public SubscribeDegradation? SubscribeDegradation { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Subscribe degradation thresholds.</summary>
public sealed class SubscribeDegradation
{
    /// <summary>Packet-loss threshold (1–100, default 50).</summary>
    [JsonPropertyName("packetLossThreshold")]
    public int? PacketLossThreshold { get; set; }

    /// <summary>Seconds of loss before degrading (1–10, default 1).</summary>
    [JsonPropertyName("degradeGracePeriodSeconds")]
    public int? DegradeGracePeriodSeconds { get; set; }

    /// <summary>Seconds of recovery before restoring (1–10, default 4).</summary>
    [JsonPropertyName("recoverGracePeriodSeconds")]
    public int? RecoverGracePeriodSeconds { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A role's permissions. Unset values take the server defaults (false, except the three streaming/recording ones: true).</summary>
public sealed class RolePermissions
{
    /// <summary>May end the room for everyone.</summary>
    [JsonPropertyName("endRoom")]
    public bool? EndRoom { get; set; }

    /// <summary>May remove other peers.</summary>
    [JsonPropertyName("removeOthers")]
    public bool? RemoveOthers { get; set; }

    /// <summary>May ask others to mute.</summary>
    [JsonPropertyName("mute")]
    public bool? Mute { get; set; }

    /// <summary>May ask others to unmute.</summary>
    [JsonPropertyName("unmute")]
    public bool? Unmute { get; set; }

    /// <summary>May ask others to change role.</summary>
    [JsonPropertyName("changeRole")]
    public bool? ChangeRole { get; set; }

    /// <summary>Receives room state (peer count and list).</summary>
    [JsonPropertyName("sendRoomState")]
    public bool? SendRoomState { get; set; }

    /// <summary>May read and answer polls and quizzes.</summary>
    [JsonPropertyName("pollRead")]
    public bool? PollRead { get; set; }

    /// <summary>May create and change polls and quizzes (implies <see cref="PollRead"/>).</summary>
    [JsonPropertyName("pollWrite")]
    public bool? PollWrite { get; set; }

    /// <summary>May start and stop browser recording (default true).</summary>
    [JsonPropertyName("browserRecording")]
    public bool? BrowserRecording { get; set; }

    /// <summary>May start and stop RTMP streaming (default true).</summary>
    [JsonPropertyName("rtmpStreaming")]
    public bool? RtmpStreaming { get; set; }

    /// <summary>May start and stop HLS streaming (default true).</summary>
    [JsonPropertyName("hlsStreaming")]
    public bool? HlsStreaming { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
