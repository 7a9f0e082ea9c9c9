using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using HmsSdk.Serialization;

namespace HmsSdk.Tests.Reliability;

/// <summary>A generated JSON document for a model, with what the deserialized model must show.</summary>
internal sealed record JsonSample(string Json, IReadOnlyList<string> ExtraKeys, IReadOnlyList<(PropertyInfo Property, string Raw)> EnumValues)
{
    public override string ToString() => Json;
}

/// <summary>
/// Finds every public response model registered in the SDK's source-generated JSON contexts and generates wire JSON for
/// it from its own metadata: every property filled (or omitted) with a valid value of its type, dates in several ISO-8601
/// forms, extensible enums set to values the SDK has never heard of, and unknown fields added at every object level.
/// </summary>
internal static class JsonModels
{
    private static readonly string[] DateFormats =
    {
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.fff'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.fffffff'00Z'",
        "yyyy-MM-dd'T'HH:mm:ss.ffffffzzz",
    };

    /// <summary>Public models of <c>HmsSdk</c> and <c>HmsSdk.Webhooks</c> (with an extension-data bag) and their metadata, one per type.</summary>
    public static IReadOnlyList<(Type Type, JsonTypeInfo TypeInfo)> All()
    {
        var found = new Dictionary<Type, JsonTypeInfo>();
        foreach (var context in Contexts())
        {
            foreach (var property in context.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!property.PropertyType.IsGenericType || property.PropertyType.GetGenericTypeDefinition() != typeof(JsonTypeInfo<>))
                {
                    continue;
                }

                var type = property.PropertyType.GetGenericArguments()[0];
                if (type.IsPublic && type.IsClass && type.Namespace is "HmsSdk" or "HmsSdk.Webhooks" && ExtensionData(type) is not null && !found.ContainsKey(type))
                {
                    found[type] = (JsonTypeInfo)property.GetValue(context)!;
                }
            }
        }

