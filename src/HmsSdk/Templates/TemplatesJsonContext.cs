using System.Collections.Generic;
using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Templates;

/// <summary>Source-generated metadata for template models and request bodies (camelCase names come from the attributes).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(Template))]
[JsonSerializable(typeof(HmsListResponse<Template>))]
[JsonSerializable(typeof(TemplateRole))]
[JsonSerializable(typeof(TemplateSettings))]
[JsonSerializable(typeof(TemplateDestinations))]
[JsonSerializable(typeof(TemplatePlugins))]
[JsonSerializable(typeof(RecordingConfig))]
[JsonSerializable(typeof(IReadOnlyList<RecordingConfig>))]
[JsonSerializable(typeof(CreateTemplateOptions))]
[JsonSerializable(typeof(UpdateTemplateOptions))]
internal sealed partial class TemplatesJsonContext : JsonSerializerContext
{
}
