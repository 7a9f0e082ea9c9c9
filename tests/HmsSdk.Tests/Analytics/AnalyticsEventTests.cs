using HmsSdk.Tests.Infrastructure;
using System.Text.Json;
using FluentAssertions;

namespace HmsSdk.Tests.Analytics;

public class AnalyticsEventTests
{
    private const string EventsPath = "/v2/analytics/events";

    // The peer both track events are about: the room, session and peer fields the docs list for track events.
    private const string AdaInStandup = """
        "room_id": "room-1", "session_id": "sess-1", "room_name": "standup", "peer_id": "peer-1", "user_id": "u-42",
                "user_name": "Ada", "joined_at": "2024-03-22T04:24:08.123Z", "role": "host"
        """;

    private const string TrackEventsPage = """
        {
          "limit": 2,
          "total": 2,
          "next": "",
          "cursor_ttl_seconds": 86400,
          "events": [
            {
              "version": "2.0",
              "id": "ev-add-1",
              "timestamp": "2024-03-22T04:24:10Z",
              "type": "track.add.success",
              "app_id": "app-7",
              "data": {
        """ + AdaInStandup + """
        ,
                "track_id": "track-a",
                "stream_id": "stream-a",
                "type": "audio",
                "source": "regular",
                "mute": false,
                "started_at": "2024-03-22T04:24:10.010516042Z",
                "codec": "opus"
              }
            },
            {
              "version": "2.0",
              "id": "ev-remove-1",
              "timestamp": "2024-03-22T04:30:00.500Z",
              "type": "track.remove.success",
              "data": {
        """ + AdaInStandup + """
        ,
                "track_id": "track-v",
                "stream_id": "stream-a",
                "type": "hologram",
                "source": "spatial",
                "mute": true,
                "started_at": "2024-03-22T04:25:00Z",
                "stopped_at": "2024-03-22T04:30:00.5Z"
              }
            }
          ]
        }
        """;

    [Fact]
    public async Task ListTrackEventsAsync_sends_the_filters_and_the_three_track_types_and_reads_every_field()
    {
        using var wire = new WireApi();
        wire.Respond("GET", EventsPath, TrackEventsPage);

        var options = new TrackEventListOptions("room-1") { SessionId = "sess-1", PeerId = "peer 1", UserId = "u-42", Limit = 2 };
        var events = await wire.Client.Analytics.ListTrackEventsAsync(options).ToListAsync();

        wire.ShouldHaveReceived(
            "GET",
            EventsPath,
            "room_id=room-1&type=track.add.success&type=track.update.success&type=track.remove.success" +
            "&session_id=sess-1&peer_id=peer%201&user_id=u-42&limit=2");

        events.Should().HaveCount(2);
        var add = events[0];
        add.Version.Should().Be("2.0");
        add.Id.Should().Be("ev-add-1");
        add.Timestamp.Should().Be(new DateTimeOffset(2024, 3, 22, 4, 24, 10, TimeSpan.Zero));
        add.Type.Should().Be(AnalyticsEventType.TrackAddSuccess);
        add.AdditionalProperties!["app_id"].GetString().Should().Be("app-7");
        var data = add.Data!;
        data.RoomId.Should().Be("room-1");
        data.SessionId.Should().Be("sess-1");
        data.RoomName.Should().Be("standup");
        data.PeerId.Should().Be("peer-1");
        data.UserId.Should().Be("u-42");
        data.UserName.Should().Be("Ada");
        data.JoinedAt.Should().Be(new DateTimeOffset(2024, 3, 22, 4, 24, 8, 123, TimeSpan.Zero));
        data.Role.Should().Be("host");
        data.TrackId.Should().Be("track-a");
        data.StreamId.Should().Be("stream-a");
        data.Type.Should().Be(AnalyticsTrackType.Audio);
        data.Source.Should().Be(AnalyticsTrackSource.Regular);
        data.Mute.Should().BeFalse();
        data.StartedAt.Should().Be(new DateTimeOffset(2024, 3, 22, 4, 24, 10, TimeSpan.Zero).AddTicks(105160));
        data.StoppedAt.Should().BeNull();
        data.AdditionalProperties!["codec"].GetString().Should().Be("opus");

        var remove = events[1];
        remove.Type.Should().Be(AnalyticsEventType.TrackRemoveSuccess);
        remove.Timestamp.Should().Be(new DateTimeOffset(2024, 3, 22, 4, 30, 0, 500, TimeSpan.Zero));
        remove.Data!.Type!.Value.ToString().Should().Be("hologram");
        remove.Data.Source!.Value.ToString().Should().Be("spatial");
        remove.Data.Mute.Should().BeTrue();
        remove.Data.StoppedAt.Should().Be(new DateTimeOffset(2024, 3, 22, 4, 30, 0, 500, TimeSpan.Zero));
    }

