using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace HmsSdk.Serialization;

/// <summary>
/// Reads a response body that failed strict deserialization because real responses drifted from the documented shapes
/// (a string where a number was expected, an object where an array was). The rule, documented in docs/conformance.md
/// ("Drift tolerance"):
/// <list type="bullet">
/// <item>The value at the failing path (from <see cref="JsonException.Path"/>) is removed from a copy of the body and the
/// body read again, up to <see cref="MaxRepairs"/> times. The field gets its default.</item>
/// <item>The raw value, exactly as received, is put in the nearest owning model's <c>[JsonExtensionData]</c> dictionary
/// (<c>AdditionalProperties</c>) under the same JSON key. For a bad array element or dictionary entry only that element is
/// dropped from the typed collection and the whole array or object as received is kept under the collection's key.</item>
/// <item><c>id</c> is an identity field: an <c>id</c> of the wrong kind makes its whole object the offending value (a list
/// item is dropped from its page; a nested object is kept raw). The root object itself, including its <c>id</c>, is
/// required: a wrong root kind or root <c>id</c> still fails the call.</item>
/// </list>
/// Everything here runs only after strict deserialization has thrown: the happy path never reaches it.
/// Navigation uses only source-generated <see cref="JsonTypeInfo"/> metadata (property Get/Set delegates), so it stays
/// trim- and NativeAOT-clean.
/// </summary>
internal static class DriftTolerantReader
{
    /// <summary>
    /// How many values one body may have repaired before the call fails anyway. Each repair re-reads the body, so this
    /// bounds the work of a body that is mostly wrong; a 100-item page with a few drifted fields per item stays well under.
    /// </summary>
    public const int MaxRepairs = 1000;

    /// <summary>Reads <paramref name="utf8Json"/> by removing the values strict deserialization rejects.</summary>
    /// <param name="utf8Json">The body that made strict deserialization throw <paramref name="failure"/>.</param>
    /// <param name="typeInfo">The response type's metadata.</param>
    /// <param name="failure">The strict attempt's exception.</param>
    /// <param name="value">The model with defaults in the repaired fields and the raw values in extension data.</param>
    /// <param name="repairs">What was repaired, for the warnings.</param>
    /// <param name="maxRepairs">The bound on repairs (tests lower it).</param>
    /// <returns>False when the body cannot be repaired (invalid JSON, wrong root, root id, too many repairs).</returns>
    public static bool TryRead<T>(ReadOnlyMemory<byte> utf8Json, JsonTypeInfo<T> typeInfo, JsonException failure, out T? value, out IReadOnlyList<DriftRepair> repairs, int maxRepairs = MaxRepairs)
    {
        value = default;
        repairs = Array.Empty<DriftRepair>();
        JsonDocument original;
        JsonNode? working;
        try
        {
            original = JsonDocument.Parse(utf8Json);
            working = JsonNode.Parse(utf8Json.Span);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            // JsonObject rejects duplicate keys.
            return false;
        }

        using (original)
        {
            if (working is null)
            {
                return false;
            }

            var session = new RepairSession(original.RootElement, working);
            var current = failure;
            for (var attempt = 0; attempt < maxRepairs; attempt++)
            {
                if (!session.RemoveOffendingValue(current.Path))
                {
                    return false;
                }

                try
                {
                    value = working.Deserialize(typeInfo);
                }
                catch (JsonException next)
                {
                    current = next;
                    continue;
                }

                if (value is null)
                {
                    return false;
                }

                repairs = session.Reattach(value, typeInfo.Options);
                return true;
            }

            return false;
        }
    }

    /// <summary>One step of a JSON path: a property name or an array index.</summary>
    internal readonly struct PathSegment
    {
        public PathSegment(string name)
        {
            Name = name;
            Index = -1;
        }

        public PathSegment(int index)
        {
            Name = null;
            Index = index;
        }

        public string? Name { get; }

        public int Index { get; }

        public bool IsIndex => Name is null;

        public override string ToString() => IsIndex ? "[" + Index.ToString(CultureInfo.InvariantCulture) + "]" : "." + Name;
    }

