using System.Reflection;
using System.Text.Json;
using FluentAssertions;
using HmsSdk.Webhooks;
using Xunit;

namespace HmsSdk.Tests.Webhooks;

public class WebhookFixtureCoverageTests
{
    public static TheoryData<string, Type> AllEventTypes => new()
    {
        { "session.open.success", typeof(SessionOpenSucceededEvent) },
        { "session.close.success", typeof(SessionCloseSucceededEvent) },
        { "peer.join.success", typeof(PeerJoinSucceededEvent) },
        { "peer.leave.success", typeof(PeerLeaveSucceededEvent) },
        { "peer.join.failure", typeof(PeerJoinFailedEvent) },
        { "peer.leave.failure", typeof(PeerLeaveFailedEvent) },
        { "room.end.success", typeof(RoomEndSucceededEvent) },
        { "room.end.failure", typeof(RoomEndFailedEvent) },
        { "role.change.success", typeof(RoleChangeSucceededEvent) },
        { "role.change.failure", typeof(RoleChangeFailedEvent) },
        { "track.recording.started.success", typeof(TrackRecordingStartedEvent) },
        { "track.recording.success", typeof(TrackRecordingSucceededEvent) },
        { "track.recording.failure", typeof(TrackRecordingFailedEvent) },
        { "stream.recording.success", typeof(StreamRecordingSucceededEvent) },
        { "stream.recording.failure", typeof(StreamRecordingFailedEvent) },
        { "recording.success", typeof(RecordingSucceededEvent) },
        { "recording.failed", typeof(RecordingFailedEvent) },
        { "beam.started.success", typeof(BeamStartedEvent) },
        { "beam.stopped.success", typeof(BeamStoppedEvent) },
        { "beam.recording.success", typeof(BeamRecordingSucceededEvent) },
        { "beam.failure", typeof(BeamFailedEvent) },
        { "hls.started.success", typeof(HlsStartedEvent) },
        { "hls.stopped.success", typeof(HlsStoppedEvent) },
        { "hls.recording.success", typeof(HlsRecordingSucceededEvent) },
        { "hls.failure", typeof(HlsFailedEvent) },
        { "transcription.started.success", typeof(TranscriptionStartedEvent) },
        { "transcription.success", typeof(TranscriptionSucceededEvent) },
        { "transcription.failure", typeof(TranscriptionFailedEvent) },
        { "ingest.start.success", typeof(IngestStartedEvent) },
        { "ingest.end.success", typeof(IngestEndedEvent) },
        { "ingest.start.failure", typeof(IngestStartFailedEvent) },
        { "ingest.failure", typeof(IngestFailedEvent) },
    };

