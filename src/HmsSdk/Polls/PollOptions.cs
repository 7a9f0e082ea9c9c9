using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>The body of <see cref="IPollsService.CreateAsync"/>.</summary>
public sealed class CreatePollOptions : PollDefinition
{
}

/// <summary>The body of <see cref="IPollsService.UpdateAsync"/>: a full rewrite, so unset fields fall back to API defaults.</summary>
public sealed class UpdatePollOptions : PollDefinition
{
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
