using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using HmsSdk.Tests.Reliability;

namespace HmsSdk.Tests.Conformance;

/// <summary>
/// Property: take a documented response example from the corpus, change the JSON kind of one random optional field
/// (anything but the root, list envelopes and <c>id</c>), serve it, and the public call still succeeds with the raw
/// value retained: either the model typed it, or it sits in the owning model's AdditionalProperties under its key.
/// </summary>
public sealed class DriftPropertyTests
{
    public const ulong Seed = 20261128;
    public const int Iterations = 500;

    /// <summary>A reflection serializer (tests only) that writes typed properties and extension data back out.</summary>
    private static readonly JsonSerializerOptions RoundTrip = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly JsonNode?[] Replacements =
    [
        JsonValue.Create("drift-value"),
        JsonValue.Create(4242.5),
        JsonValue.Create(true),
        new JsonObject { ["drift"] = 1 },
        new JsonArray("drift", 2),
        null,
    ];

    /// <summary>Routes whose public call returns the example's whole body (or its list items, under the items key).</summary>
    private static readonly Dictionary<string, (string? ItemsKey, Func<HmsClient, DocsExample, Task<object?>> Call)> Calls = new(StringComparer.Ordinal)
    {
        ["GET /rooms/{room_id}"] = (null, async (c, _) => await c.Rooms.GetAsync("room-1")),
        ["GET /rooms"] = ("data", async (c, _) => await FirstPageAsync(c.Rooms.ListAsync())),
        ["GET /sessions/{session_id}"] = (null, async (c, _) => await c.Sessions.GetAsync("session-1")),
        ["GET /sessions"] = ("data", async (c, _) => await FirstPageAsync(c.Sessions.ListAsync())),
        ["GET /active-rooms/{room_id}"] = (null, async (c, _) => await c.ActiveRooms.GetAsync("room-1")),
        ["GET /active-rooms/{room_id}/peers/{peer_id}"] = (null, async (c, _) => await c.ActiveRooms.GetPeerAsync("room-1", "peer-1")),
        ["GET /templates/{template_id}"] = (null, async (c, _) => await c.Templates.GetAsync("template-1")),
        ["GET /templates"] = ("data", async (c, _) => await FirstPageAsync(c.Templates.ListAsync())),
        ["GET /templates/{template_id}/roles/{role_name}"] = (null, async (c, _) => await c.Templates.GetRoleAsync("template-1", "host")),
        ["GET /templates/{template_id}/settings"] = (null, async (c, _) => await c.Templates.GetSettingsAsync("template-1")),
        ["GET /templates/{template_id}/destinations"] = (null, async (c, _) => await c.Templates.GetDestinationsAsync("template-1")),
        ["GET /recordings/{recording_id}"] = (null, async (c, _) => await c.Recordings.GetAsync("recording-1")),
        ["GET /recordings"] = ("data", async (c, _) => await FirstPageAsync(c.Recordings.ListAsync())),
        ["GET /live-streams/{stream_id}"] = (null, async (c, _) => await c.LiveStreams.GetAsync("stream-1")),
        ["GET /live-streams"] = ("data", async (c, _) => await FirstPageAsync(c.LiveStreams.ListAsync())),
        ["GET /external-streams/{stream_id}"] = (null, async (c, _) => await c.ExternalStreams.GetAsync("stream-1")),
        ["GET /external-streams"] = ("data", async (c, _) => await FirstPageAsync(c.ExternalStreams.ListAsync())),
        ["GET /recording-assets/{asset_id}"] = (null, async (c, _) => await c.RecordingAssets.GetAsync("asset-1")),
        ["GET /recording-assets"] = ("data", async (c, _) => await FirstPageAsync(c.RecordingAssets.ListAsync())),
        ["GET /polls/{poll_id}"] = (null, async (c, _) => await c.Polls.GetAsync("poll-1")),
        ["GET /analytics/peer-stats"] = (null, async (c, _) => await c.Analytics.GetPeerStatsAsync("peer-1", "session-1")),
        ["GET /analytics/webhooks/replay/{workflow_id}"] = (null, async (c, _) => await c.Analytics.GetWebhookReplayStatusAsync("workflow-1")),
        ["GET /analytics/events"] = ("events", async (c, e) => e.Source.EndsWith("error-events.mdx", StringComparison.Ordinal)
            ? await FirstPageAsync(c.Analytics.ListErrorEventsAsync(new ErrorEventListOptions("room-1")))
            : e.Source.EndsWith("recording-events.mdx", StringComparison.Ordinal)
                ? await FirstPageAsync(c.Analytics.ListRecordingEventsAsync(new RecordingEventListOptions("room-1")))
                : await FirstPageAsync(c.Analytics.ListTrackEventsAsync(new TrackEventListOptions("room-1")))),
    };