    /// <summary>Parses the paths <see cref="JsonException.Path"/> reports: <c>$</c>, <c>.name</c>, <c>['odd.name']</c>, <c>[3]</c>.</summary>
    internal static List<PathSegment>? ParsePath(string? path)
    {
        if (path is null || path.Length == 0 || path[0] != '$')
        {
            return null;
        }

        var segments = new List<PathSegment>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                segments.Add(new PathSegment(path.Substring(i + 1, end - i - 1)));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                segments.Add(new PathSegment(path.Substring(i + 2, end - i - 2)));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                if (end < 0 || !int.TryParse(path.Substring(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }

                segments.Add(new PathSegment(index));
                i = end + 1;
            }
            else
            {
                return null;
            }
        }

        return segments;
    }

    internal static string FormatPath(IEnumerable<PathSegment> segments)
    {
        var text = new System.Text.StringBuilder("$");
        foreach (var segment in segments)
        {
            text.Append(segment.ToString());
        }

        return text.ToString();
    }

    /// <summary>The removals made to one working copy, and how to map them back to the body as received.</summary>
    private sealed class RepairSession
    {
        private readonly JsonElement _original;
        private readonly JsonNode _working;
        private readonly List<Removal> _removals = new();

        // Original indices removed from each working array, so later paths can be mapped back to the body as received.
        private readonly List<KeyValuePair<JsonArray, List<int>>> _removedIndices = new();

        public RepairSession(JsonElement original, JsonNode working)
        {
            _original = original;
            _working = working;
        }

        /// <summary>Removes the value at <paramref name="path"/> (escalating identity fields); false when it is the root.</summary>
        public bool RemoveOffendingValue(string? path)
        {
            var segments = ParsePath(path);
            if (segments is null)
            {
                return false;
            }

            // Walk as far as the working copy goes; a path that overshoots blames the deepest value that exists.
            // The offending value is (container, segment) rather than a node: JSON null has no node.
            JsonNode? container = null;
            var offending = default(PathSegment);
            JsonNode? node = _working;
            foreach (var segment in segments)
            {
                if (node is null || !Exists(node, segment))
                {
                    break;
                }

                container = node;
                offending = segment;
                node = Child(node, segment);
            }

            // An id of the wrong kind makes its object the offending value.
            while (container is JsonObject owner && !offending.IsIndex && offending.Name == "id")
            {
                container = owner.Parent;
                if (container is null)
                {
                    break;
                }

                offending = container is JsonArray ownerArray ? new PathSegment(ownerArray.IndexOf(owner)) : new PathSegment(KeyOf(owner)!);
            }

            if (container is null)
            {
                // The root itself (or the root's id) is wrong: nothing to default.
                return false;
            }

            var originalPath = OriginalPathOf(container);
            if (container is JsonObject containerObject)
            {
                originalPath.Add(offending);
                containerObject.Remove(offending.Name!);
            }
            else
            {
                var array = (JsonArray)container;
                var originalIndex = ToOriginalIndex(array, offending.Index);
                originalPath.Add(new PathSegment(originalIndex));
                RemovedIndicesOf(array).Add(originalIndex);
                array.RemoveAt(offending.Index);
            }

            _removals.Add(new Removal(container, offending, originalPath));
            return true;
        }

        /// <summary>Puts each removed value, as received, into the extension data of the nearest model that owns it.</summary>
        public IReadOnlyList<DriftRepair> Reattach(object root, JsonSerializerOptions options)
        {
            var repairs = new List<DriftRepair>(_removals.Count);
            foreach (var removal in _removals)
            {
                if (!ReferenceEquals(removal.Container.Root, _working))
                {
                    // A later repair removed an ancestor; that repair keeps this value inside its raw copy.
                    continue;
                }

                var fullPath = PathOf(removal.Container);
                fullPath.Add(removal.Segment);
                repairs.Add(Reattach(root, options, fullPath, removal.OriginalPath));
            }

            return repairs;
        }

