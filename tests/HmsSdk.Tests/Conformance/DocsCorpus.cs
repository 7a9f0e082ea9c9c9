using System.Text.Json;
using System.Text.Json.Nodes;

namespace HmsSdk.Tests.Conformance;

/// <summary>One JSON example from the 100ms docs, with where it came from and what was mended to parse it.</summary>
public sealed record DocsExample(
    string Id,
    string File,
    string Source,
    int Block,
    int Line,
    string Kind,
    string? Method,
    string? Path,
    string? Query,
    int? Status,
    string? EventType,
    IReadOnlyList<DocsMend> Mends)
{
    /// <summary>The example's JSON exactly as committed (re-indented, key order of the docs).</summary>
    public string Json => DocsCorpus.ReadText(File);

    /// <summary>A fresh mutable copy of the example.</summary>
    public JsonNode Node => JsonNode.Parse(Json)!;

    /// <summary>"METHOD /path" or null for examples that belong to no route (webhooks, artifacts).</summary>
    public string? Route => Path is null ? null : $"{Method} {Path}";

    /// <summary>Shown in test explorers as the case name.</summary>
    public override string ToString() => Id;
}

/// <summary>One syntax repair the extractor made (comment, trailing_comma, ellipsis, placeholder, ...).</summary>
public sealed record DocsMend(string Kind, int? Line, string? Detail);

/// <summary>
/// The committed docs corpus (tests/HmsSdk.Tests/Conformance/Corpus, made by eng/extract-docs-corpus from
/// 100mslive/100ms-docs at <see cref="DocsCommit"/>). Tests read only these files, never the docs themselves.
/// </summary>
public static class DocsCorpus
{
    public const string RequestKind = "request";
    public const string ResponseKind = "response";
    public const string WebhookKind = "webhook";
    public const string ErrorKind = "error";

    private static readonly Lazy<(string Commit, IReadOnlyList<DocsExample> Examples)> Loaded = new(Load);

    public static string Directory => System.IO.Path.Combine(AppContext.BaseDirectory, "Conformance", "Corpus");

    public static string DocsCommit => Loaded.Value.Commit;

    public static IReadOnlyList<DocsExample> All => Loaded.Value.Examples;

    public static IEnumerable<DocsExample> OfKind(string kind) => All.Where(e => e.Kind == kind);

    public static DocsExample Get(string id) =>
        All.SingleOrDefault(e => e.Id == id) ?? throw new KeyNotFoundException($"no docs example '{id}' in the corpus");

    /// <summary>xunit MemberData rows (one example per case) for one kind.</summary>
    public static TheoryData<string> IdsOfKind(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var example in OfKind(kind))
        {
            data.Add(example.Id);
        }

        return data;
    }

    internal static string ReadText(string file) => System.IO.File.ReadAllText(System.IO.Path.Combine(Directory, file));

    private static (string, IReadOnlyList<DocsExample>) Load()
    {
        using var manifest = JsonDocument.Parse(ReadText("manifest.json"));
        var root = manifest.RootElement;
        var examples = new List<DocsExample>();
        foreach (var e in root.GetProperty("examples").EnumerateArray())
        {
            var mends = e.GetProperty("mends").EnumerateArray()
                .Select(m => new DocsMend(
                    m.GetProperty("kind").GetString()!,
                    m.TryGetProperty("line", out var line) ? line.GetInt32() : null,
                    string.Join(" ", m.EnumerateObject().Where(p => p.Name is not ("kind" or "line")).Select(p => $"{p.Name}={p.Value}"))))
                .ToList();
            examples.Add(new DocsExample(
                e.GetProperty("id").GetString()!,
                e.GetProperty("file").GetString()!,
                e.GetProperty("source").GetString()!,
                e.GetProperty("block").GetInt32(),
                e.GetProperty("line").GetInt32(),
                e.GetProperty("kind").GetString()!,
                Str(e, "method"),
                Str(e, "path"),
                Str(e, "query"),
                e.TryGetProperty("status", out var status) ? status.GetInt32() : null,
                Str(e, "eventType"),
                mends));
        }

        return (root.GetProperty("docsCommit").GetString()!, examples);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
