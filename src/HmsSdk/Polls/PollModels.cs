using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>What a poll asks and how it runs: the fields a poll, its create body and its update body share.</summary>
public abstract class PollDefinition
{
    /// <summary>Initializes the shared fields of a derived type.</summary>
    protected PollDefinition()
    {
    }

    /// <summary>The title peers see.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>How long the poll runs, in seconds; 0 means until it is stopped or the session ends.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; set; }

    /// <summary>Whether answers are anonymous (API default false).</summary>
    [JsonPropertyName("anonymous")]
    public bool? Anonymous { get; set; }

    /// <summary>How answers are attributed (<c>userid</c> by default, or <c>peerid</c>).</summary>
    [JsonPropertyName("mode")]
    public PollMode? Mode { get; set; }

    /// <summary><c>poll</c> (default) or <c>quiz</c>.</summary>
    [JsonPropertyName("type")]
    public PollType? Type { get; set; }

    /// <summary>When a poll linked to a room starts: <c>auto</c> (default) or <c>manual</c>.</summary>
    [JsonPropertyName("start")]
    public PollStart? Start { get; set; }

    /// <summary>The questions, in order.</summary>
    [JsonPropertyName("questions")]
    public IList<PollQuestion>? Questions { get; set; }
}

/// <summary>A poll or quiz.</summary>
public sealed class Poll : PollDefinition
{
    /// <summary>The poll id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One question of a poll; used both in requests and responses.</summary>
public sealed class PollQuestion
{
    /// <summary>The 1-based position of the question in the poll.</summary>
    [JsonPropertyName("index")]
    public int? Index { get; set; }

    /// <summary>The question text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>How the text is rendered (API default <c>text</c>).</summary>
    [JsonPropertyName("format")]
    public PollQuestionFormat? Format { get; set; }

    /// <summary>The kind of answer, e.g. <c>single-choice</c>.</summary>
    [JsonPropertyName("type")]
    public PollQuestionType? Type { get; set; }

    /// <summary>Media shown with the question.</summary>
    [JsonPropertyName("attachment")]
    public IList<PollAttachment>? Attachment { get; set; }

    /// <summary>Whether a peer may skip the question (API default true).</summary>
    [JsonPropertyName("skippable")]
    public bool? Skippable { get; set; }

    /// <summary>Time allowed for the question, in seconds.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; set; }

    /// <summary>Whether a peer may answer only once (API default false).</summary>
    [JsonPropertyName("once")]
    public bool? Once { get; set; }

    /// <summary>The question's weight in a quiz score (API default 1).</summary>
    [JsonPropertyName("weight")]
    public int? Weight { get; set; }

    /// <summary>The minimum length of a free-text answer.</summary>
    [JsonPropertyName("answer_min_len")]
    public int? AnswerMinLength { get; set; }

    /// <summary>The maximum length of a free-text answer.</summary>
    [JsonPropertyName("answer_max_len")]
    public int? AnswerMaxLength { get; set; }

    /// <summary>The correct answer (quizzes).</summary>
    [JsonPropertyName("answer")]
    public PollAnswer? Answer { get; set; }

