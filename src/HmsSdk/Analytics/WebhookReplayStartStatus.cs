using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>What happened when a webhook replay was requested. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<WebhookReplayStartStatus>))]
public readonly partial struct WebhookReplayStartStatus
{
    /// <summary><c>started</c>: a new replay workflow started.</summary>
    public static WebhookReplayStartStatus Started { get; } = new("started");

    /// <summary><c>already_running</c>: an identical replay is already running; its workflow is reused.</summary>
    public static WebhookReplayStartStatus AlreadyRunning { get; } = new("already_running");
}
