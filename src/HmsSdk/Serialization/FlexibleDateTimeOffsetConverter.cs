using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk.Serialization;

/// <summary>
/// Reads 100ms timestamps: RFC 3339 / ISO-8601 with 0 to 9 fractional digits, <c>Z</c> or an offset.
/// Writes ISO-8601 UTC with millisecond precision, the form the API's filters document.
/// </summary>
internal sealed class FlexibleDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            if (HmsDateParser.TryParse(text, out value))
            {
                return value;
            }

            throw new JsonException($"'{text}' is not an ISO-8601 timestamp.");
        }

        throw new JsonException($"Expected a timestamp string, got {reader.TokenType}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteStringValue(HmsDateParser.Format(value));
    }
}

/// <summary>
/// Nullable variant of <see cref="FlexibleDateTimeOffsetConverter"/>: <c>null</c> and <c>""</c> read as <c>null</c>.
/// </summary>
internal sealed class FlexibleNullableDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (HmsDateParser.TryParse(text, out value))
            {
                return value;
            }

            throw new JsonException($"'{text}' is not an ISO-8601 timestamp.");
        }

        throw new JsonException($"Expected a timestamp string, got {reader.TokenType}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(HmsDateParser.Format(value.Value));
        }
    }
}

/// <summary>Parsing and formatting of the API's timestamps, shared by JSON and query strings.</summary>
internal static class HmsDateParser
{
    private static readonly string[] Formats =
    {
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd",
    };

    /// <summary>Formats as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses ISO-8601, trimming fractional digits beyond the 7 that .NET keeps.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = TrimExtraFraction(text!.Trim());
        return DateTimeOffset.TryParseExact(
            normalized,
            Formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value);
    }

    // "2023-03-02T07:44:27.010516042Z" has 9 digits; DateTimeOffset keeps 100 ns ticks (7 digits).
    private static string TrimExtraFraction(string text)
    {
        var dot = text.IndexOf('.');
        if (dot < 0)
        {
            return text;
        }

        var end = dot + 1;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        var digits = end - dot - 1;
        return digits <= 7 ? text : text.Substring(0, dot + 8) + text.Substring(end);
    }
}
