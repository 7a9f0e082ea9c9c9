using System;
using System.Collections.Generic;
using System.Globalization;

namespace HmsSdk;

/// <summary>
/// Checks shared by the recording, recording-asset, live-stream and external-stream services. Problems inside an
/// options object are reported with that parameter's name and the property path in the message, before any request.
/// </summary>
internal static class BeamValidation
{
    public const int MinLimit = 1;
    public const int MaxLimit = 100;

    public static void Limit(int? limit, string paramName) => Guard.Limit(limit, MinLimit, MaxLimit, paramName);

    /// <summary>Checks the page size and filters every beam list accepts.</summary>
    public static void ListFilters(string? roomId, string? sessionId, string? status, int? limit, string paramName)
    {
        Limit(limit, paramName);
        Guard.OptionalId(roomId, paramName, "RoomId");
        Guard.OptionalId(sessionId, paramName, "SessionId");
        Guard.OptionalId(status, paramName, "Status");
    }

    public static void OptionalText(string? value, string paramName, string property) => Guard.OptionalText(value, paramName, property);

    public static void PositiveResolution(VideoResolution? resolution, string paramName, string property)
    {
        if (resolution is null)
        {
            return;
        }

        if (resolution.Width is not > 0 || resolution.Height is not > 0)
        {
            throw new ArgumentOutOfRangeException(paramName, resolution.ToString(), $"{paramName}.{property} needs a positive Width and Height.");
        }
    }

    public static void Transcription(TranscriptionOptions? transcription, string paramName, string property)
    {
        if (transcription is null)
        {
            return;
        }

        var path = paramName + "." + property;
        NoDefaultEntries(transcription.OutputModes, paramName, path + ".OutputModes");
        if (transcription.CustomVocabulary is { } vocabulary)
        {
            foreach (var word in vocabulary)
            {
                if (string.IsNullOrWhiteSpace(word))
                {
                    throw new ArgumentException($"{path}.CustomVocabulary cannot contain null or blank entries.", paramName);
                }
            }
        }

        if (transcription.Summary is not { } summary)
        {
            return;
        }

        if (summary.Context is { Length: > TranscriptionSummaryOptions.MaxContextLength })
        {
            throw new ArgumentException(
                $"{path}.Summary.Context is {summary.Context.Length} characters; at most {TranscriptionSummaryOptions.MaxContextLength} are allowed.",
                paramName);
        }

        if (summary.Temperature is { } temperature &&
            (double.IsNaN(temperature) || temperature < TranscriptionSummaryOptions.MinTemperature || temperature > TranscriptionSummaryOptions.MaxTemperature))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                temperature,
                string.Format(CultureInfo.InvariantCulture, "{0}.Summary.Temperature must be between {1} and {2}.", path, TranscriptionSummaryOptions.MinTemperature, TranscriptionSummaryOptions.MaxTemperature));
        }

        if (summary.Sections is not { } sections)
        {
            return;
        }

        if (sections.Count > TranscriptionSummaryOptions.MaxSections)
        {
            throw new ArgumentException($"{path}.Summary.Sections has {sections.Count} entries; at most {TranscriptionSummaryOptions.MaxSections} are allowed.", paramName);
        }

        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i] ?? throw new ArgumentException($"{path}.Summary.Sections[{i}] is null.", paramName);
            Guard.NotNullOrWhiteSpace(section.Title, paramName, $"{path}.Summary.Sections[{i}].Title");

            if (section.Title!.Length > TranscriptionSummarySection.MaxTitleLength)
            {
                throw new ArgumentException(
                    $"{path}.Summary.Sections[{i}].Title is {section.Title.Length} characters; at most {TranscriptionSummarySection.MaxTitleLength} are allowed.",
                    paramName);
            }

            if (section.Format is not { } format || format.ToString().Length == 0)
            {
                throw new ArgumentException($"{path}.Summary.Sections[{i}].Format is required.", paramName);
            }
        }
    }

    /// <summary>Rejects <c>default</c> extensible-enum entries, which would be sent as empty strings.</summary>
    public static void NoDefaultEntries<T>(IList<T>? values, string paramName, string path)
        where T : struct
    {
        if (values is null)
        {
            return;
        }

        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value.ToString()))
            {
                throw new ArgumentException($"{path} cannot contain empty entries.", paramName);
            }
        }
    }
}
