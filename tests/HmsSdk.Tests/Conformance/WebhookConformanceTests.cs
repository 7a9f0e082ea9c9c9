using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Webhooks;

namespace HmsSdk.Tests.Conformance;

/// <summary>Every webhook sample of the docs (configure-webhooks/webhook.md) parses to its typed event, losing nothing.</summary>
public sealed class WebhookConformanceTests
{
    public static TheoryData<string> Webhooks => DocsCorpus.IdsOfKind(DocsCorpus.WebhookKind);

    [Theory]
    [MemberData(nameof(Webhooks))]
    public void Webhook_sample_parses_to_its_typed_event(string id)
    {
        var example = DocsCorpus.Get(id);
        var json = example.Node.AsObject();

        var parsed = HmsWebhook.Parse(example.Json);

        parsed.Type.ToString().Should().Be(example.EventType);
        parsed.GetType().Should().NotBe(typeof(HmsWebhookEvent), $"{example.EventType} is a documented event and has a typed class");
        parsed.Id.Should().Be((string?)json["id"]);
        parsed.Version.Should().Be((string?)json["version"]);
        parsed.AccountId.Should().Be((string?)json["account_id"]);
        parsed.Timestamp.Should().Be(DateTimeOffset.Parse((string)json["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture));

        var data = parsed.GetType().GetProperty("Data")!.GetValue(parsed);
        var lost = JsonCoverage.Lost(json["data"], JsonCoverage.Serialize(data));
        string.Join(Environment.NewLine, lost).Should().BeEmpty($"{example.Source} block {example.Block}: every data field is typed or kept");

        // The raw data always round-trips exactly.
        JsonNode.DeepEquals(JsonNode.Parse(parsed.RawData.GetRawText()), json["data"]).Should().BeTrue();
    }
}
