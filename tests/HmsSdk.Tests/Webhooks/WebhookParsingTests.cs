using System.Text;
using System.Text.Json;
using FluentAssertions;
using HmsSdk.Webhooks;
using Xunit;

namespace HmsSdk.Tests.Webhooks;

public class WebhookParsingTests
{
    private const string UnknownEvent = """
        {
          "version": "2.0",
          "id": "0f3e2d1c-4b5a-4968-8776-a5b4c3d2e1f0",
          "app_id": "6450c6d7f2b1e0a3c5d4e8f1",
          "account_id": "6450c6d7f2b1e0a3c5d4e8f0",
          "template_id": "6450c7a1f2b1e0a3c5d4e902",
          "timestamp": "2025-05-01T08:00:00Z",
          "type": "poll.started.success",
          "data": { "poll_id": "p-1", "question_count": 3 }
        }
        """;

    [Fact]
    public void Unknown_event_type_becomes_a_generic_event_with_raw_data()
    {
        var evt = HmsWebhook.Parse(UnknownEvent);

        evt.GetType().Should().Be(typeof(HmsWebhookEvent));
        evt.Type.Should().Be(new HmsWebhookEventType("poll.started.success"));
        evt.Id.Should().Be("0f3e2d1c-4b5a-4968-8776-a5b4c3d2e1f0");
        evt.Timestamp.Should().Be(new DateTimeOffset(2025, 5, 1, 8, 0, 0, TimeSpan.Zero));
        evt.RawData.GetProperty("poll_id").GetString().Should().Be("p-1");
        evt.RawData.GetProperty("question_count").GetInt32().Should().Be(3);
    }

    [Fact]
    public void Parse_from_utf8_bytes_matches_parse_from_string()
    {
        var json = WebhookFixtures.Read("peer.join.success");

        var fromBytes = (PeerJoinSucceededEvent)HmsWebhook.Parse(Encoding.UTF8.GetBytes(json));
        var fromString = (PeerJoinSucceededEvent)HmsWebhook.Parse(json);

        fromBytes.Id.Should().Be(fromString.Id);
        fromBytes.Data.PeerId.Should().Be(WebhookFixtures.PeerId);
        fromBytes.Data.JoinedAt.Should().Be(fromString.Data.JoinedAt);
    }

    [Fact]
    public void Is_replay_is_read()
    {
        var json = WebhookFixtures.Read("peer.join.success").Replace("\"version\": \"2.0\",", "\"version\": \"2.0\", \"is_replay\": true,", StringComparison.Ordinal);

        var evt = HmsWebhook.Parse(json);

        evt.Should().BeOfType<PeerJoinSucceededEvent>();
        evt.IsReplay.Should().BeTrue();
        HmsWebhook.Parse(WebhookFixtures.Read("peer.join.success")).IsReplay.Should().BeFalse();
    }

    [Fact]
    public void Unknown_fields_are_kept_in_the_envelope_and_in_data()
    {
        var json = WebhookFixtures.Read("session.open.success")
            .Replace("\"version\": \"2.0\",", "\"version\": \"2.0\", \"region\": \"in\",", StringComparison.Ordinal)
            .Replace("\"room_name\": \"weekly-standup\",", "\"room_name\": \"weekly-standup\", \"peak_peers\": 17, \"tags\": [\"a\"],", StringComparison.Ordinal);

        var evt = (SessionOpenSucceededEvent)HmsWebhook.Parse(json);

        evt.AdditionalProperties.Should().ContainKey("region");
        evt.AdditionalProperties!["region"].GetString().Should().Be("in");
        evt.Data.AdditionalProperties.Should().ContainKeys("peak_peers", "tags");
        evt.Data.AdditionalProperties!["peak_peers"].GetInt32().Should().Be(17);
        evt.Data.RoomName.Should().Be("weekly-standup");
        evt.RawData.GetProperty("peak_peers").GetInt32().Should().Be(17);
    }

    [Fact]
    public void Type_matching_ignores_case()
    {
        var json = WebhookFixtures.Read("peer.join.success").Replace("\"type\": \"peer.join.success\"", "\"type\": \"PEER.JOIN.SUCCESS\"", StringComparison.Ordinal);

        var evt = HmsWebhook.Parse(json);

        evt.Should().BeOfType<PeerJoinSucceededEvent>();
        (evt.Type == HmsWebhookEventType.PeerJoinSucceeded).Should().BeTrue();
        evt.Type.ToString().Should().Be("PEER.JOIN.SUCCESS");
    }