    /// <summary>The choices of a choice question.</summary>
    [JsonPropertyName("options")]
    public IList<PollOption>? Options { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The correct answer of a quiz question.</summary>
public sealed class PollAnswer
{
    /// <summary>Whether the answer is hidden from peers.</summary>
    [JsonPropertyName("hidden")]
    public bool? Hidden { get; set; }

    /// <summary>The 1-based indexes of the correct options.</summary>
    [JsonPropertyName("options")]
    public IList<int>? Options { get; set; }

    /// <summary>The correct free-text answer.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>Whether the free-text comparison is case-sensitive.</summary>
    [JsonPropertyName("case")]
    public bool? Case { get; set; }

    /// <summary>Whether surrounding whitespace is trimmed before comparing.</summary>
    [JsonPropertyName("trim")]
    public bool? Trim { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One choice of a poll question; used both in requests and responses.</summary>
public sealed class PollOption
{
    /// <summary>The 1-based position of the option in its question.</summary>
    [JsonPropertyName("index")]
    public int? Index { get; set; }

    /// <summary>The option text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>The option's weight in a quiz score.</summary>
    [JsonPropertyName("weight")]
    public int? Weight { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Media attached to a poll question.</summary>
public sealed class PollAttachment
{
    /// <summary>The media kind, e.g. <c>image</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Where the media is.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One run of a poll in a room session.</summary>
public sealed class PollSession
{
    /// <summary>The poll-session id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The poll id.</summary>
    [JsonPropertyName("poll_id")]
    public string? PollId { get; set; }

    /// <summary>The room session the poll ran in.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; set; }

    /// <summary>When the poll started.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the poll stopped; null while it runs.</summary>
    [JsonPropertyName("stopped_at")]
    public DateTimeOffset? StoppedAt { get; set; }

    /// <summary>How many responses were sent.</summary>
    [JsonPropertyName("total_responses")]
    public int? TotalResponses { get; set; }

    /// <summary>How many different participants responded.</summary>
    [JsonPropertyName("unique_participants")]
    public int? UniqueParticipants { get; set; }

    /// <summary>Fields this SDK version does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// One participant's entry for one question of a poll run: what <see cref="PollResponse"/> (the answer) and
/// <see cref="PollResult"/> (its score) both record.
/// </summary>
public abstract class PollQuestionEntry
{
    /// <summary>The entry id (the response or result id).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The poll id.</summary>
    [JsonPropertyName("poll_id")]
    public string? PollId { get; set; }

    /// <summary>The room session the poll ran in.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; set; }

    /// <summary>The 1-based index of the question.</summary>
    [JsonPropertyName("question")]
    public int? Question { get; set; }

    /// <summary>How long the participant took to answer.</summary>
    [JsonPropertyName("duration")]
    public long? Duration { get; set; }

    /// <summary>The participant's peer id.</summary>
    [JsonPropertyName("peer_id")]
    public string? PeerId { get; set; }

    /// <summary>The participant's user id.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    /// <summary>Fields this SDK version does not know (a response's selected options, for example).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One peer's answer to one poll question.</summary>
public sealed class PollResponse : PollQuestionEntry
{
    /// <summary>Whether the peer skipped the question.</summary>
    [JsonPropertyName("skipped")]
    public bool? Skipped { get; set; }

    /// <summary>The free-text answer.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>Whether this response replaces an earlier one.</summary>
    [JsonPropertyName("update")]
    public bool? Update { get; set; }

    /// <summary>The id of the response this one replaces.</summary>
    [JsonPropertyName("original_response")]
    public string? OriginalResponse { get; set; }

    /// <summary>How many times the peer changed the answer.</summary>
    [JsonPropertyName("retries")]
    public int? Retries { get; set; }

    /// <summary>When the answer was sent.</summary>
    [JsonPropertyName("sent_at")]
    public DateTimeOffset? SentAt { get; set; }
}

/// <summary>A participant's scored result for a poll question.</summary>
public sealed class PollResult : PollQuestionEntry
{
    /// <summary>The score (weights can make it fractional).</summary>
    [JsonPropertyName("score")]
    public double? Score { get; set; }
}

/// <summary>
/// A page of a poll list: <c>{limit, last}</c> and the items, under <c>responses</c> for sessions and responses (the
/// sessions list really uses that key) and under <c>results</c> for results.
/// </summary>
internal sealed class PollPage<T>
{
    [JsonPropertyName("limit")]
    public int? Limit { get; set; }

    [JsonPropertyName("last")]
    public string? Last { get; set; }

    [JsonPropertyName("responses")]
    public IList<T>? Responses { get; set; }

    [JsonPropertyName("results")]
    public IList<T>? Results { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
