using FluentAssertions;
using Xunit.Abstractions;

namespace HmsSdk.Tests.Reliability;

/// <summary>#13: every public entry refuses bad input before HTTP, or sends a valid value intact.</summary>
public class BadInputSweepTests
{
    private readonly ITestOutputHelper _output;

    public BadInputSweepTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Every_public_entry_refuses_hostile_values_before_http_or_sends_them_intact()
    {
        var results = await BadInputSweep.RunAsync();
        var holes = results.Where(r => r.Hole is not null).ToList();
        _output.WriteLine($"bad-input sweep: {results.Count:N0} cases, {results.Select(r => r.Surface + r.Member).Distinct().Count()} members, {holes.Count} holes");
        foreach (var hole in holes)
        {
            _output.WriteLine(hole.ToString());
        }

        holes.Should().BeEmpty("every case ends in ArgumentException naming the parameter or option before any request, or is sent intact (stored, for the fake):\n" +
            string.Join("\n", holes.Take(60)));
        results.Count.Should().BeGreaterThan(3000, "the sweep covers the whole surface");
    }

    [Fact]
    public async Task HmsSdk_Testing_members_that_need_state_are_swept_on_a_seeded_fake()
    {
        var results = await BadInputSweep.RunAsync();
        var testing = results.Where(r => r.Surface == "HmsSdk.Testing").ToList();
        testing.Count.Should().BeGreaterThan(700, "the fake's whole public surface is swept");
        var members = testing.Select(r => r.Member).ToHashSet();
        members.Should().Contain(new[]
        {
            "fake.Jobs.Get", "fake.Peers.Get", "fake.Peers.Leave", "fake.Polls.AddResponse", "fake.RoomCodes.Create",
            "fake.RoomCodes.SetEnabled", "fake.Sessions.Get", "fake.Webhooks.SendAsync(type, data, cancellationToken)", "fake.Inspect", "fault.WithHeader",
        });
        testing.Where(r => r.Member == "fake.Polls.AddResponse" && r.Target == "pollId").Should().OnlyContain(r => !r.Accepted, "every hostile poll id is refused, benign ones name the seeded poll");
    }

    [Fact]
    public async Task The_bad_input_section_of_docs_reliability_md_matches_the_sweep()
    {
        const string start = "<!-- bad-input:start -->";
        const string end = "<!-- bad-input:end -->";
        var results = await BadInputSweep.RunAsync();
        var expected = BadInputSweep.RenderMarkdown(results);
        var path = FaultMatrixTests.DocsPath();
        var doc = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var from = doc.IndexOf(start, StringComparison.Ordinal);
        var to = doc.IndexOf(end, StringComparison.Ordinal);
        from.Should().BeGreaterThan(-1, "docs/reliability.md carries the bad-input markers");
        if (Environment.GetEnvironmentVariable("HMS_UPDATE_DOCS") == "1")
        {
            // Regenerate: HMS_UPDATE_DOCS=1 dotnet test --filter FullyQualifiedName~BadInputSweepTests
            File.WriteAllText(path, doc[..(from + start.Length)] + "\n" + expected + doc[to..]);
            return;
        }

        var section = doc.Substring(from + start.Length, to - from - start.Length).Trim('\n') + "\n";
        section.Should().Be(expected, "regenerate with HMS_UPDATE_DOCS=1 (see the test)");
    }
}
