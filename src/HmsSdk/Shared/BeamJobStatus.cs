using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The state of a recording, live-stream (HLS) or external-stream (RTMP) job. Unknown values are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<BeamJobStatus>))]
public readonly partial struct BeamJobStatus
{
    /// <summary><c>starting</c>: The job was accepted and is starting.</summary>
    public static BeamJobStatus Starting { get; } = new("starting");

    /// <summary><c>running</c>: The job is recording or streaming.</summary>
    public static BeamJobStatus Running { get; } = new("running");

    /// <summary><c>stopping</c>: A stop was requested; the job is winding down.</summary>
    public static BeamJobStatus Stopping { get; } = new("stopping");

    /// <summary><c>post_processing</c>: The job stopped and its assets are being produced.</summary>
    public static BeamJobStatus PostProcessing { get; } = new("post_processing");

    /// <summary><c>completed</c>: The job finished and its assets are available.</summary>
    public static BeamJobStatus Completed { get; } = new("completed");

    /// <summary><c>failed</c>: The job failed.</summary>
    public static BeamJobStatus Failed { get; } = new("failed");
}
