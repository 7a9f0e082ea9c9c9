using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HmsSdk.Cli.Webhooks;

/// <summary>
/// Realistic webhook bodies for every event type the SDK knows, built from the 100ms docs' samples (the embedded
/// webhook-samples.json cites the file and commit). The docs mask ids with asterisks; those masks are filled with
/// well-formed values that stay consistent across one run (the same room, session and peer in every event), and each
/// event gets a fresh envelope id and the current timestamp so receivers that de-duplicate by id see new deliveries.
/// </summary>
internal sealed class WebhookPayloads
{
    private static readonly Lazy<(IReadOnlyList<string> Types, Dictionary<string, JsonObject> Samples)> Embedded = new(Load);

    private readonly Random _random;
    private readonly Dictionary<string, string> _scenario = new(StringComparer.Ordinal);

    public WebhookPayloads(int? seed) => _random = seed is { } s ? new Random(s) : new Random();

    /// <summary>The event types, in the order of the docs' webhook page.</summary>
    public static IReadOnlyList<string> Types => Embedded.Value.Types;

    public static bool IsKnown(string type) => Embedded.Value.Samples.ContainsKey(type);

    /// <summary>The docs' sample for <paramref name="type"/>, unmodified (masks included).</summary>
    public static JsonObject Sample(string type) => (JsonObject)Embedded.Value.Samples[type].DeepClone();

    /// <summary>A body ready to send: the sample with masks filled, a fresh id and <paramref name="now"/> as its timestamp.</summary>
    public JsonObject Build(string type, DateTimeOffset now)
    {
        var body = Sample(type);
        Fill(body, null);
        body["id"] = Uuid();
        body["timestamp"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return body;
    }

    private void Fill(JsonNode? node, string? key)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in new List<string>(Names(obj)))
                {
                    if (obj[name] is JsonValue value && value.TryGetValue<string>(out var text) && IsMask(text))
                    {
                        obj[name] = Replacement(name, text);
                    }
                    else
                    {
                        Fill(obj[name], name);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text) && IsMask(text))
                    {
                        array[i] = Replacement(key ?? "item", text);
                    }
                    else
                    {
                        Fill(array[i], key);
                    }
                }

                break;
        }
    }

    private static IEnumerable<string> Names(JsonObject obj)
    {
        foreach (var pair in obj)
        {
            yield return pair.Key;
        }
    }

    private static bool IsMask(string text) => text.Length > 0 && text.Trim('*', '-').Length == 0;

    // One value per field name for the whole run, so every event talks about the same room, session and peer.
    private string Replacement(string name, string mask)
    {
        if (_scenario.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var value = name switch
        {
            "room_name" => "demo-room",
            "role" => "host",
            "previous_role" => "guest",
            "user_name" => "Ana",
            "reason" => "server_error",
            _ when mask.Contains('-', StringComparison.Ordinal) => Uuid(),
            _ => ObjectId(),
        };
        _scenario[name] = value;
        return value;
    }

    private string ObjectId()
    {
        Span<byte> bytes = stackalloc byte[12];
        _random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    private string Uuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }

    private static (IReadOnlyList<string>, Dictionary<string, JsonObject>) Load()
    {
        using var stream = typeof(WebhookPayloads).Assembly.GetManifestResourceStream("webhook-samples.json")
            ?? throw new InvalidOperationException("The embedded webhook samples are missing from the hms assembly.");
        var root = JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        var types = new List<string>();
        var samples = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (type, sample) in root["events"]!.AsObject())
        {
            types.Add(type);
            samples[type] = sample!.AsObject();
        }

        return (types, samples);
    }
}
