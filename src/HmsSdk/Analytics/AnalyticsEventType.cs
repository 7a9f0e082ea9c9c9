using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The type of an analytics event returned by <c>GET /analytics/events</c>. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<AnalyticsEventType>))]
public readonly partial struct AnalyticsEventType
{
    /// <summary><c>track.add.success</c>: a peer published a track.</summary>
    public static AnalyticsEventType TrackAddSuccess { get; } = new("track.add.success");

    /// <summary><c>track.update.success</c>: a published track changed (for example it was muted).</summary>
    public static AnalyticsEventType TrackUpdateSuccess { get; } = new("track.update.success");

    /// <summary><c>track.remove.success</c>: a published track was removed.</summary>
    public static AnalyticsEventType TrackRemoveSuccess { get; } = new("track.remove.success");

    /// <summary><c>beam.recording.success</c>: a browser (beam) recording finished and was uploaded.</summary>
    public static AnalyticsEventType BeamRecordingSuccess { get; } = new("beam.recording.success");

    /// <summary><c>client.publish.failed</c>: a client failed to publish a track.</summary>
    public static AnalyticsEventType ClientPublishFailed { get; } = new("client.publish.failed");

    /// <summary><c>client.subscribe.failed</c>: a client failed to subscribe to a track.</summary>
    public static AnalyticsEventType ClientSubscribeFailed { get; } = new("client.subscribe.failed");

    /// <summary><c>client.join.failed</c>: a client failed to join the room.</summary>
    public static AnalyticsEventType ClientJoinFailed { get; } = new("client.join.failed");

    /// <summary><c>client.disconnected</c>: a client was disconnected.</summary>
    public static AnalyticsEventType ClientDisconnected { get; } = new("client.disconnected");

    /// <summary><c>client.connect.failed</c>: a client failed to connect.</summary>
    public static AnalyticsEventType ClientConnectFailed { get; } = new("client.connect.failed");
}
