using System;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>
/// The media-server region of a room (<c>region</c>), also a template's default region for its rooms.
/// Extensible: values the SDK does not know are kept as they are.
/// </summary>
[JsonConverter(typeof(RoomRegionJsonConverter))]
public readonly struct RoomRegion : IEquatable<RoomRegion>
{
    private readonly string? _value;

    /// <summary>Creates a region from its raw API value.</summary>
    /// <param name="value">The raw value, for example <c>eu</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public RoomRegion(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Europe (<c>eu</c>).</summary>
    public static RoomRegion Europe { get; } = new("eu");

    /// <summary>India (<c>in</c>).</summary>
    public static RoomRegion India { get; } = new("in");

    /// <summary>United States (<c>us</c>).</summary>
    public static RoomRegion UnitedStates { get; } = new("us");

    /// <summary>Picked by 100ms from where peers join (<c>auto</c>).</summary>
    public static RoomRegion Auto { get; } = new("auto");

    /// <summary>Converts a raw API value.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator RoomRegion(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(RoomRegion left, RoomRegion right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(RoomRegion left, RoomRegion right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RoomRegion other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RoomRegion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The raw API value.</summary>
    /// <returns>The value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="RoomRegion"/> as its raw string.</summary>
internal sealed class RoomRegionJsonConverter : ExtensibleEnumJsonConverter<RoomRegion>
{
    /// <inheritdoc />
    protected override RoomRegion FromString(string value) => new(value);
}

/// <summary>
/// The storage provider that recordings are uploaded to: a room's <c>upload_info.type</c> and a template's
/// recording storage <c>type</c>.
/// Extensible: values the SDK does not know are kept as they are.
/// </summary>
[JsonConverter(typeof(RoomRecordingUploadTypeJsonConverter))]
public readonly struct RoomRecordingUploadType : IEquatable<RoomRecordingUploadType>
{
    private readonly string? _value;

    /// <summary>Creates an upload type from its raw API value.</summary>
    /// <param name="value">The raw value, for example <c>s3</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public RoomRecordingUploadType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Amazon S3 (<c>s3</c>).</summary>
    public static RoomRecordingUploadType S3 { get; } = new("s3");

    /// <summary>Google Cloud Storage (<c>gs</c>).</summary>
    public static RoomRecordingUploadType GoogleCloudStorage { get; } = new("gs");

    /// <summary>Alibaba Cloud Object Storage Service (<c>oss</c>).</summary>
    public static RoomRecordingUploadType AlibabaOss { get; } = new("oss");

    /// <summary>Azure Blob Storage (<c>azure</c>).</summary>
    public static RoomRecordingUploadType Azure { get; } = new("azure");

    /// <summary>Converts a raw API value.</summary>
    /// <param name="value">The raw value.</param>
    public static implicit operator RoomRecordingUploadType(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(RoomRecordingUploadType left, RoomRecordingUploadType right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(RoomRecordingUploadType left, RoomRecordingUploadType right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RoomRecordingUploadType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RoomRecordingUploadType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The raw API value.</summary>
    /// <returns>The value, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="RoomRecordingUploadType"/> as its raw string.</summary>
internal sealed class RoomRecordingUploadTypeJsonConverter : ExtensibleEnumJsonConverter<RoomRecordingUploadType>
{
    /// <inheritdoc />
    protected override RoomRecordingUploadType FromString(string value) => new(value);
}
