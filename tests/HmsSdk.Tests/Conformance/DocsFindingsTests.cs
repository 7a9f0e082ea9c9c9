using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Conformance;

/// <summary>
/// The seven findings of issue #12, each pinned with the docs' own example from the committed corpus (never with a
/// body written from our models or the fake).
/// </summary>
public sealed class DocsFindingsTests
{
    private static (RecordingHandler Handler, HmsClient Client) Serve(string exampleId)
    {
        var example = DocsCorpus.Get(exampleId);
        var handler = new RecordingHandler { Default = (_, _) => Task.FromResult(RecordingHandler.Json(example.Status ?? 200, example.Json)) };
        return (handler, TestClients.Create(handler));
    }

    private static JsonNode SentBody(RecordingHandler handler) => JsonNode.Parse(handler.Requests.Should().ContainSingle().Subject.Body!)!;

    [Fact]
    public async Task Finding1_PeerStats_NullMetricValues_from_the_docs_example_read_as_null()
    {
        var (handler, hms) = Serve("api-reference--analytics--peer-quality-stats.b1");
        using var _ = handler;
        using var __ = hms;

        var stats = await hms.Analytics.GetPeerStatsAsync("peer-1", "session-1");

        stats.Subscriber!.Audio![0].TimeSeries!.Bitrate.Should().Equal([null], "peer-quality-stats.mdx sends bitrate [null]");
        stats.Subscriber.Video![0].TimeSeries!.Bitrate.Should().Equal([null]);
        stats.Publisher!.Video![0].TimeSeries!.Bitrate.Should().NotBeEmpty().And.NotContainNulls();
    }

    [Fact]
    public async Task Finding2_Templates_PluginsTranscriptions_is_an_object_in_request_and_response()
    {
        var request = DocsCorpus.Get("api-reference--policy--create-template-via-api.b0").Node;
        var options = request.Deserialize<CreateTemplateOptions>(JsonCoverage.RoundTrip)!;
        options.Plugins!.Transcriptions!.Mode.Should().Be(TemplateTranscriptionMode.Caption);
        options.Plugins.Transcriptions.Permissions!.Admin.Should().Equal("host", "guest");

        var (handler, hms) = Serve("api-reference--policy--create-template-via-api.b1");
        using var _ = handler;
        using var __ = hms;
        options.Name = "new-template-1662552998"; // the docs name is a Postman variable
        var template = await hms.Templates.CreateAsync(options);

        var sent = SentBody(handler)["plugins"]!["transcriptions"];
        sent.Should().BeOfType<JsonObject>();
        JsonNode.DeepEquals(sent, JsonNode.Parse("""{"permissions":{"admin":["host","guest"]},"mode":"caption"}""")).Should().BeTrue(sent!.ToJsonString());
        template.Plugins!.Transcriptions!.Mode.Should().Be(TemplateTranscriptionMode.Caption);
        template.Plugins.Transcriptions.Permissions!.Admin.Should().Equal("host", "guest");
    }

    [Fact]
    public async Task Finding2_Templates_a_captioned_template_no_longer_fails_a_list_page()
    {
        var template = DocsCorpus.Get("api-reference--policy--create-template-via-api.b1").Node;
        var page = new JsonObject { ["limit"] = 10, ["data"] = new JsonArray(template), ["last"] = "x" };
        using var handler = new RecordingHandler { Default = (_, _) => Task.FromResult(RecordingHandler.Json(200, page.ToJsonString())) };
        using var hms = TestClients.Create(handler);

        var listed = await hms.Templates.ListAsync().ToListAsync();

        listed.Should().ContainSingle().Which.Plugins!.Transcriptions!.Mode.Should().Be(TemplateTranscriptionMode.Caption);
    }

    [Fact]
    public async Task Finding3_SendMessage_accepts_the_docs_body_with_an_empty_role()
    {
        var body = DocsCorpus.Get("api-reference--active-rooms--send-message.b0").Node;
        var (handler, hms) = Serve("api-reference--active-rooms--send-message.b1");
        using var _ = handler;
        using var __ = hms;

        var answer = await hms.ActiveRooms.SendMessageAsync("room-1", body.Deserialize<SendMessageOptions>(JsonCoverage.RoundTrip)!);

        answer.Message.Should().Be("message sent");
        JsonNode.DeepEquals(SentBody(handler), body).Should().BeTrue("the docs' body, role \"\" included, goes out unchanged");
    }

