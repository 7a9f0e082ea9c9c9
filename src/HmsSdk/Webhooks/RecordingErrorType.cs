using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The <c>error_type</c> of a <c>recording.failed</c> event. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<RecordingErrorType>))]
public readonly partial struct RecordingErrorType
{
    /// <summary><c>INPUT_ERROR</c>: no input streams were available.</summary>
    public static RecordingErrorType InputError { get; } = new("INPUT_ERROR");

    /// <summary><c>CLOUD_ACCESS_ERROR</c>: the configured bucket could not be accessed.</summary>
    public static RecordingErrorType CloudAccessError { get; } = new("CLOUD_ACCESS_ERROR");

    /// <summary><c>CONFIG_ERROR</c>: internal error.</summary>
    public static RecordingErrorType ConfigError { get; } = new("CONFIG_ERROR");

    /// <summary><c>MEMORY_ERROR</c>: internal error.</summary>
    public static RecordingErrorType MemoryError { get; } = new("MEMORY_ERROR");

    /// <summary><c>PROCESSING_CMD_ERROR</c>: internal error.</summary>
    public static RecordingErrorType ProcessingCommandError { get; } = new("PROCESSING_CMD_ERROR");

    /// <summary><c>API_ERROR</c>: internal error.</summary>
    public static RecordingErrorType ApiError { get; } = new("API_ERROR");
}
