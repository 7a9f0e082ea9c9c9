using FluentAssertions;
using Xunit.Abstractions;

namespace HmsSdk.Tests.Conformance;

/// <summary>The committed corpus is complete, traceable and well-formed.</summary>
public sealed class DocsCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_is_loaded_with_provenance_and_printed()
    {
        var all = DocsCorpus.All;
        output.WriteLine($"docs corpus: {all.Count} examples from 100mslive/100ms-docs@{DocsCorpus.DocsCommit}");
        foreach (var group in all.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {group.Key}: {group.Count()}");
        }

        output.WriteLine($"  mended: {all.Count(e => e.Mends.Count > 0)} examples, {all.Sum(e => e.Mends.Count)} mends");
        DocsCorpus.DocsCommit.Should().MatchRegex("^[0-9a-f]{40}$");
        DocsCorpus.OfKind(DocsCorpus.ResponseKind).Should().HaveCountGreaterThan(80);
        DocsCorpus.OfKind(DocsCorpus.RequestKind).Should().HaveCountGreaterThan(30);
        DocsCorpus.OfKind(DocsCorpus.WebhookKind).Should().HaveCountGreaterThan(30);
        all.Should().OnlyContain(e => e.Source.StartsWith("docs/server-side/v2/", StringComparison.Ordinal) && !e.Source.Contains("legacy-api-v1"));
        all.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        all.Where(e => e.Kind is DocsCorpus.RequestKind or DocsCorpus.ResponseKind)
            .Should().OnlyContain(e => e.Method != null && e.Path != null && e.Path.StartsWith('/'));
        all.Where(e => e.Kind == DocsCorpus.WebhookKind).Should().OnlyContain(e => e.EventType != null);
    }

    [Fact]
    public void Every_example_parses_as_json()
    {
        foreach (var example in DocsCorpus.All)
        {
            var act = () => example.Node;
            act.Should().NotThrow($"{example.Id} is committed as parsed JSON");
        }
    }
}