    private static readonly IReadOnlyList<DocsExample> Examples = DocsCorpus.OfKind(DocsCorpus.ResponseKind)
        .Where(e => e.Route is { } route && Calls.ContainsKey(route))
        .ToList();

    [Fact]
    public void The_property_covers_the_corpus_routes_it_names()
    {
        Examples.Should().HaveCountGreaterThan(35);
        Examples.Select(e => e.Route).Distinct().Should().HaveCount(Calls.Count, "every mapped route has a documented example");
    }

    [Fact]
    public async Task Changing_the_kind_of_any_optional_field_keeps_the_call_and_the_raw_value()
    {
        var gen = Gen.Select(Gen.Int[0, Examples.Count - 1], Gen.Int[0, int.MaxValue - 1], Gen.Int[0, Replacements.Length - 1]);
        var repaired = 0;
        await Property.ForAllAsync(gen, Seed, Iterations, async input =>
        {
            var (exampleIndex, positionPick, replacementPick) = input;
            var example = Examples[exampleIndex];
            var (itemsKey, call) = Calls[example.Route!];
            var body = example.Node;
            var positions = MutablePositions(body, itemsKey);
            if (positions.Count == 0)
            {
                return;
            }

            var (container, key, index) = positions[positionPick % positions.Count];
            var original = key is null ? container.AsArray()[index] : container[key];
            var replacement = PickDifferentKind(original, replacementPick);
            if (key is null)
            {
                container.AsArray()[index] = replacement;
            }
            else
            {
                container[key] = replacement;
            }

            // Where the raw value must survive: the property itself, or (a bad array element or dictionary entry) an
            // enclosing property whose whole value, as sent, is kept.
            var levels = OwningProperties(container, key);

            var (client, handler, logs) = DriftToleranceTests.ClientAnswering(body.ToJsonString());
            using (client)
            using (handler)
            {
                var where = $"{example.Id}: {Show(PathOf(levels[0].Owner, itemsKey) ?? [])}.{levels[0].Key} = {Describe(replacement)}";
                var model = await call(client, example);
                model.Should().NotBeNull(where);
                using var serialized = JsonDocument.Parse(JsonSerializer.Serialize(model, model!.GetType(), RoundTrip));
                if (logs.Warnings.Any(w => levels.Any(l => w.Contains("." + l.Key + " at ", StringComparison.Ordinal))))
                {
                    repaired++;
                }

                // Typed as it came (a string property, an extensible enum reading 4242.5 as "4242.5", a JsonElement
                // property) or, repaired, kept as sent in the AdditionalProperties of the property or an enclosing one.
                levels.Should().Contain(
                    level => Candidates(serialized.RootElement, level, itemsKey).Any(c => Retains(c, level.Owner[level.Key])),
                    $"{where}: the value is typed or its raw form is in the owner's AdditionalProperties; the model has {string.Join(" | ", levels.Select(l => Show(PathOf(l.Owner, itemsKey) ?? []) + "." + l.Key + ": " + string.Join(", ", Candidates(serialized.RootElement, l, itemsKey).Select(c => c.GetRawText()))))}");
            }
        });

        repaired.Should().BeGreaterThan(Iterations / 4, "most kind changes need a repair, so the property exercises drift tolerance");
    }

    private static async Task<object?> FirstPageAsync<T>(HmsAsyncPageable<T> pageable)
    {
        await foreach (var page in pageable.AsPages())
        {
            return page.Items.ToList();
        }

        return null;
    }

    /// <summary>Every property value and array element inside the part of the body the call returns, except ids.</summary>
    private static List<(JsonNode Container, string? Key, int Index)> MutablePositions(JsonNode body, string? itemsKey)
    {
        var positions = new List<(JsonNode, string?, int)>();
        var roots = itemsKey is null
            ? new List<JsonNode> { body }
            : (body[itemsKey] as JsonArray)?.Where(i => i is JsonObject).Select(i => i!).ToList() ?? [];
        foreach (var root in roots)
        {
            Collect(root, positions);
        }

        return positions;
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> positions)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (key == "id")
                    {
                        continue;
                    }

