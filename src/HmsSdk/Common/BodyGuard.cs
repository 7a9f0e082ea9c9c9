using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HmsSdk;

/// <summary>
/// The rules every JSON request body obeys, checked from the source-generated metadata (no reflection over types,
/// NativeAOT-safe) before the body is serialized: text is never blank or malformed (null omits a field), numbers are
/// never negative, lists hold no null or blank entries. Services still check what is specific to an endpoint
/// (ranges, required fields); this catches the same mistakes in every nested model, including ones added later.
/// </summary>
internal static class BodyGuard
{
    private const int MaxDepth = 32;

    /// <summary>Fields where the API itself uses a value the general rules refuse: -1 for "no limit"; "" where the 100ms
    /// docs send it (clear metadata; active-rooms/send-message.mdx "no role filter"; active-rooms/remove-peers.mdx reason;
    /// the SIP how-to's outbound call user_id).</summary>
    private static readonly HashSet<string> MinusOneMeansUnlimited = new(StringComparer.Ordinal) { "TemplateRole.MaxPeerCount" };

    private static readonly HashSet<string> EmptyIsDocumented = new(StringComparer.Ordinal)
    {
        "UpdatePeerOptions.Metadata", "SendMessageOptions.Role", "RemovePeersOptions.Reason", "StartSipCallOptions.UserId",
    };

    /// <summary>Checks <paramref name="value"/>; a problem throws <see cref="ArgumentException"/> naming
    /// <paramref name="paramName"/>, with the property path (<c>options.Settings.Recording.Upload.Prefix</c>) in the message.</summary>
    public static void Check<T>(T value, JsonTypeInfo<T> typeInfo, string paramName)
    {
        if (value is not null)
        {
            CheckObject(value, typeInfo, paramName, paramName, 0);
        }
    }

    private static void CheckObject(object value, JsonTypeInfo typeInfo, string paramName, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in typeInfo.Properties)
                {
                    if (property.Get is null || property.IsExtensionData)
                    {
                        continue;
                    }

                    var name = property.AttributeProvider is MemberInfo member ? member.Name : property.Name;
                    var field = typeInfo.Type.Name + "." + name;
                    var child = property.Get(value);
                    if ((child is -1 && MinusOneMeansUnlimited.Contains(field)) || (child is "" && EmptyIsDocumented.Contains(field)))
                    {
                        continue;
                    }

                    CheckValue(child, property.PropertyType, typeInfo.Options, paramName, path + "." + name, depth + 1);
                }

                break;
            case JsonTypeInfoKind.Dictionary when value is IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key as string;
                    if (key is not null && (Guard.IsBlank(key) || !Guard.IsWellFormedUtf16(key)))
                    {
                        throw new ArgumentException($"'{path}' cannot contain blank or malformed keys.", paramName);
                    }

                    if (entry.Value is null)
                    {
                        throw new ArgumentException($"'{path}[{Guard.Echo(key)}]' cannot be null.", paramName);
                    }

                    CheckValue(entry.Value, entry.Value.GetType(), typeInfo.Options, paramName, $"{path}[{Guard.Echo(key)}]", depth + 1);
                }

                break;
            case JsonTypeInfoKind.Enumerable when value is IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    if (item is null || (item is string text && (Guard.IsBlank(text) || !Guard.IsWellFormedUtf16(text))))
                    {
                        throw Guard.BlankEntries(paramName, path);
                    }

                    CheckValue(item, item.GetType(), typeInfo.Options, paramName, $"{path}[{index}]", depth + 1);
                    index++;
                }

                break;
        }
    }

    private static void CheckValue(object? value, Type declared, JsonSerializerOptions options, string paramName, string path, int depth)
    {
        switch (value)
        {
            case null:
            case bool:
            case JsonElement:
                return;
            case string text:
                Guard.Text(text, paramName, path);
                return;
            case int number when number < 0:
                throw Guard.Negative(paramName, path, number);
            case long number when number < 0:
                throw Guard.Negative(paramName, path, number);
            case double number when number < 0 || double.IsNaN(number):
                throw Guard.Negative(paramName, path, number);
            case decimal number when number < 0:
                throw Guard.Negative(paramName, path, number);
            case TimeSpan span when span < TimeSpan.Zero:
                throw Guard.Negative(paramName, path, span);
        }

        if (value.GetType().IsPrimitive || value is Enum or DateTimeOffset or DateTime or TimeSpan or Guid or decimal)
        {
            return;
        }

        if (options.TryGetTypeInfo(Nullable.GetUnderlyingType(declared) ?? declared, out var typeInfo) && typeInfo.Kind != JsonTypeInfoKind.None)
        {
            CheckObject(value, typeInfo, paramName, path, depth);
        }
    }
}
