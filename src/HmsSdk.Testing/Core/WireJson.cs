using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HmsSdk.Testing.Core;

/// <summary>Formatting and reading helpers for the 100ms wire format.</summary>
internal static class WireJson
{
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = false };

    /// <summary>Millisecond precision, as the document-store backed resources (rooms, templates, room codes) show it.</summary>
    public static string Millis(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Nine fractional digits, as sessions, jobs and events show it (e.g. <c>2023-03-02T07:44:27.010516042Z</c>).</summary>
    public static string Nanos(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + "00Z";

    public static JsonNode? NanosOrNull(DateTimeOffset? value) => value is null ? null : JsonValue.Create(Nanos(value.Value));

    public static byte[] Serialize(JsonNode? node) =>
        node is null ? Encoding.UTF8.GetBytes("null") : Encoding.UTF8.GetBytes(node.ToJsonString(WriteOptions));

    public static JsonObject Error(int code, string message, IReadOnlyList<string> details)
    {
        var array = new JsonArray();
        foreach (var detail in details)
        {
            array.Add((JsonNode?)JsonValue.Create(detail));
        }

        return new JsonObject { ["code"] = code, ["message"] = message, ["details"] = array };
    }

    public static JsonObject Message(string message) => new() { ["message"] = message };

    public static JsonArray Strings(IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add((JsonNode?)JsonValue.Create(value));
        }

        return array;
    }

    public static JsonNode? Clone(JsonNode? node) => node?.DeepClone();

    // Body field readers: a present field of the wrong type is a 400, exactly like a missing required one.
    public static string? OptString(JsonObject body, string name, int? maxLength = null)
    {
        if (!body.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            throw FakeApiException.BadBody(name, name + " must be a string");
        }

        var text = value.GetValue<string>();
        if (maxLength is not null && text.Length > maxLength)
        {
            throw FakeApiException.BadBody(name, $"{name} must be at most {maxLength} characters");
        }

        return text;
    }

    public static string ReqString(JsonObject body, string name, int? maxLength = null)
    {
        var text = OptString(body, name, maxLength);
        if (string.IsNullOrEmpty(text))
        {
            throw FakeApiException.BadBody(name, name + " is required");
        }

        return text;
    }

    public static bool? OptBool(JsonObject body, string name)
    {
        if (!body.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node is JsonValue value)
        {
            var kind = value.GetValueKind();
            if (kind == JsonValueKind.True)
            {
                return true;
            }

            if (kind == JsonValueKind.False)
            {
                return false;
            }
        }

        throw FakeApiException.BadBody(name, name + " must be a boolean");
    }

    public static bool ReqBool(JsonObject body, string name) =>
        OptBool(body, name) ?? throw FakeApiException.BadBody(name, name + " is required");

    public static long? OptInt(JsonObject body, string name)
    {
        if (!body.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            var element = value.GetValue<JsonElement>();
            if (element.TryGetInt64(out var number))
            {
                return number;
            }
        }

        throw FakeApiException.BadBody(name, name + " must be an integer");
    }

    public static long ReqInt(JsonObject body, string name) =>
        OptInt(body, name) ?? throw FakeApiException.BadBody(name, name + " is required");

    public static JsonObject? OptObject(JsonObject body, string name)
    {
        if (!body.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        return node as JsonObject ?? throw FakeApiException.BadBody(name, name + " must be an object");
    }

    public static List<string>? OptStringArray(JsonObject body, string name)
    {
        if (!body.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node is not JsonArray array)
        {
            throw FakeApiException.BadBody(name, name + " must be an array of strings");
        }

        var result = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                throw FakeApiException.BadBody(name, name + " must be an array of strings");
            }

            result.Add(value.GetValue<string>());
        }

        return result;
    }

    /// <summary>Rejects any body field outside <paramref name="allowed"/> (the room-code update endpoint documents this).</summary>
    public static void OnlyFields(JsonObject body, params string[] allowed)
    {
        foreach (var property in body)
        {
            if (Array.IndexOf(allowed, property.Key) < 0)
            {
                throw FakeApiException.BadBody(property.Key, "unknown field " + property.Key);
            }
        }
    }
}
