using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmsSdk.Serialization;

/// <summary>
/// Reads and writes an extensible string enum as its raw string. Unknown values are kept, never rejected,
/// because 100ms adds statuses and event types without notice.
/// </summary>
/// <remarks>
/// Putting <c>[JsonConverter(typeof(ExtensibleEnumJsonConverter&lt;T&gt;))]</c> on a <c>readonly partial struct T</c>
/// also makes src/HmsSdk.Generators write the struct's equality, operators, conversion and <c>ToString</c>
/// (and <see cref="IExtensibleEnum{T}"/>); the hand-written file declares only the doc comment and known values.
/// </remarks>
/// <typeparam name="T">The extensible enum struct.</typeparam>
internal sealed class ExtensibleEnumJsonConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleEnum<T>
{
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

    private static T FromString(string value) => default(T).FromRaw(value);

    private static string ReadRawScalar(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }
}

/// <summary>Creates an extensible enum value from its raw string; implemented by the generated half of each enum.</summary>
/// <typeparam name="T">The extensible enum struct.</typeparam>
internal interface IExtensibleEnum<T>
    where T : struct
{
    /// <summary>Creates the value for a raw string (called on <c>default</c>, which it ignores).</summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The enum value.</returns>
    T FromRaw(string value);
}
