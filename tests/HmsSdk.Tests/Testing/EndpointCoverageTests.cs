using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Testing;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace HmsSdk.Tests.Testing;

/// <summary>
/// The endpoint matrix: every non-legacy row of <c>Fixtures/endpoints.tsv</c> (a copy of the shared spec) must be routed by the
/// fake and must have a typed SDK member in <see cref="SdkCalls"/> that succeeds against the fake. A new row without an entry,
/// an entry whose row disappeared, or a typed service method that no entry names, fails a test.
/// </summary>
public sealed class EndpointCoverageTests
{
    private const string Secret = "matrix-secret-0123456789abcdef0123456789abcdef";

    public static TheoryData<string> RowKeys()
    {
        var data = new TheoryData<string>();
        foreach (var row in EndpointRow.LoadAll())
        {
            data.Add(row.Key);
        }

        return data;
    }

    [Fact]
    public void The_matrix_reads_every_v2_group_from_the_fixture()
    {
        var rows = EndpointRow.LoadAll();
        rows.Should().HaveCount(79, "endpoints.tsv has 79 non-legacy rows; update this number together with the fixture");
        rows.Select(r => r.Group).Distinct().Should().BeEquivalentTo(
            "rooms", "active-rooms", "sessions", "recordings", "recording-assets", "live-streams", "external-streams", "room-codes",
            "stream-keys", "analytics", "templates", "polls", "sip", "room-code-token (undocumented server-side)");
        rows.Select(r => r.Key).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(RowKeys))]
    public async Task The_fake_routes_the_endpoint(string key)
    {
        var row = EndpointRow.LoadAll().Single(r => r.Key == key);
        using var world = new MatrixWorld();
        using var http = new HttpClient(world.Fake.CreateHandler());
        var path = string.Join('/', row.FakePath.Split('/').Select(s => s.StartsWith('{') ? "1" : s));
        var uri = row.IsAuthHost
            ? new Uri(world.Fake.AuthBaseUri + path.Substring("/auth/v2".Length))
            : new Uri(world.Fake.BaseUri.GetLeftPart(UriPartial.Authority) + path);
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), uri);
        if (row.Method != "GET" && row.Method != "DELETE")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        // Each endpoint gets its own credential: DTMF an app token, the auth host none, everything else a management token.
        var token = row.FakePath == "/v2/sip/dtmf" ? world.Fake.CreateAppToken("1") : row.IsAuthHost ? null : world.Fake.CreateManagementToken();
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        status.Should().NotBe(405, $"{key} must be served ({body})");
        status.Should().NotBe(401, $"{key} must accept its credential ({body})");
        if (status == 404)
        {
            ((string?)JsonNode.Parse(body)?["message"]).Should().NotBe("route not found", $"{key} must be routed");
        }
    }

    [Theory]
    [MemberData(nameof(RowKeys))]
    public async Task The_typed_sdk_member_succeeds_against_the_fake(string key)
    {
        var row = EndpointRow.LoadAll().Single(r => r.Key == key);
        SdkCalls.TryGetValue(key, out var calls).Should().BeTrue($"'{key}' needs a typed SDK member in EndpointCoverageTests.SdkCalls");
        foreach (var (member, call) in calls!)
        {
            using var world = new MatrixWorld();
            await world.Arrange();
            var before = world.Fake.Requests.Count;
            try
            {
                await call(world);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"{member} for {key} failed against the fake: {ex.GetType().Name}: {ex.Message}\n{string.Join("\n", world.Fake.Requests.Skip(before).Select(r => $"{r} -> {r.StatusCode}"))}");
            }

            world.Fake.Requests.Skip(before).Should().Contain(
                r => r.Method == row.Method && row.MatchesFakePath(r.Path) && r.StatusCode >= 200 && r.StatusCode < 300,
                $"{member} must call {key} and get a success");
        }
    }

    [Fact]
    public void Every_table_entry_is_a_row_of_the_fixture()
    {
        var keys = EndpointRow.LoadAll().Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        SdkCalls.Keys.Where(k => !keys.Contains(k)).Should().BeEmpty("stale entries hide a renamed or removed row");
    }

    [Fact]
    public void Every_typed_service_method_is_named_in_the_table()
    {
        var named = SdkCalls.Values.SelectMany(c => c.Select(x => x.Member)).ToHashSet(StringComparer.Ordinal);
        var untyped = new[] { nameof(IHmsClient.Auth), nameof(IHmsClient.Api) };
        var methods = typeof(IHmsClient).GetProperties()
            .Where(p => !untyped.Contains(p.Name))
            .SelectMany(p => p.PropertyType.GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => p.Name + "." + m.Name))
            .Distinct()
            .ToArray();
        methods.Should().HaveCountGreaterThan(60);
        methods.Where(m => !named.Contains(m)).Should().BeEmpty("every typed member must be exercised against the fake");
        named.Where(n => !methods.Contains(n)).Should().BeEmpty("entries must name real members");
    }

    private delegate Task SdkCall(MatrixWorld world);

    private static readonly Dictionary<string, List<(string Member, SdkCall Call)>> SdkCalls = BuildTable();

    private static Dictionary<string, List<(string Member, SdkCall Call)>> BuildTable()
    {
        var table = new Dictionary<string, List<(string, SdkCall)>>(StringComparer.Ordinal);
        void Add(string key, string member, SdkCall call)
        {
            if (!table.TryGetValue(key, out var list))
            {
                table[key] = list = new List<(string, SdkCall)>();
            }

            list.Add((member, call));
        }

        // Rooms
        Add("POST /v2/rooms", "Rooms.CreateAsync", async w =>
            (await w.Client.Rooms.CreateAsync(new CreateRoomOptions { Name = "matrix-new", Description = "d" })).Name.Should().Be("matrix-new"));
        Add("POST /v2/rooms/{room_id} [update-a-room]", "Rooms.UpdateAsync", async w =>
            (await w.Client.Rooms.UpdateAsync(w.Room.Id, new UpdateRoomOptions { Description = "updated" })).Description.Should().Be("updated"));
        Add("POST /v2/rooms/{room_id} [disable-or-enable]", "Rooms.SetEnabledAsync", async w =>
            (await w.Client.Rooms.SetEnabledAsync(w.Room.Id, false)).Enabled.Should().BeFalse());
        Add("GET /v2/rooms", "Rooms.ListAsync", async w => (await Drain(w.Client.Rooms.ListAsync())).Should().BeGreaterThan(0));
        Add("GET /v2/rooms", "Rooms.GetByNameAsync", async w => (await w.Client.Rooms.GetByNameAsync(w.Room.Name)).Id.Should().Be(w.Room.Id));
        Add("GET /v2/rooms/{room_id}", "Rooms.GetAsync", async w => (await w.Client.Rooms.GetAsync(w.Room.Id)).Id.Should().Be(w.Room.Id));

        // Active rooms
        Add("GET /v2/active-rooms/{room_id}", "ActiveRooms.GetAsync", async w => (await w.Client.ActiveRooms.GetAsync(w.Room.Id)).Id.Should().Be(w.Room.Id));
        Add("GET /v2/active-rooms/{room_id}/peers", "ActiveRooms.ListPeersAsync", async w =>
            (await w.Client.ActiveRooms.ListPeersAsync(w.Room.Id)).Keys.Should().Contain(w.Peer.Id));
        Add("GET /v2/active-rooms/{room_id}/peers/{peer_id}", "ActiveRooms.GetPeerAsync", async w =>
            (await w.Client.ActiveRooms.GetPeerAsync(w.Room.Id, w.Peer.Id)).Name.Should().Be("Ana"));
        Add("POST /v2/active-rooms/{room_id}/peers/{peer_id}", "ActiveRooms.UpdatePeerAsync", async w =>
            (await w.Client.ActiveRooms.UpdatePeerAsync(w.Room.Id, w.Peer.Id, new UpdatePeerOptions { Name = "Ana B" })).Name.Should().Be("Ana B"));
        Add("POST /v2/active-rooms/{room_id}/send-message", "ActiveRooms.SendMessageAsync", async w =>
        {
            await w.Client.ActiveRooms.SendMessageAsync(w.Room.Id, new SendMessageOptions { Message = "hello" });
            w.Fake.SentMessages.Should().ContainSingle();
        });
        Add("POST /v2/active-rooms/{room_id}/remove-peers", "ActiveRooms.RemovePeersAsync", async w =>
        {
            await w.Client.ActiveRooms.RemovePeersAsync(w.Room.Id, RemovePeersOptions.ByPeerId(w.Peer.Id));
            w.Fake.Peers.Get(w.Peer.Id).LeftAt.Should().NotBeNull();
        });
        Add("POST /v2/active-rooms/{room_id}/end-room", "ActiveRooms.EndAsync", async w =>
        {
            await w.Client.ActiveRooms.EndAsync(w.Room.Id);
            w.Fake.Sessions.Active(w.Room.Id).Should().BeNull();
        });

        // Sessions
        Add("GET /v2/sessions", "Sessions.ListAsync", async w => (await Drain(w.Client.Sessions.ListAsync())).Should().BeGreaterThan(0));
        Add("GET /v2/sessions", "Sessions.GetActiveByRoomAsync", async w =>
            (await w.Client.Sessions.GetActiveByRoomAsync(w.Room.Id)).Id.Should().Be(w.Peer.SessionId));
        Add("GET /v2/sessions/{session_id}", "Sessions.GetAsync", async w => (await w.Client.Sessions.GetAsync(w.Peer.SessionId)).Id.Should().Be(w.Peer.SessionId));

        // Recordings
        Add("POST /v2/recordings/room/{room_id}/start", "Recordings.StartAsync", async w => (await w.Client.Recordings.StartAsync(w.Room.Id)).Id.Should().NotBeNullOrEmpty());
        Add("POST /v2/recordings/room/{room_id}/stop", "Recordings.StopAllAsync", async w =>
        {
            await w.StartJobAsync("recordings");
            (await w.Client.Recordings.StopAllAsync(w.Room.Id)).Items.Should().ContainSingle();
        });
        Add("POST /v2/recordings/{recording_id}/stop", "Recordings.StopAsync", async w =>
            (await w.Client.Recordings.StopAsync(await w.StartJobAsync("recordings"))).Id.Should().NotBeNull());
        Add("POST /v2/recordings/room/{room_id}/pause", "Recordings.PauseAsync", async w =>
        {
            await w.StartJobAsync("recordings");
            (await w.Client.Recordings.PauseAsync(w.Room.Id)).Id.Should().NotBeNull();
        });
        Add("POST /v2/recordings/room/{room_id}/resume", "Recordings.ResumeAsync", async w =>
        {
            await w.StartJobAsync("recordings");
            await w.PostAsync($"recordings/room/{w.Room.Id}/pause");
            (await w.Client.Recordings.ResumeAsync(w.Room.Id)).Id.Should().NotBeNull();
        });
        Add("GET /v2/recordings", "Recordings.ListAsync", async w =>
        {
            await w.StartJobAsync("recordings");
            (await Drain(w.Client.Recordings.ListAsync())).Should().Be(1);
        });
        Add("GET /v2/recordings/{recording_id}", "Recordings.GetAsync", async w =>
        {
            var id = await w.StartJobAsync("recordings");
            (await w.Client.Recordings.GetAsync(id)).Id.Should().Be(id);
        });

        // Recording assets
        Add("GET /v2/recording-assets", "RecordingAssets.ListAsync", async w =>
        {
            await w.CompletedAssetIdAsync();
            (await Drain(w.Client.RecordingAssets.ListAsync())).Should().BeGreaterThan(0);
        });
        Add("GET /v2/recording-assets/{asset_id}", "RecordingAssets.GetAsync", async w =>
        {
            var id = await w.CompletedAssetIdAsync();
            (await w.Client.RecordingAssets.GetAsync(id)).Id.Should().Be(id);
        });
        Add("GET /v2/recording-assets/{asset_id}/presigned-url", "RecordingAssets.GetPresignedUrlAsync", async w =>
            (await w.Client.RecordingAssets.GetPresignedUrlAsync(await w.CompletedAssetIdAsync())).Url.Should().NotBeNull());

        // Live streams
        Add("POST /v2/live-streams/room/{room_id}/start", "LiveStreams.StartAsync", async w => (await w.Client.LiveStreams.StartAsync(w.Room.Id)).Id.Should().NotBeNullOrEmpty());
        Add("POST /v2/live-streams/room/{room_id}/stop", "LiveStreams.StopAllAsync", async w =>
        {
            await w.StartJobAsync("live-streams");
            (await w.Client.LiveStreams.StopAllAsync(w.Room.Id)).Items.Should().ContainSingle();
        });
        Add("POST /v2/live-streams/{stream_id}/stop", "LiveStreams.StopAsync", async w =>
            (await w.Client.LiveStreams.StopAsync(await w.StartJobAsync("live-streams"))).Id.Should().NotBeNull());
        Add("POST /v2/live-streams/{stream_id}/pause-recording", "LiveStreams.PauseRecordingAsync", async w =>
            (await w.Client.LiveStreams.PauseRecordingAsync(await w.StartJobAsync("live-streams"))).Id.Should().NotBeNull());
        Add("POST /v2/live-streams/{stream_id}/resume-recording", "LiveStreams.ResumeRecordingAsync", async w =>
        {
            var id = await w.StartJobAsync("live-streams");
            await w.PostAsync($"live-streams/{id}/pause-recording");
            (await w.Client.LiveStreams.ResumeRecordingAsync(id)).Id.Should().Be(id);
        });
        Add("POST /v2/live-streams/{stream_id}/timed-metadata", "LiveStreams.SendTimedMetadataAsync", async w =>
        {
            var id = await w.StartJobAsync("live-streams");
            await w.Client.LiveStreams.SendTimedMetadataAsync(id, new TimedMetadataOptions("slide-3", TimeSpan.FromSeconds(5)));
            w.Fake.Jobs.Get(id).TimedMetadataPayloads.Should().Equal("slide-3");
        });
        Add("GET /v2/live-streams", "LiveStreams.ListAsync", async w =>
        {
            await w.StartJobAsync("live-streams");
            (await Drain(w.Client.LiveStreams.ListAsync())).Should().Be(1);
        });
        Add("GET /v2/live-streams/{stream_id}", "LiveStreams.GetAsync", async w =>
        {
            var id = await w.StartJobAsync("live-streams");
            (await w.Client.LiveStreams.GetAsync(id)).Id.Should().Be(id);
        });

        // External streams
        Add("POST /v2/external-streams/room/{room_id}/start", "ExternalStreams.StartAsync", async w =>
            (await w.Client.ExternalStreams.StartAsync(w.Room.Id, new StartExternalStreamOptions(new[] { "rtmp://a.example/live/key" }))).Id.Should().NotBeNullOrEmpty());
        Add("POST /v2/external-streams/room/{room_id}/stop", "ExternalStreams.StopAllAsync", async w =>
        {
            await w.StartJobAsync("external-streams");
            (await w.Client.ExternalStreams.StopAllAsync(w.Room.Id)).Items.Should().ContainSingle();
        });
        Add("POST /v2/external-streams/{stream_id}/stop", "ExternalStreams.StopAsync", async w =>
            (await w.Client.ExternalStreams.StopAsync(await w.StartJobAsync("external-streams"))).Id.Should().NotBeNull());
        Add("GET /v2/external-streams", "ExternalStreams.ListAsync", async w =>
        {
            await w.StartJobAsync("external-streams");
            (await Drain(w.Client.ExternalStreams.ListAsync())).Should().Be(1);
        });
        Add("GET /v2/external-streams/{stream_id}", "ExternalStreams.GetAsync", async w =>
        {
            var id = await w.StartJobAsync("external-streams");
            (await w.Client.ExternalStreams.GetAsync(id)).Id.Should().Be(id);
        });

        // Room codes (+ the exchange on the auth host)
        Add("POST /v2/room-codes/room/{room_id}", "RoomCodes.CreateAsync", async w => (await w.Client.RoomCodes.CreateAsync(w.Room.Id)).Should().HaveCount(2));
        Add("POST /v2/room-codes/room/{room_id}/role/{role}", "RoomCodes.CreateForRoleAsync", async w =>
            (await w.Client.RoomCodes.CreateForRoleAsync(w.Room.Id, "host")).Role.Should().Be("host"));
        Add("GET /v2/room-codes/room/{room_id}", "RoomCodes.ListAsync", async w => (await Drain(w.Client.RoomCodes.ListAsync(w.Room.Id))).Should().Be(1));
        Add("POST /v2/room-codes/code", "RoomCodes.SetEnabledAsync", async w =>
            (await w.Client.RoomCodes.SetEnabledAsync(w.Code.Code, false)).Enabled.Should().BeFalse());
        Add("POST https://auth.100ms.live/v2/token", "RoomCodes.ExchangeForAuthTokenAsync", async w =>
        {
            var token = await w.Client.RoomCodes.ExchangeForAuthTokenAsync(w.Code.Code, "u-42");
            var payload = JsonNode.Parse(Base64UrlDecode(token.Token.Split('.')[1]))!;
            ((string)payload["room_id"]!, (string)payload["role"]!, (string)payload["user_id"]!).Should().Be((w.Room.Id, "guest", "u-42"));
            w.Fake.Requests.Last!.Headers.ContainsKey("Authorization").Should().BeFalse("the exchange is unauthenticated");
        });

        // Stream keys
        Add("POST /v2/stream-keys/room/{room_id}", "StreamKeys.CreateAsync", async w => (await w.Client.StreamKeys.CreateAsync(w.Room.Id)).Key.Should().NotBeNullOrEmpty());
        Add("GET /v2/stream-keys/room/{room_id}", "StreamKeys.GetAsync", async w =>
        {
            await w.PostAsync($"stream-keys/room/{w.Room.Id}");
            (await w.Client.StreamKeys.GetAsync(w.Room.Id)).Key.Should().NotBeNullOrEmpty();
        });
        Add("POST /v2/stream-keys/room/{room_id}/disable", "StreamKeys.DisableAsync", async w =>
        {
            await w.PostAsync($"stream-keys/room/{w.Room.Id}");
            await w.Client.StreamKeys.DisableAsync(w.Room.Id);
        });

        // Analytics
        Add("GET /v2/analytics/events", "Analytics.ListEventsAsync", async w => (await Drain(w.Client.Analytics.ListEventsAsync(new EventListOptions(w.Room.Id)))).Should().BeGreaterThan(0));
        Add("GET /v2/analytics/events", "Analytics.ListTrackEventsAsync", async w =>
            (await Drain(w.Client.Analytics.ListTrackEventsAsync(new TrackEventListOptions(w.Room.Id)))).Should().BeGreaterThan(0));
        Add("GET /v2/analytics/events", "Analytics.ListRecordingEventsAsync", async w =>
        {
            w.Fake.Analytics.AddRecordingEvent(w.Room.Id);
            (await Drain(w.Client.Analytics.ListRecordingEventsAsync(new RecordingEventListOptions(w.Room.Id)))).Should().Be(1);
        });
        Add("GET /v2/analytics/events", "Analytics.ListErrorEventsAsync", async w =>
        {
            w.Fake.Analytics.AddErrorEvent(w.Room.Id);
            (await Drain(w.Client.Analytics.ListErrorEventsAsync(new ErrorEventListOptions(w.Room.Id)))).Should().Be(1);
        });
        Add("GET /v2/analytics/webhooks", "Analytics.ListWebhookDeliveriesAsync", async w =>
        {
            w.Fake.Seed.WebhookDeliveries(w.Room.Id, 3);
            (await Drain(w.Client.Analytics.ListWebhookDeliveriesAsync())).Should().Be(3);
        });
        Add("GET /v2/analytics/webhooks", "Analytics.GetWebhookDeliveryPageAsync", async w =>
        {
            w.Fake.Seed.WebhookDeliveries(w.Room.Id, 3);
            (await w.Client.Analytics.GetWebhookDeliveryPageAsync()).Events.Should().HaveCount(3);
        });
        Add("POST /v2/analytics/webhooks/replay", "Analytics.ReplayWebhooksAsync", async w =>
            (await w.Client.Analytics.ReplayWebhooksAsync(new WebhookReplayOptions { RoomId = w.Room.Id })).WorkflowId.Should().NotBeEmpty());
        Add("GET /v2/analytics/webhooks/replay/{workflow_id}", "Analytics.GetWebhookReplayStatusAsync", async w =>
        {
            var started = await w.PostAsync("analytics/webhooks/replay", $"{{\"room_id\":\"{w.Room.Id}\"}}");
            var id = (string)started["workflow_id"]!;
            (await w.Client.Analytics.GetWebhookReplayStatusAsync(id)).WorkflowId.Should().Be(id);
        });
        Add("GET /v2/analytics/peer-stats", "Analytics.GetPeerStatsAsync", async w =>
        {
            var session = w.Fake.Sessions.Get(w.Fake.Seed.Sessions(w.Room.Id, 1)[0]);
            (await w.Client.Analytics.GetPeerStatsAsync(session.Peers[0].Id, session.Id)).PeerId.Should().Be(session.Peers[0].Id);
        });

        // Templates
        Add("POST /v2/templates", "Templates.CreateAsync", async w => (await w.Client.Templates.CreateAsync(new CreateTemplateOptions { Name = "matrix-template" })).Name.Should().Be("matrix-template"));
        Add("GET /v2/templates", "Templates.ListAsync", async w => (await Drain(w.Client.Templates.ListAsync())).Should().Be(1));
        Add("GET /v2/templates/{template_id}", "Templates.GetAsync", async w => (await w.Client.Templates.GetAsync(w.Fake.DefaultTemplateId)).Id.Should().Be(w.Fake.DefaultTemplateId));
        Add("POST /v2/templates/{template_id}", "Templates.UpdateAsync", async w =>
        {
            // The update overwrites the whole template: send back what the SDK read, renamed.
            var current = await w.Client.Templates.GetAsync(w.Fake.DefaultTemplateId);
            var options = new UpdateTemplateOptions { Name = "renamed-template", Roles = current.Roles, Settings = current.Settings, Destinations = current.Destinations };
            (await w.Client.Templates.UpdateAsync(w.Fake.DefaultTemplateId, options)).Name.Should().Be("renamed-template");
        });
        Add("GET /v2/templates/{template_id}/roles/{role_name}", "Templates.GetRoleAsync", async w =>
            (await w.Client.Templates.GetRoleAsync(w.Fake.DefaultTemplateId, "host")).Name.Should().Be("host"));
        Add("POST /v2/templates/{template_id}/roles/{role_name}", "Templates.CreateOrUpdateRoleAsync", async w =>
            (await w.Client.Templates.CreateOrUpdateRoleAsync(w.Fake.DefaultTemplateId, "viewer", new TemplateRole { Name = "viewer", Priority = 2 })).Name.Should().Be("viewer"));
        Add("DELETE /v2/templates/{template_id}/roles/{role_name}", "Templates.DeleteRoleAsync", async w =>
        {
            await w.Client.Templates.DeleteRoleAsync(w.Fake.DefaultTemplateId, "guest");
            w.Fake.Inspect($"templates/{w.Fake.DefaultTemplateId}")!["roles"]!.AsObject().ContainsKey("guest").Should().BeFalse();
        });
        Add("GET /v2/templates/{template_id}/settings", "Templates.GetSettingsAsync", async w =>
            (await w.Client.Templates.GetSettingsAsync(w.Fake.DefaultTemplateId)).Should().NotBeNull());
        Add("POST /v2/templates/{template_id}/settings", "Templates.UpdateSettingsAsync", async w =>
        {
            // Round-trips what the SDK read, so a field the model drops would surface as a 400 from the fake.
            var settings = await w.Client.Templates.GetSettingsAsync(w.Fake.DefaultTemplateId);
            (await w.Client.Templates.UpdateSettingsAsync(w.Fake.DefaultTemplateId, settings)).Should().NotBeNull();
        });
        Add("GET /v2/templates/{template_id}/destinations", "Templates.GetDestinationsAsync", async w =>
            (await w.Client.Templates.GetDestinationsAsync(w.Fake.DefaultTemplateId)).Should().NotBeNull());
        Add("POST /v2/templates/{template_id}/destinations", "Templates.UpdateDestinationsAsync", async w =>
            (await w.Client.Templates.UpdateDestinationsAsync(w.Fake.DefaultTemplateId, new TemplateDestinations())).Should().NotBeNull());
        Add("POST /v2/templates/{template_id}/recordings", "Templates.ConfigureRecordingsAsync", async w =>
            (await w.Client.Templates.ConfigureRecordingsAsync(w.Fake.DefaultTemplateId, new[] { new RecordingConfig { Name = "main", Role = "host", MaxDuration = 3600 } }))
                .Should().ContainSingle().Which.Name.Should().Be("main"));
        Add("GET /v2/templates/{template_id}/recordings", "Templates.GetRecordingConfigsAsync", async w =>
            (await w.Client.Templates.GetRecordingConfigsAsync(w.Fake.DefaultTemplateId)).Should().NotBeNull());

        // Polls
        Add("POST /v2/polls", "Polls.CreateAsync", async w =>
            (await w.Client.Polls.CreateAsync(new CreatePollOptions { Title = "Lunch?", Questions = new List<PollQuestion> { Question("Where?") } })).Id.Should().NotBeNullOrEmpty());
        Add("POST /v2/polls/{poll_id}", "Polls.UpdateAsync", async w =>
            (await w.Client.Polls.UpdateAsync(w.PollId, new UpdatePollOptions { Title = "Dinner?", Questions = new List<PollQuestion> { Question("When?") } })).Title.Should().Be("Dinner?"));
        Add("POST /v2/polls/{poll_id}/questions/{question_id}", "Polls.UpdateQuestionAsync", async w =>
            (await w.Client.Polls.UpdateQuestionAsync(w.PollId, 1, Question("Which day?"))).Text.Should().Be("Which day?"));
        Add("POST /v2/polls/{poll_id}/questions/{question_id}/options/{option_id}", "Polls.UpdateOptionAsync", async w =>
            (await w.Client.Polls.UpdateOptionAsync(w.PollId, 1, 1, new PollOption { Text = "Pizza" })).Text.Should().Be("Pizza"));
        Add("DELETE /v2/polls/{poll_id}/questions/{question_id}", "Polls.DeleteQuestionAsync", async w =>
        {
            await w.Client.Polls.DeleteQuestionAsync(w.PollId, 1);
            w.Fake.Inspect($"polls/{w.PollId}")!["questions"]!.AsArray().Should().BeEmpty();
        });
        Add("DELETE /v2/polls/{poll_id}/questions/{question_id}/options/{option_id}", "Polls.DeleteOptionAsync", async w =>
        {
            await w.Client.Polls.DeleteOptionAsync(w.PollId, 1, 1);
            w.Fake.Inspect($"polls/{w.PollId}")!["questions"]![0]!["options"]!.AsArray().Should().ContainSingle();
        });
        Add("GET /v2/polls/{poll_id}", "Polls.GetAsync", async w => (await w.Client.Polls.GetAsync(w.PollId)).Id.Should().Be(w.PollId));
        Add("GET /v2/polls/{poll_id}/sessions", "Polls.ListSessionsAsync", async w => (await Drain(w.Client.Polls.ListSessionsAsync(w.PollId))).Should().Be(1));
        Add("GET /v2/polls/{poll_id}/responses", "Polls.ListResponsesAsync", async w => (await Drain(w.Client.Polls.ListResponsesAsync(w.PollId))).Should().Be(1));
        Add("GET /v2/polls/{poll_id}/responses/{response_id}", "Polls.GetResponseAsync", async w =>
            (await w.Client.Polls.GetResponseAsync(w.PollId, w.PollResponseId)).Id.Should().Be(w.PollResponseId));
        Add("GET /v2/polls/{poll_id}/results", "Polls.ListResultsAsync", async w => (await Drain(w.Client.Polls.ListResultsAsync(w.PollId))).Should().Be(1));
        Add("GET /v2/polls/{poll_id}/results/{result_id}", "Polls.GetResultAsync", async w =>
        {
            var resultId = (string)w.Fake.Inspect($"polls/{w.PollId}/results")!["results"]![0]!["id"]!;
            (await w.Client.Polls.GetResultAsync(w.PollId, resultId)).Id.Should().Be(resultId);
        });

        // SIP
        Add("POST /v2/sip/outbound/trunks", "Sip.CreateOutboundTrunkAsync", async w =>
        {
            var trunk = await w.Client.Sip.CreateOutboundTrunkAsync(new SipTrunkOptions { Username = "u", Password = "p", Address = "pstn.example", From = "+15550100" });
            w.Fake.Sip.Trunks.Select(t => t.Id).Should().Contain(trunk.Id);
        });
        Add("POST /v2/sip/outbound/trunks/{trunk_id}", "Sip.UpdateOutboundTrunkAsync", async w =>
        {
            var trunk = await w.Client.Sip.UpdateOutboundTrunkAsync(w.Trunk.Id, new SipTrunkOptions { Address = "other.example", From = "+15550111" });
            trunk.Id.Should().Be(w.Trunk.Id);
            w.Fake.Sip.Trunks.Single(t => t.Id == w.Trunk.Id).Address.Should().Be("other.example");
        });
        Add("POST /v2/sip/outbound/call", "Sip.StartOutboundCallAsync", async w =>
        {
            var call = await w.Client.Sip.StartOutboundCallAsync(new StartSipCallOptions { To = "+15550199", RoomCode = w.Code.Code, TrunkId = w.Trunk.Id, Name = "Phone" });
            var peer = w.Fake.Peers.Get(w.Fake.Sip.Calls.Single(c => c.Id == call.Id).PeerId);
            (peer.Type, peer.Name, peer.RoomId).Should().Be(("sip", "Phone", w.Room.Id));
        });
        Add("POST /v2/sip/dtmf", "Sip.SendDtmfAsync", async w =>
        {
            await w.PostAsync("sip/outbound/call", $"{{\"to\":\"+15550199\",\"room_code\":\"{w.Code.Code}\",\"trunk_id\":\"{w.Trunk.Id}\"}}");
            var appToken = w.Client.Auth.CreateAuthToken(new AuthTokenOptions(w.Room.Id, "host")).Token;
            await w.Client.Sip.SendDtmfAsync(new[] { "1", "#" }, appToken);
            w.Fake.Sip.Dtmf.Should().ContainSingle().Which.Digits.Should().Equal("1", "#");
        });

        return table;
    }

    private static PollQuestion Question(string text) => new()
    {
        Text = text,
        Type = "single-choice",
        Options = new List<PollOption> { new() { Text = "A" }, new() { Text = "B" } },
    };

    private static async Task<int> Drain<T>(HmsAsyncPageable<T> pageable)
    {
        var count = 0;
        await foreach (var _ in pageable)
        {
            count++;
        }

        return count;
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    /// <summary>A fresh fake on a fake clock, an SDK client over the in-memory handler, and the seed every call may need.</summary>
    private sealed class MatrixWorld : IDisposable
    {
        public MatrixWorld()
        {
            Time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
            Fake = new FakeHmsApi(new FakeHmsApiOptions { AccessKey = "matrix-key", Secret = Secret, TimeProvider = Time, Seed = 11 });
            _client = new Lazy<HmsClient>(() => new HmsClient(new HmsClientOptions
            {
                AccessKey = Fake.AccessKey,
                Secret = Secret,
                BaseUri = Fake.BaseUri,
                AuthBaseUri = Fake.AuthBaseUri,
                HttpMessageHandler = Fake.CreateHandler(),
                TimeProvider = Time,
                Retry = new HmsRetryOptions { MaxRetries = 0 },
            }));
            _http = new Lazy<HttpClient>(Fake.CreateHttpClient);
        }

        private readonly Lazy<HmsClient> _client;
        private readonly Lazy<HttpClient> _http;

        public FakeTimeProvider Time { get; }

        public FakeHmsApi Fake { get; }

        public HmsClient Client => _client.Value;

        public HttpClient Http => _http.Value;

        public FakeRoom Room { get; private set; } = null!;

        public FakePeer Peer { get; private set; } = null!;

        public FakeRoomCode Code { get; private set; } = null!;

        public FakeSipTrunk Trunk { get; private set; } = null!;

        public string PollId { get; private set; } = string.Empty;

        public string PollResponseId { get; private set; } = string.Empty;

        /// <summary>A room with a live session (Ana, host, publishing), a guest room code, a SIP trunk and a poll with one answer.</summary>
        public async Task Arrange()
        {
            Room = Fake.Rooms.Create("matrix-room");
            Peer = Fake.Peers.Join(Room.Id, "Ana", "host");
            Code = Fake.RoomCodes.Create(Room.Id, "guest");
            Trunk = Fake.Sip.CreateTrunk();
            var poll = await PostAsync("polls", "{\"title\":\"Lunch?\",\"questions\":[{\"text\":\"Where?\",\"type\":\"single-choice\",\"options\":[{\"text\":\"A\"},{\"text\":\"B\"}]}]}");
            PollId = (string)poll["id"]!;
            PollResponseId = Fake.Polls.AddResponse(PollId, Peer.SessionId, 1, Peer.Id, options: new[] { 1 });
        }

        /// <summary>Starts a job of the given kind over plain HTTP (not through the member under test), lets it reach running, and returns its id.</summary>
        public async Task<string> StartJobAsync(string kind)
        {
            var body = kind == "external-streams" ? "{\"rtmp_urls\":[\"rtmp://a.example/live/key\"],\"recording\":true}" : "{}";
            var job = await PostAsync($"{kind}/room/{Room.Id}/start", body);
            Time.Advance(TimeSpan.FromSeconds(11));
            return (string)job["id"]!;
        }

        /// <summary>Records for a minute and lets post-processing finish, so assets exist.</summary>
        public async Task<string> CompletedAssetIdAsync()
        {
            var id = await StartJobAsync("recordings");
            Time.Advance(TimeSpan.FromMinutes(1));
            await PostAsync($"recordings/{id}/stop");
            Time.Advance(TimeSpan.FromMinutes(1));
            return Fake.Jobs.Get(id).AssetIds[0];
        }

        public async Task<JsonNode> PostAsync(string path, string body = "{}")
        {
            using var response = await Http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            response.IsSuccessStatusCode.Should().BeTrue($"seeding POST {path} answered {(int)response.StatusCode}: {text}");
            return JsonNode.Parse(text)!;
        }

        public void Dispose()
        {
            if (_http.IsValueCreated)
            {
                _http.Value.Dispose();
            }

            if (_client.IsValueCreated)
            {
                _client.Value.Dispose();
            }
        }
    }

    /// <summary>One row of endpoints.tsv. The key is "METHOD path" (annotations after the path dropped), plus " [doc page]" when method and path repeat.</summary>
    private sealed record EndpointRow(string Group, string Method, string Path, string DocFile, string Key)
    {
        private const string AuthHost = "https://auth.100ms.live/v2";

        public bool IsAuthHost => Path.StartsWith(AuthHost, StringComparison.Ordinal);

        /// <summary>The path as the fake logs it: <c>/v2/...</c>, or <c>/auth/v2/...</c> for the auth host.</summary>
        public string FakePath => IsAuthHost ? "/auth/v2" + Path.Substring(AuthHost.Length) : Path;

        public bool MatchesFakePath(string path)
        {
            var template = FakePath.Split('/');
            var actual = path.Split('/');
            return template.Length == actual.Length
                && template.Zip(actual).All(p => (p.First.StartsWith('{') && p.Second.Length > 0) || p.First == p.Second);
        }

        private static readonly Lazy<IReadOnlyList<EndpointRow>> Rows = new(Load);

        public static IReadOnlyList<EndpointRow> LoadAll() => Rows.Value;

        private static IReadOnlyList<EndpointRow> Load()
        {
            var lines = File.ReadAllLines(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "endpoints.tsv"));
            var rows = lines.Skip(1)
                .Where(l => l.Length > 0)
                .Select(l => l.Split('\t'))
                .Where(c => c[0] != "legacy-v1")
                .Select(c => (Group: c[0], Method: c[1], Path: c[2].Split(' ')[0], Doc: c[6]))
                .ToList();
            var repeated = rows.GroupBy(r => r.Method + " " + r.Path).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            return rows.Select(r =>
            {
                var key = r.Method + " " + r.Path;
                return new EndpointRow(r.Group, r.Method, r.Path, r.Doc, repeated.Contains(key) ? key + " [" + System.IO.Path.GetFileNameWithoutExtension(r.Doc) + "]" : key);
            }).ToList();
        }
    }
}