    [Fact]
    public async Task ListTrackEventsAsync_sends_only_the_types_the_caller_chose()
    {
        using var wire = new WireApi();
        wire.Respond("GET", EventsPath, """{"limit":10,"total":0,"next":"","events":[]}""");

        var options = new TrackEventListOptions("room-1") { Types = new List<AnalyticsEventType> { AnalyticsEventType.TrackUpdateSuccess } };
        var events = await wire.Client.Analytics.ListTrackEventsAsync(options).ToListAsync();

        events.Should().BeEmpty();
        WireApi.Query(wire.Entries.Should().ContainSingle().Subject).Should().Be("room_id=room-1&type=track.update.success");
    }

    private static string TrackEvent(int i) =>
        "{\"version\":\"2.0\",\"id\":\"ev-" + i + "\",\"timestamp\":\"2024-03-22T04:24:1" + i +
        "Z\",\"type\":\"track.update.success\",\"data\":{\"track_id\":\"t-" + i + "\",\"mute\":true}}";

    private static string TrackPage(int from, int count, string next) =>
        "{\"limit\":2,\"total\":5,\"next\":\"" + next + "\",\"events\":[" +
        string.Join(",", Enumerable.Range(from, count).Select(TrackEvent)) + "]}";

    [Fact]
    public async Task ListTrackEventsAsync_follows_next_beyond_the_first_page_unlike_node()
    {
        using var wire = new WireApi();
        wire.RespondWhen(EventsPath, "start", null, TrackPage(0, 2, "cursor-1"));
        wire.RespondWhen(EventsPath, "start", "cursor-1", TrackPage(2, 2, "cursor-2"));
        wire.RespondWhen(EventsPath, "start", "cursor-2", TrackPage(4, 1, ""));

        var events = await wire.Client.Analytics.ListTrackEventsAsync(new TrackEventListOptions("room-1") { Limit = 2 }).ToListAsync();

        events.Select(e => e.Id).Should().Equal("ev-0", "ev-1", "ev-2", "ev-3", "ev-4");
        events.Select(e => e.Data!.TrackId).Should().Equal("t-0", "t-1", "t-2", "t-3", "t-4");
        var types = "type=track.add.success&type=track.update.success&type=track.remove.success";
        wire.Entries.Select(WireApi.Query).Should().Equal(
            $"room_id=room-1&{types}&limit=2",
            $"room_id=room-1&{types}&limit=2&start=cursor-1",
            $"room_id=room-1&{types}&limit=2&start=cursor-2");
    }