    [Fact]
    public async Task Finding4_Polls_title_is_optional_and_create_returns_the_whole_poll()
    {
        var (handler, hms) = Serve("api-reference--polls--create-polls-via-api.b1");
        using var _ = handler;
        using var __ = hms;

        var poll = await hms.Polls.CreateAsync(new CreatePollOptions { Type = PollType.Poll });

        SentBody(handler).AsObject().Should().NotContainKey("title", "polls/overview.mdx: title is Required: No");
        poll.Id.Should().Be("655bffeecd34739a72637305");
        poll.Title.Should().Be("first poll");
        poll.Type.Should().Be(PollType.Poll);
        poll.Questions.Should().NotBeNullOrEmpty();
        poll.AdditionalProperties.Should().BeNullOrEmpty("every field of the documented poll is typed");
    }

    [Fact]
    public async Task Finding5_Docs_fields_that_landed_untyped_are_typed()
    {
        var configs = DocsCorpus.Get("api-reference--policy--configure-recordings.b3").Node.Deserialize<List<RecordingConfig>>(JsonCoverage.RoundTrip)!;
        configs[0].CompositeRecording!.BrowserComposite!.Enabled.Should().BeTrue();
        configs[0].CompositeRecording!.BrowserComposite!.AdditionalProperties.Should().BeNullOrEmpty();

        var template = DocsCorpus.Get("api-reference--policy--retrieve-a-template.b1").Node.Deserialize<Template>(JsonCoverage.RoundTrip)!;
        template.Destinations!.HlsDestinations!.Values.Should().Contain(d => d.Role == "__internal_recorder");

        var settings = DocsCorpus.Get("api-reference--policy--retrieve-settings.b1").Node.Deserialize<TemplateSettings>(JsonCoverage.RoundTrip)!;
        settings.Retry.Should().NotBeNull();
        settings.AdditionalProperties.Should().BeNullOrEmpty();

        var join = DocsCorpus.Get("api-reference--analytics--error-events.b3").Node["events"]![0]!["data"]!.Deserialize<ErrorEventData>(JsonCoverage.RoundTrip)!;
        join.RetriesJoin.Should().Be(0);
        var unreachable = DocsCorpus.Get("api-reference--analytics--error-events.b5").Node["events"]![0]!["data"]!.Deserialize<ErrorEventData>(JsonCoverage.RoundTrip)!;
        unreachable.Endpoint.Should().BeEmpty();
        unreachable.TransportState.Should().Be("Connecting");
        unreachable.AdditionalProperties.Should().BeNullOrEmpty();

        var (handler, hms) = Serve("api-reference--analytics--replay-webhook-events.b4");
        using var _ = handler;
        using var __ = hms;
        var workflow = await hms.Analytics.GetWebhookReplayStatusAsync("workflow-1");
        workflow.Result!.FailedEvents.Should().Equal("event-id-1", "event-id-2");
    }

    [Fact]
    public async Task Finding6_PresignedUrl_without_duration_sends_no_presign_duration_so_the_api_default_applies()
    {
        var (handler, hms) = Serve("api-reference--recording-assets--get-presigned-url.b1");
        using var _ = handler;
        using var __ = hms;

        var link = await hms.RecordingAssets.GetPresignedUrlAsync("asset-1");
        await hms.RecordingAssets.GetPresignedUrlAsync("asset-1", TimeSpan.FromHours(1));

        handler.Requests[0].Uri.Query.Should().BeEmpty("the docs' default is 3 days (S3/GCS) or 9 hours (OSS); Node sends 3600");
        handler.Requests[1].Uri.Query.Should().Be("?presign_duration=3600");
        link.Expiry.Should().Be(3600);
    }

    [Fact]
    public async Task Finding7_Api_GetAsync_returns_raw_json_where_node_converts_top_level_at_fields_to_dates()
    {
        var example = DocsCorpus.Get("api-reference--rooms--retrieve-room.b1");
        var (handler, hms) = Serve(example.Id);
        using var _ = handler;
        using var __ = hms;

        var raw = await hms.Api.GetAsync("rooms/room-1");

        raw.GetProperty("created_at").ValueKind.Should().Be(JsonValueKind.String);
        raw.GetProperty("created_at").GetString().Should().Be((string?)example.Node["created_at"], "the raw API returns the docs' text; Node would return a Date");
        JsonNode.DeepEquals(JsonNode.Parse(raw.GetRawText()), example.Node).Should().BeTrue();
    }
}
