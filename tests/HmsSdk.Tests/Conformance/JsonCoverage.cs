using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace HmsSdk.Tests.Conformance;

/// <summary>
/// Proves nothing in a documented example is lost: the typed model, serialized back (typed properties plus
/// <c>AdditionalProperties</c>, which <c>[JsonExtensionData]</c> writes inline), must hold every key path of the
/// example with an equal value. Typed values are compared by meaning: a date string equals the same instant in any
/// format, a numeric string equals the number it was read as.
/// </summary>
public static class JsonCoverage
{
    /// <summary>Reflection serializer for the public models: nulls written so a documented <c>null</c> is accounted for.</summary>
    public static readonly JsonSerializerOptions RoundTrip = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>
    /// Second spellings the docs use for one field, which the SDK reads into the property of the first (each is a
    /// docs contradiction listed in docs/conformance.md): templates <c>_id</c>/<c>id</c>, storage credentials
    /// <c>secret</c>/<c>secretKey</c>, rooms <c>recording</c>/<c>recording_info</c>.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>
    {
        ["_id"] = "id",
        ["secret"] = "secretKey",
        ["recording"] = "recording_info",
    };

    /// <summary>Like <see cref="RoundTrip"/> but without extension data: only what the SDK types.</summary>
    public static readonly JsonSerializerOptions TypedOnly = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                static info =>
                {
                    if (info.Kind != JsonTypeInfoKind.Object)
                    {
                        return;
                    }

                    for (var i = info.Properties.Count - 1; i >= 0; i--)
                    {
                        if (info.Properties[i].IsExtensionData)
                        {
                            info.Properties.RemoveAt(i);
                        }
                    }
                },
            },
        },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Key paths of <paramref name="expected"/> that the model keeps only in AdditionalProperties.</summary>
    public static List<string> Untyped(JsonNode? expected, object? model)
    {
        var typed = model is null ? null : JsonSerializer.SerializeToNode(model, model.GetType(), TypedOnly);
        return Lost(expected, typed).Where(l => l.EndsWith("missing (neither typed nor in AdditionalProperties)", StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
    }

    public static JsonNode? Serialize(object? model) =>
        model is null ? null : JsonSerializer.SerializeToNode(model, model.GetType(), RoundTrip);

    /// <summary>Every key path of <paramref name="expected"/> absent from, or different in, <paramref name="actual"/>.</summary>
    public static List<string> Lost(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        var lost = new List<string>();
        Walk(expected, actual, path, lost);
        return lost;
    }

    private static void Walk(JsonNode? expected, JsonNode? actual, string path, List<string> lost)
    {
        switch (expected)
        {
            case null:
                // A documented null: typed nullable properties serialize back as null, extension data keeps it as null.
                if (actual is not null && actual.GetValueKind() != JsonValueKind.Null)
                {
                    lost.Add($"{path}: documented null came back as {actual.ToJsonString()}");
                }

                return;
            case JsonObject obj:
                if (actual is not JsonObject actualObj)
                {
                    lost.Add($"{path}: object came back as {Describe(actual)}");
                    return;
                }

                foreach (var (key, value) in obj)
                {
                    var found = actualObj.TryGetPropertyValue(key, out var actualValue);
                    var inner = new List<string>();
                    if (found)
                    {
                        Walk(value, actualValue, $"{path}.{key}", inner);
                    }

                    if ((!found || inner.Count > 0) && Aliases.TryGetValue(key, out var canonical)
                        && actualObj.TryGetPropertyValue(canonical, out var aliased))
                    {
                        // A documented second spelling the SDK folds into the typed property of the first.
                        var viaAlias = new List<string>();
                        Walk(value, aliased, $"{path}.{key}(as {canonical})", viaAlias);
                        if (viaAlias.Count == 0)
                        {
                            continue;
                        }
                    }

                    if (!found)
                    {
                        lost.Add($"{path}.{key}: missing (neither typed nor in AdditionalProperties)");
                    }

                    lost.AddRange(inner);
                }

                return;
            case JsonArray array:
                if (actual is not JsonArray actualArray)
                {
                    lost.Add($"{path}: array came back as {Describe(actual)}");
                    return;
                }

                if (array.Count != actualArray.Count)
                {
                    lost.Add($"{path}: {array.Count} items came back as {actualArray.Count}");
                    return;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], actualArray[i], $"{path}[{i}]", lost);
                }

                return;
            case JsonValue value:
                if (!SameValue(value, actual))
                {
                    lost.Add($"{path}: {value.ToJsonString()} came back as {Describe(actual)}");
                }

                return;
        }
    }

    private static string Describe(JsonNode? node) => node is null ? "null" : node.ToJsonString();

    private static bool SameValue(JsonValue expected, JsonNode? actual)
    {
        if (actual is not JsonValue actualValue)
        {
            return false;
        }

        var e = expected.GetValue<JsonElement>();
        var a = actualValue.GetValue<JsonElement>();
        if (e.ValueKind == a.ValueKind && e.ValueKind != JsonValueKind.String && e.ValueKind != JsonValueKind.Number)
        {
            return true; // true/false/null: kinds carry the value
        }

        if (e.ValueKind == JsonValueKind.Number || a.ValueKind == JsonValueKind.Number)
        {
            return AsDecimal(e) is { } x && AsDecimal(a) is { } y && x == y;
        }

        var es = e.GetString()!;
        var @as = a.GetString()!;
        if (es == @as)
        {
            return true;
        }

        // Same instant in another spelling (the SDK reads every documented date format into DateTimeOffset).
        return DateTimeOffset.TryParse(es, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var ed)
            && DateTimeOffset.TryParse(@as, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var ad)
            && Math.Abs((ed - ad).Ticks) < 10; // 7-digit .NET precision vs 9-digit docs timestamps
    }

    private static decimal? AsDecimal(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.TryGetDecimal(out var d) ? d : (decimal)e.GetDouble(),
        JsonValueKind.String when decimal.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