        private DriftRepair Reattach(object root, JsonSerializerOptions options, List<PathSegment> fullPath, List<PathSegment> originalPath)
        {
            // visited[k] is the model object that holds fullPath[k].
            var visited = new List<object> { root };
            for (var depth = 0; depth < fullPath.Count - 1; depth++)
            {
                var next = Step(visited[depth], fullPath[depth], options);
                if (next is null)
                {
                    break;
                }

                visited.Add(next);
            }

            var receivedKind = Navigate(_original, originalPath).ValueKind;
            for (var depth = visited.Count - 1; depth >= 0; depth--)
            {
                var segment = fullPath[depth];
                if (segment.IsIndex || visited[depth] is IDictionary or IList)
                {
                    continue;
                }

                var owner = visited[depth];
                var ownerInfo = options.GetTypeInfo(owner.GetType());
                if (ownerInfo.Kind != JsonTypeInfoKind.Object)
                {
                    continue;
                }

                var raw = Navigate(_original, originalPath.GetRange(0, depth + 1)).Clone();
                var retained = TryAddExtensionData(owner, ownerInfo, segment.Name!, raw);
                return new DriftRepair(owner.GetType(), segment.Name!, FormatPath(originalPath), receivedKind, retained);
            }

            // A root-level array (or a chain of dictionaries) has no model to hold the raw value.
            return new DriftRepair(root.GetType(), fullPath[0].ToString(), FormatPath(originalPath), receivedKind, retained: false);
        }

        private static bool TryAddExtensionData(object owner, JsonTypeInfo ownerInfo, string key, JsonElement raw)
        {
            foreach (var property in ownerInfo.Properties)
            {
                if (!property.IsExtensionData || property.Get is null)
                {
                    continue;
                }

                var dictionary = property.Get(owner);
                if (dictionary is null)
                {
                    if (property.Set is null || !property.PropertyType.IsAssignableFrom(typeof(Dictionary<string, JsonElement>)))
                    {
                        return false;
                    }

                    dictionary = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                    property.Set(owner, dictionary);
                }

                switch (dictionary)
                {
                    case IDictionary<string, JsonElement> elements:
                        elements[key] = raw;
                        return true;
                    case IDictionary<string, object> objects:
                        objects[key] = raw;
                        return true;
                    case JsonObject node:
                        node[key] = JsonNode.Parse(raw.GetRawText());
                        return true;
                    default:
                        return false;
                }
            }

            return false;
        }

        private static object? Step(object current, PathSegment segment, JsonSerializerOptions options)
        {
            if (segment.IsIndex)
            {
                return current is IList list && segment.Index < list.Count ? list[segment.Index] : null;
            }

            if (current is IDictionary dictionary)
            {
                return dictionary.Contains(segment.Name!) ? dictionary[segment.Name!] : null;
            }

            var info = options.GetTypeInfo(current.GetType());
            if (info.Kind != JsonTypeInfoKind.Object)
            {
                return null;
            }

            foreach (var property in info.Properties)
            {
                if (!property.IsExtensionData && property.Get is not null && property.Name == segment.Name)
                {
                    return property.Get(current);
                }
            }

            return null;
        }

        private static bool Exists(JsonNode node, PathSegment segment) => segment.IsIndex
            ? node is JsonArray array && segment.Index < array.Count
            : node is JsonObject obj && obj.ContainsKey(segment.Name!);

        private static JsonNode? Child(JsonNode node, PathSegment segment) => segment.IsIndex
            ? node is JsonArray array && segment.Index < array.Count ? array[segment.Index] : null
            : node is JsonObject obj && obj.TryGetPropertyValue(segment.Name!, out var value) ? value : null;