    public static TheoryData<string, string> KnownValueNames => new()
    {
        { "session.open.success", nameof(HmsWebhookEventType.SessionOpenSucceeded) },
        { "session.close.success", nameof(HmsWebhookEventType.SessionCloseSucceeded) },
        { "peer.join.success", nameof(HmsWebhookEventType.PeerJoinSucceeded) },
        { "peer.leave.success", nameof(HmsWebhookEventType.PeerLeaveSucceeded) },
        { "peer.join.failure", nameof(HmsWebhookEventType.PeerJoinFailed) },
        { "peer.leave.failure", nameof(HmsWebhookEventType.PeerLeaveFailed) },
        { "room.end.success", nameof(HmsWebhookEventType.RoomEndSucceeded) },
        { "room.end.failure", nameof(HmsWebhookEventType.RoomEndFailed) },
        { "role.change.success", nameof(HmsWebhookEventType.RoleChangeSucceeded) },
        { "role.change.failure", nameof(HmsWebhookEventType.RoleChangeFailed) },
        { "track.recording.started.success", nameof(HmsWebhookEventType.TrackRecordingStarted) },
        { "track.recording.success", nameof(HmsWebhookEventType.TrackRecordingSucceeded) },
        { "track.recording.failure", nameof(HmsWebhookEventType.TrackRecordingFailed) },
        { "stream.recording.success", nameof(HmsWebhookEventType.StreamRecordingSucceeded) },
        { "stream.recording.failure", nameof(HmsWebhookEventType.StreamRecordingFailed) },
        { "recording.success", nameof(HmsWebhookEventType.RecordingSucceeded) },
        { "recording.failed", nameof(HmsWebhookEventType.RecordingFailed) },
        { "beam.started.success", nameof(HmsWebhookEventType.BeamStarted) },
        { "beam.stopped.success", nameof(HmsWebhookEventType.BeamStopped) },
        { "beam.recording.success", nameof(HmsWebhookEventType.BeamRecordingSucceeded) },
        { "beam.failure", nameof(HmsWebhookEventType.BeamFailed) },
        { "hls.started.success", nameof(HmsWebhookEventType.HlsStarted) },
        { "hls.stopped.success", nameof(HmsWebhookEventType.HlsStopped) },
        { "hls.recording.success", nameof(HmsWebhookEventType.HlsRecordingSucceeded) },
        { "hls.failure", nameof(HmsWebhookEventType.HlsFailed) },
        { "transcription.started.success", nameof(HmsWebhookEventType.TranscriptionStarted) },
        { "transcription.success", nameof(HmsWebhookEventType.TranscriptionSucceeded) },
        { "transcription.failure", nameof(HmsWebhookEventType.TranscriptionFailed) },
        { "ingest.start.success", nameof(HmsWebhookEventType.IngestStarted) },
        { "ingest.end.success", nameof(HmsWebhookEventType.IngestEnded) },
        { "ingest.start.failure", nameof(HmsWebhookEventType.IngestStartFailed) },
        { "ingest.failure", nameof(HmsWebhookEventType.IngestFailed) },
    };

    [Fact]
    public void There_is_one_fixture_per_documented_event_type()
    {
        var files = Directory.GetFiles(WebhookFixtures.Directory, "*.json").Select(Path.GetFileNameWithoutExtension).ToArray();

        files.Should().HaveCount(32);
        files.Should().BeEquivalentTo(AllEventTypes.Select(row => (string)row[0]));
    }

    [Theory]
    [MemberData(nameof(AllEventTypes))]
    public void Each_fixture_parses_into_its_typed_event_with_the_envelope_and_every_field_modelled(string type, Type expectedClass)
    {
        var json = WebhookFixtures.Read(type);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        var evt = HmsWebhook.Parse(json);

        evt.Should().BeOfType(expectedClass);
        evt.Type.Should().Be(new HmsWebhookEventType(type));
        evt.Type.ToString().Should().Be(type);
        evt.Id.Should().Be(root.GetProperty("id").GetString()).And.NotBeNullOrEmpty();
        evt.AccountId.Should().Be(WebhookFixtures.AccountId);
        evt.TemplateId.Should().Be(WebhookFixtures.TemplateId);
        evt.Version.Should().Be(root.GetProperty("version").GetString());
        evt.Timestamp.Should().Be(DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        evt.Timestamp.Offset.Should().Be(TimeSpan.Zero);
        evt.IsReplay.Should().BeFalse();
        evt.RawData.ValueKind.Should().Be(JsonValueKind.Object);
        evt.AdditionalProperties.Should().BeNullOrEmpty();

        // Every field the fixture carries maps to a modelled property: nothing lands in AdditionalProperties.
        var data = expectedClass.GetProperty("Data")!.GetValue(evt);
        data.Should().NotBeNull();
        var extra = (IDictionary<string, JsonElement>?)data!.GetType().GetProperty("AdditionalProperties")!.GetValue(data);
        extra.Should().BeNullOrEmpty("fixture fields {0} should be modelled", extra is null ? "" : string.Join(", ", extra.Keys));
    }

    [Theory]
    [MemberData(nameof(KnownValueNames))]
    public void Each_event_type_has_a_static_known_value(string type, string propertyName)
    {
        var value = (HmsWebhookEventType)typeof(HmsWebhookEventType).GetProperty(propertyName, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        value.ToString().Should().Be(type);
    }
}