    [Fact]
    public void Missing_data_gives_an_empty_typed_data_object()
    {
        const string json = """{"version":"2.0","id":"e1","timestamp":"2025-01-01T00:00:00Z","type":"session.open.success"}""";

        var evt = (SessionOpenSucceededEvent)HmsWebhook.Parse(json);

        evt.Data.Should().NotBeNull();
        evt.Data.RoomId.Should().BeNull();
        evt.RawData.ValueKind.Should().Be(JsonValueKind.Undefined);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("""{"version":"2.0","id":"x","data":{}}""")]
    [InlineData("""{"type":"peer.join.success","data":{"joined_at":"yesterday"}}""")]
    [InlineData("""{"type":"peer.join.success","data":[1]}""")]
    [InlineData("""{"type":"peer.join.success","timestamp":12}""")]
    public void Malformed_bodies_throw_HmsWebhookFormatException(string json)
    {
        var act = () => HmsWebhook.Parse(json);

        act.Should().Throw<HmsWebhookFormatException>().Which.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Malformed_json_keeps_the_json_error_as_inner_exception()
    {
        var act = () => HmsWebhook.Parse("{\"type\": \"peer.join.success\", ");

        act.Should().Throw<HmsWebhookFormatException>().WithInnerException<JsonException>();
    }

    [Fact]
    public void Null_string_is_an_argument_error()
    {
        var act = () => HmsWebhook.Parse((string)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("json");
    }

    [Fact]
    public void Event_type_values_compare_ignoring_case_and_keep_the_raw_text()
    {
        HmsWebhookEventType custom = "Beam.Started.Success";

        (custom == HmsWebhookEventType.BeamStarted).Should().BeTrue();
        custom.GetHashCode().Should().Be(HmsWebhookEventType.BeamStarted.GetHashCode());
        custom.ToString().Should().Be("Beam.Started.Success");
        default(HmsWebhookEventType).ToString().Should().BeEmpty();
        (custom != new HmsWebhookEventType("beam.failure")).Should().BeTrue();
    }

    [Fact]
    public void Event_to_string_shows_type_and_id_only()
    {
        var evt = HmsWebhook.Parse(WebhookFixtures.Read("peer.join.success"));

        evt.ToString().Should().Be($"peer.join.success {evt.Id}");
    }

    [Fact]
    public void Lenient_numbers_accept_blank_strings_as_null_and_reject_words()
    {
        const string blank = """{"type":"track.recording.success","data":{"size":"","duration":""}}""";
        const string word = """{"type":"track.recording.success","data":{"size":"big"}}""";

        var evt = (TrackRecordingSucceededEvent)HmsWebhook.Parse(blank);

        evt.Data.Size.Should().BeNull();
        evt.Data.Duration.Should().BeNull();
        FluentActions.Invoking(() => HmsWebhook.Parse(word)).Should().Throw<HmsWebhookFormatException>()
            .Which.Message.Should().Contain("track.recording.success");
    }

    [Fact]
    public void Large_sizes_sent_as_strings_keep_every_digit()
    {
        const string json = """{"type":"stream.recording.success","data":{"size":"9007199254740993"}}""";

        var evt = (StreamRecordingSucceededEvent)HmsWebhook.Parse(json);

        evt.Data.Size.Should().Be(9007199254740993L);
    }

    [Fact]
    public void Unknown_values_of_data_enums_are_kept_not_rejected()
    {
        const string json = """
            {"type":"peer.leave.success","data":{"type":"whip","reason":"token expired","joined_at":""}}
            """;

        var evt = (PeerLeaveSucceededEvent)HmsWebhook.Parse(json);

        evt.Data.PeerType.Should().Be(new WebhookPeerType("whip"));
        evt.Data.PeerType.ToString().Should().Be("whip");
        evt.Data.Reason.Should().Be(new PeerLeaveReason("TOKEN EXPIRED"), "extensible values compare ignoring case");
        evt.Data.JoinedAt.Should().BeNull("an empty timestamp string reads as null");
    }

    [Fact]
    public void A_serialized_event_is_the_wire_form_and_parses_back()
    {
        var original = (HlsRecordingSucceededEvent)HmsWebhook.Parse(WebhookFixtures.Read("hls.recording.success"));

        var json = JsonSerializer.Serialize<HmsWebhookEvent>(original, WebhooksJsonContext.Default.HmsWebhookEvent);
        var again = (HlsRecordingSucceededEvent)HmsWebhook.Parse(json);

        json.Should().Contain("\"type\":\"hls.recording.success\"").And.Contain("\"account_id\"").And.NotContain("is_replay");
        again.Id.Should().Be(original.Id);
        again.Timestamp.Should().Be(original.Timestamp);
        again.Data.RecordingSingleFiles.Should().HaveCount(2);
        again.Data.RecordingCreatedAt.Should().Be(original.Data.RecordingCreatedAt);
        JsonSerializer.Serialize<HmsWebhookEvent>(new HmsWebhookEvent { Id = "bare" }, WebhooksJsonContext.Default.HmsWebhookEvent)
            .Should().NotContain("\"data\"");
    }
}
