using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>
/// The media-server region of a room (<c>region</c>), also a template's default region for its rooms.
/// Extensible: values the SDK does not know are kept as they are.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<RoomRegion>))]
public readonly partial struct RoomRegion
{
    /// <summary>Europe (<c>eu</c>).</summary>
    public static RoomRegion Europe { get; } = new("eu");

    /// <summary>India (<c>in</c>).</summary>
    public static RoomRegion India { get; } = new("in");

    /// <summary>United States (<c>us</c>).</summary>
    public static RoomRegion UnitedStates { get; } = new("us");

    /// <summary>Picked by 100ms from where peers join (<c>auto</c>).</summary>
    public static RoomRegion Auto { get; } = new("auto");
}

/// <summary>
/// The storage provider that recordings are uploaded to: a room's <c>upload_info.type</c> and a template's
/// recording storage <c>type</c>.
/// Extensible: values the SDK does not know are kept as they are.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<RoomRecordingUploadType>))]
public readonly partial struct RoomRecordingUploadType
{
    /// <summary>Amazon S3 (<c>s3</c>).</summary>
    public static RoomRecordingUploadType S3 { get; } = new("s3");

    /// <summary>Google Cloud Storage (<c>gs</c>).</summary>
    public static RoomRecordingUploadType GoogleCloudStorage { get; } = new("gs");

    /// <summary>Alibaba Cloud Object Storage Service (<c>oss</c>).</summary>
    public static RoomRecordingUploadType AlibabaOss { get; } = new("oss");

    /// <summary>Azure Blob Storage (<c>azure</c>).</summary>
    public static RoomRecordingUploadType Azure { get; } = new("azure");
}
