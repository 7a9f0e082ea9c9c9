using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk.Polls;

/// <summary>Source-generated metadata for the poll models, request bodies and list envelopes.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(FlexibleDateTimeOffsetConverter), typeof(FlexibleNullableDateTimeOffsetConverter) })]
[JsonSerializable(typeof(Poll))]
[JsonSerializable(typeof(PollQuestion))]
[JsonSerializable(typeof(PollAnswer))]
[JsonSerializable(typeof(PollOption))]
[JsonSerializable(typeof(PollAttachment))]
[JsonSerializable(typeof(PollSession))]
[JsonSerializable(typeof(PollResponse))]
[JsonSerializable(typeof(PollResult))]
[JsonSerializable(typeof(PollPage<PollSession>))]
[JsonSerializable(typeof(PollPage<PollResponse>))]
[JsonSerializable(typeof(PollPage<PollResult>))]
[JsonSerializable(typeof(CreatePollOptions))]
[JsonSerializable(typeof(UpdatePollOptions))]
internal sealed partial class PollsJsonContext : JsonSerializerContext
{
}
