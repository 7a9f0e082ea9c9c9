using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>Why RTMP ingestion ended (<c>ingest.end.success</c>). Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<IngestEndReason>))]
public readonly partial struct IngestEndReason
{
    /// <summary><c>publish error</c>: publishing failed.</summary>
    public static IngestEndReason PublishError { get; } = new("publish error");

    /// <summary><c>reconnection window expired</c>: the source did not reconnect in time.</summary>
    public static IngestEndReason ReconnectionWindowExpired { get; } = new("reconnection window expired");

    /// <summary><c>stream closed</c>: the source closed the stream.</summary>
    public static IngestEndReason StreamClosed { get; } = new("stream closed");

    /// <summary><c>internal error</c>: an internal error.</summary>
    public static IngestEndReason InternalError { get; } = new("internal error");
}
