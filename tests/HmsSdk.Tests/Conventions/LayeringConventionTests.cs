using System.Text.RegularExpressions;
using FluentAssertions;

namespace HmsSdk.Tests.Conventions;

/// <summary>
/// Folder dependencies of src/HmsSdk go one way: Client -> REST groups -> Shared -> Paging -> Http -> Auth ->
/// Diagnostics/Common -> Errors/Serialization -> Polyfills. Almost every type lives in the <c>HmsSdk</c> namespace,
/// so the check reads the source: each type belongs to the folder that declares it, and a file "uses" a type when its
/// name appears in type position (not after a dot, not as the member being declared). REST groups may share models
/// (a room names its template) but never another group's service or JSON context.
/// </summary>
public sealed partial class LayeringConventionTests
{
    private const int Group = 6;
    private const int Shared = 7;

    private static readonly Dictionary<string, int> CoreRanks = new(StringComparer.Ordinal)
    {
        ["Polyfills"] = 0,
        ["Errors"] = 1,
        ["Serialization"] = 1,
        ["Diagnostics"] = 2,
        ["Common"] = 2,
        ["Auth"] = 3,
        ["Http"] = 4,
        ["Paging"] = 5,
    };

    private static readonly Dictionary<string, int> TopRanks = new(StringComparer.Ordinal)
    {
        ["Client"] = 8,
        ["DependencyInjection"] = 9,
    };

    [Fact]
    public void Core_folders_depend_only_on_lower_core_folders_and_groups_never_on_each_others_services()
    {
        var uses = ScanUses();

        var violations = uses
            .Where(u => IsForbidden(u.From, u.To, u.Type))
            .Select(u => $"{u.From} -> {u.To}: {u.Type} in {u.File}")
            .Distinct()
            .OrderBy(v => v, StringComparer.Ordinal)
            .ToList();

        violations.Should().BeEmpty("src/HmsSdk folders depend one way (see docs/architecture.md, Layers)");
    }

    [Fact]
    public void The_scanner_sees_the_dependencies_that_exist()
    {
        // Guards the check above against passing because it reads nothing.
        var edges = ScanUses().Select(u => (u.From, u.To)).ToHashSet();

        edges.Should().Contain(("Paging", "Http"));
        edges.Should().Contain(("Http", "Diagnostics"));
        edges.Should().Contain(("Rooms", "Common"));
        edges.Should().Contain(("Client", "Rooms"));
        edges.Should().Contain(("LiveStreams", "Shared"));
    }

    [Theory]
    [InlineData("Http", "Client", "HmsClientOptions", true)]
    [InlineData("Diagnostics", "Http", "HmsRequest", true)]
    [InlineData("Common", "Shared", "RoomGroupChecks", true)]
    [InlineData("Sessions", "Rooms", "RoomsService", true)]
    [InlineData("Sessions", "Rooms", "RoomsJsonContext", true)]
    [InlineData("Shared", "Recordings", "RecordingsService", true)]
    [InlineData("Rooms", "Client", "HmsClient", true)]
    [InlineData("Paging", "Http", "HmsPipeline", false)]
    [InlineData("Rooms", "Templates", "Template", false)]
    [InlineData("Client", "Rooms", "IRoomsService", false)]
    public void The_rule_forbids_upward_and_sideways_service_edges(string from, string to, string type, bool forbidden) =>
        IsForbidden(from, to, type).Should().Be(forbidden);

    private static bool IsForbidden(string from, string to, string type)
    {
        var fromRank = Rank(from);
        var toRank = Rank(to);
        if (CoreRanks.ContainsKey(from))
        {
            return !CoreRanks.ContainsKey(to) || toRank >= fromRank;
        }

        if (TopRanks.ContainsKey(to))
        {
            return !TopRanks.ContainsKey(from) || toRank >= fromRank;
        }

        var plumbing = type.EndsWith("Service", StringComparison.Ordinal) || type.EndsWith("JsonContext", StringComparison.Ordinal);
        return (fromRank is Group or Shared) && toRank == Group && plumbing;
    }

    private static int Rank(string folder) =>
        CoreRanks.TryGetValue(folder, out var core) ? core
        : TopRanks.TryGetValue(folder, out var top) ? top
        : folder == "Shared" ? Shared
        : Group;

    private static List<(string From, string To, string Type, string File)> ScanUses()
    {
        var source = Path.Combine(PublicApiConventionTests.FindRepositoryRoot(), "src", "HmsSdk");
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(source, path).Replace('\\', '/')))
            .Where(f => f.Relative.Contains('/', StringComparison.Ordinal)
                && !f.Relative.StartsWith("obj/", StringComparison.Ordinal)
                && !f.Relative.StartsWith("bin/", StringComparison.Ordinal))
            .Select(f => (Folder: f.Relative[..f.Relative.IndexOf('/', StringComparison.Ordinal)], f.Relative, Code: StripCommentsAndStrings(File.ReadAllText(f.Path))))
            .ToList();

        var owners = files
            .SelectMany(f => Declaration().Matches(f.Code).Select(m => (Type: m.Groups[1].Value, f.Folder)))
            .GroupBy(d => d.Type, StringComparer.Ordinal)
            .Where(g => g.Select(d => d.Folder).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Folder, StringComparer.Ordinal);

        var uses = new List<(string, string, string, string)>();
        foreach (var file in files)
        {
            foreach (Match match in TypePositionName().Matches(file.Code))
            {
                var type = match.Groups[1].Value;
                if (owners.TryGetValue(type, out var owner) && owner != file.Folder)
                {
                    uses.Add((file.Folder, owner, type, file.Relative));
                }
            }
        }

        return uses;
    }

    private static string StripCommentsAndStrings(string code) => StringLiteral().Replace(LineComment().Replace(code, string.Empty), "\"\"");

    [GeneratedRegex(@"\b(?:class|struct|interface|enum|record)\s+([A-Z]\w*)")]
    private static partial Regex Declaration();

    // A capitalised name not after a dot (member access) and not followed by { => ; = (the member being declared).
    [GeneratedRegex(@"(?<![.\w])([A-Z]\w*)\b(?!\s*(?:\{|=>|;|=[^=>]))")]
    private static partial Regex TypePositionName();

    [GeneratedRegex(@"//.*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"""(?:\\.|[^""\\])*""")]
    private static partial Regex StringLiteral();
}
