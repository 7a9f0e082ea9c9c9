using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>The body of <see cref="IPollsService.CreateAsync"/>.</summary>
public sealed class CreatePollOptions
{
    /// <summary>The title peers see; optional (null omits it).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>How long the poll runs, in seconds; 0 means until stopped or the session ends.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; set; }

    /// <summary>Whether answers are anonymous.</summary>
    [JsonPropertyName("anonymous")]
    public bool? Anonymous { get; set; }

    /// <summary>How answers are attributed.</summary>
    [JsonPropertyName("mode")]
    public PollMode? Mode { get; set; }

    /// <summary><c>poll</c> or <c>quiz</c>.</summary>
    [JsonPropertyName("type")]
    public PollType? Type { get; set; }

    /// <summary><c>auto</c> starts the poll with a linked room's session; <c>manual</c> waits for a peer.</summary>
    [JsonPropertyName("start")]
    public PollStart? Start { get; set; }

    /// <summary>The questions.</summary>
    [JsonPropertyName("questions")]
    public IList<PollQuestion>? Questions { get; set; }
}

/// <summary>The body of <see cref="IPollsService.UpdateAsync"/>: a full rewrite, so unset fields fall back to API defaults.</summary>
public sealed class UpdatePollOptions
{
    /// <summary>The title peers see; optional (null omits it).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>How long the poll runs, in seconds; 0 means until stopped or the session ends.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; set; }

    /// <summary>Whether answers are anonymous.</summary>
    [JsonPropertyName("anonymous")]
    public bool? Anonymous { get; set; }

    /// <summary>How answers are attributed.</summary>
    [JsonPropertyName("mode")]
    public PollMode? Mode { get; set; }

    /// <summary><c>poll</c> or <c>quiz</c>.</summary>
    [JsonPropertyName("type")]
    public PollType? Type { get; set; }

    /// <summary><c>auto</c> or <c>manual</c>.</summary>
    [JsonPropertyName("start")]
    public PollStart? Start { get; set; }

    /// <summary>The questions; they replace the existing ones.</summary>
    [JsonPropertyName("questions")]
    public IList<PollQuestion>? Questions { get; set; }
}

/// <summary>Paging for <see cref="IPollsService.ListSessionsAsync"/>.</summary>
public sealed class PollSessionListOptions
{
    /// <summary>The page size, 1 to 100 (API default 10).</summary>
    public int? Limit { get; set; }
}

/// <summary>Filters for <see cref="IPollsService.ListResponsesAsync"/>.</summary>
public sealed class PollResponseListOptions
{
    /// <summary>True also returns the original responses that later updates superseded (API default false).</summary>
    public bool? All { get; set; }

    /// <summary>Only responses to this 1-based question index.</summary>
    public int? Question { get; set; }

    /// <summary>The page size, 1 to 100 (API default 10).</summary>
    public int? Limit { get; set; }
}

/// <summary>Filters for <see cref="IPollsService.ListResultsAsync"/>.</summary>
public sealed class PollResultListOptions
{
    /// <summary>Only results for this 1-based question index.</summary>
    public int? Question { get; set; }

    /// <summary>The page size, 1 to 100 (API default 10).</summary>
    public int? Limit { get; set; }
}