        private static JsonElement Navigate(JsonElement element, List<PathSegment> path)
        {
            foreach (var segment in path)
            {
                element = segment.IsIndex ? element[segment.Index] : element.GetProperty(segment.Name!);
            }

            return element;
        }

        private static string? KeyOf(JsonNode node)
        {
            if (node.Parent is not JsonObject parent)
            {
                return null;
            }

            foreach (var property in parent)
            {
                if (ReferenceEquals(property.Value, node))
                {
                    return property.Key;
                }
            }

            return null;
        }

        private static List<PathSegment> PathOf(JsonNode node)
        {
            var path = new List<PathSegment>();
            for (var current = node; current.Parent is { } parent; current = parent)
            {
                path.Add(parent is JsonArray array ? new PathSegment(array.IndexOf(current)) : new PathSegment(KeyOf(current)!));
            }

            path.Reverse();
            return path;
        }

        /// <summary>The path of a working node in the body as received, undoing earlier array removals.</summary>
        private List<PathSegment> OriginalPathOf(JsonNode node)
        {
            var path = PathOf(node);
            JsonNode current = _working;
            for (var i = 0; i < path.Count; i++)
            {
                var segment = path[i];
                if (segment.IsIndex)
                {
                    var array = (JsonArray)current;
                    current = array[segment.Index]!;
                    path[i] = new PathSegment(ToOriginalIndex(array, segment.Index));
                }
                else
                {
                    current = current[segment.Name!]!;
                }
            }

            return path;
        }

        private int ToOriginalIndex(JsonArray array, int workingIndex)
        {
            var removed = FindRemovedIndices(array);
            if (removed is null)
            {
                return workingIndex;
            }

            // The workingIndex-th original index that was not removed.
            var originalIndex = -1;
            for (var kept = -1; kept < workingIndex;)
            {
                originalIndex++;
                if (!removed.Contains(originalIndex))
                {
                    kept++;
                }
            }

            return originalIndex;
        }

        private List<int>? FindRemovedIndices(JsonArray array)
        {
            foreach (var entry in _removedIndices)
            {
                if (ReferenceEquals(entry.Key, array))
                {
                    return entry.Value;
                }
            }

            return null;
        }

        private List<int> RemovedIndicesOf(JsonArray array)
        {
            var removed = FindRemovedIndices(array);
            if (removed is null)
            {
                removed = new List<int>();
                _removedIndices.Add(new KeyValuePair<JsonArray, List<int>>(array, removed));
            }

            return removed;
        }

        private sealed class Removal
        {
            public Removal(JsonNode container, PathSegment segment, List<PathSegment> originalPath)
            {
                Container = container;
                Segment = segment;
                OriginalPath = originalPath;
            }

            /// <summary>The working object or array the value was removed from (still attached unless a later repair removed it).</summary>
            public JsonNode Container { get; }

            /// <summary>The removed key or index, as it was in the working copy.</summary>
            public PathSegment Segment { get; }

            /// <summary>The removed value's path in the body as received.</summary>
            public List<PathSegment> OriginalPath { get; }
        }
    }
}

/// <summary>One value that drift tolerance removed.</summary>
internal sealed class DriftRepair
{
    public DriftRepair(Type ownerType, string property, string path, JsonValueKind receivedKind, bool retained)
    {
        OwnerType = ownerType;
        Property = property;
        Path = path;
        ReceivedKind = receivedKind;
        Retained = retained;
    }

    /// <summary>The model whose extension data holds the raw value (or the root type when none could).</summary>
    public Type OwnerType { get; }

    /// <summary>The JSON key in <see cref="OwnerType"/>.</summary>
    public string Property { get; }

    /// <summary>Where the removed value was in the body as received, e.g. <c>$.data[3].size</c>.</summary>
    public string Path { get; }

    /// <summary>The JSON kind of the offending value as received.</summary>
    public JsonValueKind ReceivedKind { get; }

    /// <summary>True when the raw value was put in the owner's <c>AdditionalProperties</c>.</summary>
    public bool Retained { get; }
}
