using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk.Serialization;

/// <summary>
/// Reads and writes an extensible string enum as its raw string. Unknown values are kept, never rejected,
/// because 100ms adds statuses and event types without notice.
/// </summary>
/// <typeparam name="T">The extensible enum struct.</typeparam>
internal abstract class ExtensibleEnumJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    /// <summary>Creates the enum value for a raw string read from JSON.</summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The enum value.</returns>
    protected abstract T FromString(string value);

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.String => FromString(reader.GetString() ?? string.Empty),
            // Tolerate numbers and booleans rather than failing a whole page over one odd field.
            JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => FromString(ReadRawScalar(ref reader)),
            _ => throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}."),
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteStringValue(value.ToString());
    }

    private static string ReadRawScalar(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }
}