        return found.OrderBy(f => f.Key.FullName, StringComparer.Ordinal).Select(f => (f.Key, f.Value)).ToArray();
    }

    public static PropertyInfo? ExtensionData(Type type) =>
        type.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is not null);

    public static JsonSample Generate(JsonTypeInfo typeInfo, Random random)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var extra = new List<string>();
        var enums = new List<(PropertyInfo, string)>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteObject(writer, typeInfo, random, depth: 0, extra, enums);
        }

        return new JsonSample(Encoding.UTF8.GetString(buffer.WrittenSpan), extra, enums);
    }

    private static IEnumerable<JsonSerializerContext> Contexts() =>
        typeof(HmsClient).Assembly.GetTypes()
            .Where(t => typeof(JsonSerializerContext).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => t.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<JsonSerializerContext>();

    private static void WriteObject(Utf8JsonWriter writer, JsonTypeInfo typeInfo, Random random, int depth, List<string>? extraKeys, List<(PropertyInfo, string)>? enums)
    {
        writer.WriteStartObject();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in typeInfo.Properties)
        {
            names.Add(property.Name);
            if (property.IsExtensionData || !CanGenerate(property.PropertyType, typeInfo.Options, depth) || (!property.IsRequired && random.Next(6) == 0))
            {
                continue; // absent fields are normal
            }

            writer.WritePropertyName(property.Name);
            var clr = property.AttributeProvider as PropertyInfo
                ?? typeInfo.Type.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name == property.Name);
            var raw = WriteValue(writer, property.PropertyType, typeInfo.Options, random, depth);
            if (raw is not null && clr is not null && enums is not null)
            {
                enums.Add((clr, raw));
            }
        }

        var extras = random.Next(4);
        for (var i = 0; i < extras; i++)
        {
            var name = "x_unknown_" + random.Next(100_000).ToString(CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? string.Empty : "_名前");
            if (!names.Add(name))
            {
                continue;
            }

            writer.WritePropertyName(name);
            WriteRandomJson(writer, random, depth + 1);
            extraKeys?.Add(name);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a value of <paramref name="type"/>; returns the raw string when it wrote an extensible enum.</summary>
    private static string? WriteValue(Utf8JsonWriter writer, Type type, JsonSerializerOptions options, Random random, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null || (!type.IsValueType && random.Next(8) == 0))
        {
            if (random.Next(4) == 0)
            {
                writer.WriteNullValue();
                return null;
            }

            type = underlying ?? type;
        }

        if (type == typeof(string))
        {
            writer.WriteStringValue(RandomText(random));
        }
        else if (type == typeof(bool))
        {
            writer.WriteBooleanValue(random.Next(2) == 0);
        }
        else if (type == typeof(int) || type == typeof(short))
        {
            writer.WriteNumberValue(random.Next(-1000, 100_000));
        }
        else if (type == typeof(long))
        {
            writer.WriteNumberValue(random.NextInt64(-1, long.MaxValue));
        }
        else if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            writer.WriteNumberValue(Math.Round(random.NextDouble() * 1000, 3));
        }
        else if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            var at = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(random.Next(0, 300_000_000)).AddTicks(random.Next(0, 10_000_000));
            var format = DateFormats[random.Next(DateFormats.Length)];
            writer.WriteStringValue(at.ToOffset(TimeSpan.FromMinutes(30 * random.Next(-8, 9))).ToString(format, CultureInfo.InvariantCulture));
        }
        else if (type == typeof(JsonElement))
        {
            WriteRandomJson(writer, random, depth + 1);
        }
        else if (IsExtensibleEnum(type))
        {
            var raw = "unheard_of." + RandomText(random);
            writer.WriteStringValue(raw);
            return raw;
        }
        else if (ElementType(type) is { } element)
        {
            writer.WriteStartArray();
            var count = depth > 3 || !CanGenerate(element, options, depth + 1) ? 0 : random.Next(3);
            for (var i = 0; i < count; i++)
            {
                WriteValue(writer, element, options, random, depth + 1);
            }

            writer.WriteEndArray();
        }
        else if (DictionaryValueType(type) is { } valueType)
        {
            writer.WriteStartObject();
            var count = depth > 3 || !CanGenerate(valueType, options, depth + 1) ? 0 : random.Next(3);
            for (var i = 0; i < count; i++)
            {
                writer.WritePropertyName("key_" + i.ToString(CultureInfo.InvariantCulture));
                WriteValue(writer, valueType, options, random, depth + 1);
            }

            writer.WriteEndObject();
        }
        else if (options.TryGetTypeInfo(type, out var nested) && nested.Kind == JsonTypeInfoKind.Object && depth < 5)
        {
            WriteObject(writer, nested, random, depth + 1, null, null);
        }
        else
        {
            writer.WriteNullValue();
        }

        return null;
    }

    private static bool CanGenerate(Type type, JsonSerializerOptions options, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(short) || type == typeof(long) ||
            type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(DateTimeOffset) ||
            type == typeof(DateTime) || type == typeof(JsonElement) || IsExtensibleEnum(type))
        {
            return true;
        }

        if (ElementType(type) is not null || DictionaryValueType(type) is not null)
        {
            return true; // empty when the element cannot be generated
        }

        return !type.IsEnum && !type.IsValueType && depth < 5 && options.TryGetTypeInfo(type, out var nested) && nested.Kind == JsonTypeInfoKind.Object;
    }

    private static void WriteRandomJson(Utf8JsonWriter writer, Random random, int depth)
    {
        switch (depth > 3 ? random.Next(4) : random.Next(7))
        {
            case 0:
                writer.WriteStringValue(RandomText(random));
                break;
            case 1:
                writer.WriteNumberValue(random.Next() / 7.0);
                break;
            case 2:
                writer.WriteBooleanValue(random.Next(2) == 0);
                break;
            case 3:
                writer.WriteNullValue();
                break;
            case 4:
            case 5:
                writer.WriteStartObject();
                for (var i = random.Next(3); i > 0; i--)
                {
                    writer.WritePropertyName("n" + i.ToString(CultureInfo.InvariantCulture));
                    WriteRandomJson(writer, random, depth + 1);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteStartArray();
                for (var i = random.Next(3); i > 0; i--)
                {
                    WriteRandomJson(writer, random, depth + 1);
                }

                writer.WriteEndArray();
                break;
        }
    }

    private static string RandomText(Random random)
    {
        var pieces = new[] { "", "a", "Zz", "\"", "\\", "\n", "名前", "\U0001F600", "null", "{}", "x y", "%2F", "../" };
        var builder = new StringBuilder();
        for (var i = random.Next(4); i > 0; i--)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }

    private static bool IsExtensibleEnum(Type type) =>
        type.IsValueType && type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType is { } converter && IsExtensibleConverter(converter);

    private static bool IsExtensibleConverter(Type? converter)
    {
        for (; converter is not null; converter = converter.BaseType)
        {
            if (converter.IsGenericType && converter.GetGenericTypeDefinition() == typeof(ExtensibleEnumJsonConverter<>))
            {
                return true;
            }
        }

        return false;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type != typeof(string))
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>) ||
                definition == typeof(ICollection<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }

    private static Type? DictionaryValueType(Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)) &&
               type.GetGenericArguments()[0] == typeof(string)
            ? type.GetGenericArguments()[1]
            : null;
    }
}