                    positions.Add((obj, key, -1));
                    if (value is not null)
                    {
                        Collect(value, positions);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    positions.Add((array, null, i));
                    if (array[i] is { } item)
                    {
                        Collect(item, positions);
                    }
                }

                break;
        }
    }

    private static JsonNode? PickDifferentKind(JsonNode? original, int pick)
    {
        var originalKind = original?.GetValueKind() ?? JsonValueKind.Null;
        for (var i = 0; i < Replacements.Length; i++)
        {
            var candidate = Replacements[(pick + i) % Replacements.Length];
            var kind = candidate?.GetValueKind() ?? JsonValueKind.Null;
            if (Normalize(kind) != Normalize(originalKind))
            {
                return candidate?.DeepClone();
            }
        }

        throw new InvalidOperationException("unreachable: the replacements cover every kind");
    }

    private static JsonValueKind Normalize(JsonValueKind kind) => kind == JsonValueKind.False ? JsonValueKind.True : kind;

    /// <summary>The object properties enclosing a position, innermost first (array steps folded into their property).</summary>
    private static List<(JsonObject Owner, string Key)> OwningProperties(JsonNode container, string? key)
    {
        var levels = new List<(JsonObject, string)>();
        JsonNode? node = container;
        if (key is not null)
        {
            levels.Add(((JsonObject)container, key));
        }

        while (node?.Parent is { } parent)
        {
            if (parent is JsonObject owner)
            {
                levels.Add((owner, node.GetPropertyName()));
            }

            node = parent;
        }

        return levels;
    }

    private static List<JsonElement> Candidates(JsonElement root, (JsonObject Owner, string Key) level, string? itemsKey)
    {
        var owner = Navigate(root, PathOf(level.Owner, itemsKey));
        return owner is { ValueKind: JsonValueKind.Object } found
            ? found.EnumerateObject().Where(p => p.Name == level.Key).Select(p => p.Value).ToList()
            : [];
    }

    /// <summary>
    /// Equal JSON, where a string holding a scalar's raw text also counts (extensible enums keep numbers and booleans
    /// as text), element by element and key by key.
    /// </summary>
    private static bool Retains(JsonElement candidate, JsonNode? sent) => sent switch
    {
        JsonArray array => candidate.ValueKind == JsonValueKind.Array && candidate.GetArrayLength() == array.Count &&
            array.Select((item, i) => Retains(candidate[i], item)).All(ok => ok),
        JsonObject obj => candidate.ValueKind == JsonValueKind.Object &&
            obj.All(p => candidate.EnumerateObject().Any(c => c.Name == p.Key && Retains(c.Value, p.Value))),
        _ => JsonNode.DeepEquals(JsonNode.Parse(candidate.GetRawText()), sent) ||
            (candidate.ValueKind == JsonValueKind.String && sent is JsonValue && candidate.GetString() == sent.ToJsonString()),
    };

    private static string Show(List<object> path) => "$" + string.Concat(path.Select(p => p is int i ? $"[{i}]" : "." + p));

    /// <summary>The path of <paramref name="node"/> in the model's serialized form (list items are the model's root array).</summary>
    private static List<object>? PathOf(JsonNode node, string? itemsKey)
    {
        var path = new List<object>();
        for (var current = node; current.Parent is { } parent; current = parent)
        {
            path.Add(parent is JsonArray ? current.GetElementIndex() : current.GetPropertyName());
        }

        path.Reverse();
        if (itemsKey is not null)
        {
            // Outside the items (the envelope) is not part of the model.
            if (path.Count == 0)
            {
                return null;
            }

            path.RemoveAt(0);
        }

        return path;
    }

    private static JsonElement? Navigate(JsonElement element, List<object>? path)
    {
        if (path is null)
        {
            return null;
        }

        foreach (var step in path)
        {
            if (step is int index)
            {
                if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                {
                    return null;
                }

                element = element[index];
            }
            else
            {
                // The first property of that name: the typed one (extension data is written after typed properties).
                var match = element.ValueKind == JsonValueKind.Object ? element.EnumerateObject().Where(p => p.Name == (string)step).ToList() : [];
                var objectMatch = match.FirstOrDefault(p => p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array);
                if (match.Count == 0)
                {
                    return null;
                }

                element = objectMatch.Value.ValueKind is JsonValueKind.Undefined ? match[0].Value : objectMatch.Value;
            }
        }

        return element;
    }

    private static string Describe(JsonNode? node) => node?.ToJsonString() ?? "null";
}