    [Fact]
    public async Task ListTrackEventsAsync_pages_expose_next_as_the_continuation_token()
    {
        using var wire = new WireApi();
        wire.RespondWhen(EventsPath, "start", null, TrackPage(0, 2, "cursor-1"));
        wire.RespondWhen(EventsPath, "start", "cursor-1", TrackPage(2, 2, ""));

        var pages = await wire.Client.Analytics.ListTrackEventsAsync(new TrackEventListOptions("room-1") { Limit = 2 }).AsPages().ToListAsync();

        pages.Select(p => p.ContinuationToken).Should().Equal("cursor-1", null);
        pages[0].RawResponse!.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task ListRecordingEventsAsync_sends_the_recording_type_and_reads_every_field()
    {
        using var wire = new WireApi();
        wire.Respond("GET", EventsPath, """
            {
              "limit": 10, "total": 1, "next": "",
              "events": [{
                "version": "2.0", "id": "ev-rec-1", "timestamp": "2024-03-22T05:00:00.123456789Z", "type": "beam.recording.success",
                "data": {
                  "beam_id": "beam-1", "room_id": "room-1", "session_id": "sess-1", "peer_id": "peer-rec", "template_id": "tpl-1",
                  "created_at": "2024-03-22T04:59:59Z", "duration": 3600, "location": "s3://bucket/old",
                  "started_at": "2024-03-22T03:59:00.5Z", "stopped_at": "2024-03-22T04:59:00Z",
                  "max_width": 1280, "max_height": 720,
                  "recording_path": "s3://bucket/rec.mp4", "recording_presigned_url": "https://s3.example/rec.mp4?sig=1",
                  "meeting_url": "https://app.100ms.live/preview/room-1",
                  "rtmp": [{ "url": "rtmp://live.example/app/key", "region": "in" }],
                  "session_started_at": "2024-03-22T03:58:00.000Z", "size": 5368709120,
                  "recording_id": "recording-9"
                }
              }]
            }
            """);

        var options = new RecordingEventListOptions("room-1") { SessionId = "sess-1", PeerId = "peer-rec", BeamId = "beam-1", Limit = 10 };
        var events = await wire.Client.Analytics.ListRecordingEventsAsync(options).ToListAsync();

        wire.ShouldHaveReceived("GET", EventsPath, "room_id=room-1&type=beam.recording.success&session_id=sess-1&peer_id=peer-rec&beam_id=beam-1&limit=10");

        var ev = events.Should().ContainSingle().Subject;
        ev.Id.Should().Be("ev-rec-1");
        ev.Type.Should().Be(AnalyticsEventType.BeamRecordingSuccess);
        ev.Timestamp.Should().Be(new DateTimeOffset(2024, 3, 22, 5, 0, 0, TimeSpan.Zero).AddTicks(1234567));
        var data = ev.Data!;
        data.BeamId.Should().Be("beam-1");
        data.RoomId.Should().Be("room-1");
        data.SessionId.Should().Be("sess-1");
        data.PeerId.Should().Be("peer-rec");
        data.TemplateId.Should().Be("tpl-1");
        data.CreatedAt.Should().Be(new DateTimeOffset(2024, 3, 22, 4, 59, 59, TimeSpan.Zero));
        data.Duration.Should().Be(3600);
        data.Location.Should().Be("s3://bucket/old");
        data.StartedAt.Should().Be(new DateTimeOffset(2024, 3, 22, 3, 59, 0, 500, TimeSpan.Zero));
        data.StoppedAt.Should().Be(new DateTimeOffset(2024, 3, 22, 4, 59, 0, TimeSpan.Zero));
        data.MaxWidth.Should().Be(1280);
        data.MaxHeight.Should().Be(720);
        data.RecordingPath.Should().Be("s3://bucket/rec.mp4");
        data.RecordingPresignedUrl.Should().Be("https://s3.example/rec.mp4?sig=1");
        data.MeetingUrl.Should().Be("https://app.100ms.live/preview/room-1");
        var rtmp = data.Rtmp.Should().ContainSingle().Subject;
        rtmp.Url.Should().Be("rtmp://live.example/app/key");
        rtmp.AdditionalProperties!["region"].GetString().Should().Be("in");
        data.SessionStartedAt.Should().Be(new DateTimeOffset(2024, 3, 22, 3, 58, 0, TimeSpan.Zero));
        data.Size.Should().Be(5368709120L);
        data.AdditionalProperties!["recording_id"].GetString().Should().Be("recording-9");
    }

    [Fact]
    public async Task ListErrorEventsAsync_sends_the_five_error_types_and_reads_every_field_including_an_unknown_type()
    {
        using var wire = new WireApi();
        wire.Respond("GET", EventsPath, """
            {
              "limit": 10, "total": 2, "next": "",
              "events": [
                {
                  "version": "2.0", "id": "ev-err-1", "timestamp": "2024-03-22T06:00:00Z", "type": "client.join.failed",
                  "data": {
                    "user_id": "u-1", "user_name": "Bob", "peer_id": "peer-2", "account_id": "acct-1", "room_id": "room-1",
                    "room_name": "standup", "template_id": "tpl-1", "role": "guest",
                    "error_code": 1003, "error_name": "WebSocketConnectionLost", "error_message": "Network connection lost",
                    "error_description": "The websocket closed unexpectedly", "domain": "web", "is_terminal": true, "action": "JOIN",
                    "audio": { "enabled": true, "device": "Built-in Microphone" },
                    "video": { "enabled": false },
                    "devices": [ { "kind": "audioinput", "label": "Built-in Microphone" } ],
                    "agent": "Mozilla/5.0 (Macintosh)",
                    "sdk_version": "0.12.3"
                  }
                },
                {
                  "version": "2.1", "id": "ev-err-2", "timestamp": "2024-03-22T06:00:01.1Z", "type": "client.reconnect.failed",
                  "data": { "room_id": "room-1", "session_id": "sess-1", "error_code": "4005", "action": "RECONNECT" }
                }
              ]
            }
            """);

        var options = new ErrorEventListOptions("room-1") { SessionId = "sess-1", PeerId = "peer-2", UserId = "u-1" };
        var events = await wire.Client.Analytics.ListErrorEventsAsync(options).ToListAsync();

        wire.ShouldHaveReceived(
            "GET",
            EventsPath,
            "room_id=room-1&type=client.publish.failed&type=client.subscribe.failed&type=client.join.failed" +
            "&type=client.disconnected&type=client.connect.failed&session_id=sess-1&peer_id=peer-2&user_id=u-1");

        events.Should().HaveCount(2);
        var join = events[0];
        join.Type.Should().Be(AnalyticsEventType.ClientJoinFailed);
        join.Timestamp.Should().Be(new DateTimeOffset(2024, 3, 22, 6, 0, 0, TimeSpan.Zero));
        var data = join.Data!;
        data.UserId.Should().Be("u-1");
        data.UserName.Should().Be("Bob");
        data.PeerId.Should().Be("peer-2");
        data.AccountId.Should().Be("acct-1");
        data.RoomId.Should().Be("room-1");
        data.SessionId.Should().BeNull("the docs say session_id may be absent");
        data.RoomName.Should().Be("standup");
        data.TemplateId.Should().Be("tpl-1");
        data.Role.Should().Be("guest");
        data.ErrorCode.Should().Be(1003);
        data.ErrorName.Should().Be("WebSocketConnectionLost");
        data.ErrorMessage.Should().Be("Network connection lost");
        data.ErrorDescription.Should().Be("The websocket closed unexpectedly");
        data.Domain.Should().Be("web");
        data.IsTerminal.Should().BeTrue();
        data.Action.Should().Be(ErrorEventAction.Join);
        data.Audio!.Value.GetProperty("device").GetString().Should().Be("Built-in Microphone");
        data.Video!.Value.GetProperty("enabled").GetBoolean().Should().BeFalse();
        data.Devices!.Value.ValueKind.Should().Be(JsonValueKind.Array);
        data.Devices.Value[0].GetProperty("kind").GetString().Should().Be("audioinput");
        data.Agent!.Value.GetString().Should().Be("Mozilla/5.0 (Macintosh)");
        data.AdditionalProperties!["sdk_version"].GetString().Should().Be("0.12.3");

        var unknown = events[1];
        unknown.Type.ToString().Should().Be("client.reconnect.failed");
        unknown.Version.Should().Be("2.1");
        unknown.Data!.SessionId.Should().Be("sess-1");
        unknown.Data.ErrorCode.Should().Be(4005, "numbers are read from strings too");
        unknown.Data.Action!.Value.ToString().Should().Be("RECONNECT");
    }

    [Fact]
    public async Task ListEventsAsync_sends_any_types_and_the_error_flag_and_keeps_data_as_raw_json()
    {
        using var wire = new WireApi();
        wire.Respond("GET", EventsPath, """
            {
              "limit": 5, "total": 2, "next": "",
              "events": [
                { "version": "2.0", "id": "ev-1", "timestamp": "2024-03-22T07:00:00Z", "type": "track.add.success",
                  "data": { "track_id": "t-1", "type": "video" } },
                { "version": "2.0", "id": "ev-2", "timestamp": "2024-03-22T07:00:01.000000001Z", "type": "sfu.brand.new",
                  "data": { "anything": [1, 2, 3] } }
              ]
            }
            """);

        var options = new EventListOptions("room-1")
        {
            Types = new List<AnalyticsEventType> { AnalyticsEventType.TrackAddSuccess, "sfu.brand.new" },
            SessionId = "sess-1",
            PeerId = "peer-1",
            UserId = "u-1",
            BeamId = "beam-1",
            Error = false,
            Limit = 5,
        };
        var events = await wire.Client.Analytics.ListEventsAsync(options).ToListAsync();

        wire.ShouldHaveReceived("GET", EventsPath, "room_id=room-1&type=track.add.success&type=sfu.brand.new&session_id=sess-1&peer_id=peer-1&user_id=u-1&beam_id=beam-1&error=false&limit=5");

        events.Select(e => e.Id).Should().Equal("ev-1", "ev-2");
        events[0].Type.Should().Be(AnalyticsEventType.TrackAddSuccess);
        events[0].Data!.Value.GetProperty("track_id").GetString().Should().Be("t-1");
        events[1].Type.Should().Be((AnalyticsEventType)"SFU.BRAND.NEW", "equality ignores case");
        events[1].Type.ToString().Should().Be("sfu.brand.new");
        events[1].Timestamp.Should().Be(new DateTimeOffset(2024, 3, 22, 7, 0, 1, TimeSpan.Zero));
        events[1].Data!.Value.GetProperty("anything").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task ListEventsAsync_without_types_lets_the_server_choose_and_sends_error_true()
    {
        using var wire = new WireApi();
        wire.Respond("GET", EventsPath, """{"limit":10,"total":0,"next":"","events":[]}""");

        await wire.Client.Analytics.ListEventsAsync(new EventListOptions("room-1") { Error = true }).ToListAsync();

        WireApi.Query(wire.Entries.Should().ContainSingle().Subject).Should().Be("room_id=room-1&error=true");
    }

    [Fact]
    public async Task Event_timestamp_is_a_DateTimeOffset_unlike_node()
    {
        using var wire = new WireApi();
        wire.Respond("GET", EventsPath, """
            {"limit":10,"next":"","events":[{"version":"2.0","id":"e","timestamp":"2024-03-22T09:15:00+05:30","type":"track.add.success","data":{}}]}
            """);

        var ev = (await wire.Client.Analytics.ListTrackEventsAsync(new TrackEventListOptions("room-1")).ToListAsync()).Single();

        ev.Timestamp.Should().Be(new DateTimeOffset(2024, 3, 22, 3, 45, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Event_types_are_extensible_and_case_insensitive()
    {
        AnalyticsEventType custom = "Track.Add.Success";
        custom.Should().Be(AnalyticsEventType.TrackAddSuccess);
        (custom == AnalyticsEventType.TrackAddSuccess).Should().BeTrue();
        custom.GetHashCode().Should().Be(AnalyticsEventType.TrackAddSuccess.GetHashCode());
        custom.ToString().Should().Be("Track.Add.Success");
        default(AnalyticsEventType).ToString().Should().BeEmpty();
        new AnalyticsEventType("x.y").Should().NotBe(AnalyticsEventType.ClientDisconnected);
        ((Action)(() => new AnalyticsEventType(null!))).Should().Throw<ArgumentNullException>();
    }
}
