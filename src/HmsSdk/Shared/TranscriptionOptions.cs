using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk;

/// <summary>
/// Per-call transcription settings for <see cref="IRecordingsService.StartAsync"/> (and, through
/// <see cref="LiveStreamTranscriptionOptions"/>, for live streams). When omitted, the template's transcription
/// configuration applies. Transcripts and summaries arrive later as <c>transcript</c> and <c>summary</c> recording assets.
/// </summary>
public class TranscriptionOptions
{
    /// <summary>Turns transcription on or off for this job.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>The transcript formats to produce (<c>txt</c>, <c>srt</c>, <c>json</c>).</summary>
    [JsonPropertyName("output_modes")]
    public IList<TranscriptionOutputMode>? OutputModes { get; set; }

    /// <summary>Words and names the speech model should recognise (product names, jargon). Entries cannot be blank.</summary>
    [JsonPropertyName("custom_vocabulary")]
    public IList<string>? CustomVocabulary { get; set; }

    /// <summary>AI summary settings; the summary is produced from the transcript.</summary>
    [JsonPropertyName("summary")]
    public TranscriptionSummaryOptions? Summary { get; set; }
}

/// <summary>Settings for the AI summary produced from a transcript.</summary>
public sealed class TranscriptionSummaryOptions
{
    /// <summary>The maximum length of <see cref="Context"/>.</summary>
    public const int MaxContextLength = 300;

    /// <summary>The lowest accepted <see cref="Temperature"/>.</summary>
    public const double MinTemperature = 0.1;

    /// <summary>The highest accepted <see cref="Temperature"/>.</summary>
    public const double MaxTemperature = 1.0;

    /// <summary>The maximum number of <see cref="Sections"/>.</summary>
    public const int MaxSections = 6;

    /// <summary>Turns the summary on or off.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>What the conversation is about, to steer the summary; at most 300 characters.</summary>
    [JsonPropertyName("context")]
    public string? Context { get; set; }

    /// <summary>How freely the model writes, from 0.1 (literal) to 1.0 (creative); the API defaults to 0.5.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; set; }

    /// <summary>The sections of the summary, in order; at most 6.</summary>
    [JsonPropertyName("sections")]
    public IList<TranscriptionSummarySection>? Sections { get; set; }
}

/// <summary>One section of an AI summary.</summary>
public sealed class TranscriptionSummarySection
{
    /// <summary>The maximum length of <see cref="Title"/>.</summary>
    public const int MaxTitleLength = 100;

    /// <summary>Creates an empty section (for object initializers).</summary>
    public TranscriptionSummarySection()
    {
    }

    /// <summary>Creates a section.</summary>
    /// <param name="title">The section title, at most 100 characters.</param>
    /// <param name="format">How the section is written.</param>
    public TranscriptionSummarySection(string title, SummarySectionFormat format)
    {
        Title = title;
        Format = format;
    }

    /// <summary>The section title (required), for example <c>Action items</c>; at most 100 characters.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>How the section is written (required): <c>bullets</c> or <c>paragraph</c>.</summary>
    [JsonPropertyName("format")]
    public SummarySectionFormat? Format { get; set; }

    /// <summary>Fields this SDK version does not know, sent and received unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
