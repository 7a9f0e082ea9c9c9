using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Webhooks;

/// <summary>The <c>error_type</c> of a <c>beam.failure</c> or <c>hls.failure</c> event. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<StreamErrorType>))]
public readonly partial struct StreamErrorType
{
    /// <summary><c>INTERNAL_ERROR</c>: an internal error.</summary>
    public static StreamErrorType InternalError { get; } = new("INTERNAL_ERROR");

    /// <summary><c>MAX_RETRIES_REACHED</c>: the meeting URL could not be joined after several retries.</summary>
    public static StreamErrorType MaxRetriesReached { get; } = new("MAX_RETRIES_REACHED");

    /// <summary><c>UPLOAD_ERROR</c>: the recording could not be uploaded; check the upload configuration.</summary>
    public static StreamErrorType UploadError { get; } = new("UPLOAD_ERROR");

    /// <summary><c>BEAM_STOPPED</c>: a stop request arrived before the recorder had started.</summary>
    public static StreamErrorType BeamStopped { get; } = new("BEAM_STOPPED");
}
