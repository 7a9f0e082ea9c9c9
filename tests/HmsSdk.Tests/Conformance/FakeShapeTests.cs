using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;
using HmsSdk.Testing;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace HmsSdk.Tests.Conformance;

/// <summary>
/// The fake (HmsSdk.Testing) answers like the docs: for every documented response example, the fake's answer to the same
/// route, in a state where that route succeeds, has every documented key with the same JSON kind
/// (string/number/bool/object/array/null; a documented null matches any kind). Extra fake keys are printed, not failed.
/// The expected side is the docs corpus only, never the SDK's models, so the fake cannot drift from the docs while
/// agreeing with the SDK. Exceptions are listed in <see cref="Exceptions"/>, each with its reason.
/// </summary>
public sealed class FakeShapeTests(ITestOutputHelper output)
{
    public static TheoryData<string> Responses => DocsCorpus.IdsOfKind(DocsCorpus.ResponseKind);

    /// <summary>
    /// Documented keys or kinds the fake legitimately does not reproduce, by "example id: JSON path" (a path ending in
    /// <c>.*</c> covers everything under it).
    /// </summary>
    /// <remarks>
    /// "fake gap" entries are documented fields the fake does not produce yet (to be fixed in the fake, then removed
    /// here); "state" entries differ only because the fake's scenario is at another point of the resource's life.
    /// Anything not listed fails, so a fake that drifts further from the docs is caught.
    /// </remarks>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["api-reference--analytics--peer-quality-stats.b1: $.subscriber.audio"] = "state: the fake records no subscriber-side stats for a peer (the scenario's peers only publish), so the list is empty",
        ["api-reference--analytics--peer-quality-stats.b1: $.subscriber.video"] = "state: the fake records no subscriber-side stats for a peer (the scenario's peers only publish), so the list is empty",
        ["api-reference--analytics--recording-events.b1: $.events[0].data.rtmp"] = "state: the scenario's recording streamed to no RTMP destination, so rtmp is empty",
        ["api-reference--analytics--replay-webhook-events.b4: $.result.failed_events"] = "state: the fake's replays always reach the endpoint, so no event id is listed as failed",
        ["api-reference--analytics--track-events.b1: $.events[2].data.stopped_at"] = "state: the scenario lists track.add.success events; the docs' third event is a track.remove.success, the only kind that carries stopped_at",
        ["api-reference--external-streams--stop-external-stream-for-room.b1: $.data[0].recording_assets"] = "state: the stream was just asked to stop, so its recording_assets is null until post-processing completes",
        ["api-reference--rooms--retrieve-room.b1: $.recording_info.upload_info"] = "state: the room has no custom recording storage configured (the docs' room has an S3 bucket)",
        ["api-reference--external-streams--start-external-stream-for-room.b1: $.started_at"] = "state: the start answer comes while the stream is still starting, so started_at is null (the docs' example is already running)",
        ["api-reference--external-streams--start-external-stream-for-room.b1: $.stopped_at"] = "state: the start answer comes long before the stream stops, so stopped_at is null",
        ["api-reference--external-streams--stop-external-stream-by-id.b1: $.recording_assets"] = "state: the stream is running (or was just asked to stop), so recording_assets stays null until post-processing completes",
        ["api-reference--external-streams--stop-external-stream-by-id.b1: $.stopped_at"] = "state: the stop answer comes before the stream has stopped (status stopping), so stopped_at is null",
        ["api-reference--external-streams--stop-external-stream-for-room.b1: $.data[0].stopped_at"] = "state: the stop answer comes before the stream has stopped (status stopping), so stopped_at is null",
        ["api-reference--live-streams--get-live-stream.b1: $.recording_assets[0].metadata.*"] = "state: the scenario's stream records HLS VOD only, so its first asset is the room-vod (num_layers, max_*); the docs list a per-layer file (resolution, layer) first",
        ["api-reference--live-streams--stop-live-stream-by-id.b1: $.stopped_at"] = "state: the stop answer comes before the stream has stopped (status stopping), so stopped_at is null",
        ["api-reference--live-streams--stop-live-stream-for-room.b1: $.data[0].stopped_at"] = "state: the stop answer comes before the stream has stopped (status stopping), so stopped_at is null",
        ["api-reference--policy--retrieve-a-template.b1: $.destinations.hlsDestinations"] = "state: the fake's default template has no HLS destination configured (the docs' template has one); the map itself is emitted",
        ["api-reference--policy--update-settings.b1: $.recording.upload.credentials.secret"] = "docs contradiction: the documented request sends credentials.secretKey but this response shows credentials.secret (create-template-via-api.mdx answers secretKey); the fake echoes what was sent",
        ["api-reference--polls--get-polls-via-api.b3: $.responses[0].stopped_at"] = "state: the poll is still running in the scenario's session, so its poll session has no stopped_at yet",
        ["api-reference--recording-assets--get-asset.b7: $.metadata.peer_id"] = "fake gap: the fake has no per-track or per-peer stream recording (no fake route or template setting produces track/stream assets), so no asset carries this metadata",
        ["api-reference--recording-assets--get-asset.b7: $.metadata.stream_id"] = "fake gap: the fake has no per-track or per-peer stream recording (no fake route or template setting produces track/stream assets), so no asset carries this metadata",
        ["api-reference--recording-assets--get-asset.b7: $.metadata.track_id"] = "fake gap: the fake has no per-track or per-peer stream recording (no fake route or template setting produces track/stream assets), so no asset carries this metadata",
        ["api-reference--recording-assets--get-asset.b7: $.metadata.track_type"] = "fake gap: the fake has no per-track or per-peer stream recording (no fake route or template setting produces track/stream assets), so no asset carries this metadata",
        ["api-reference--recording-assets--get-asset.b8: $.metadata.peer_id"] = "fake gap: the fake has no per-track or per-peer stream recording (no fake route or template setting produces track/stream assets), so no asset carries this metadata",
        ["api-reference--recording-assets--get-asset.b8: $.metadata.stream_id"] = "fake gap: the fake has no per-track or per-peer stream recording (no fake route or template setting produces track/stream assets), so no asset carries this metadata",
        ["api-reference--recording-assets--get-asset.b8: $.metadata.stream_type"] = "fake gap: the fake has no per-track or per-peer stream recording (no fake route or template setting produces track/stream assets), so no asset carries this metadata",
        ["api-reference--recording-assets--get-asset.b8: $.metadata.user_id"] = "fake gap: the fake has no per-track or per-peer stream recording (no fake route or template setting produces track/stream assets), so no asset carries this metadata",
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Fake_answers_each_documented_response_with_the_documented_keys_and_kinds(string id)
    {
        var example = DocsCorpus.Get(id);
        await using var world = await FakeWorld.CreateAsync();

        var (status, body) = await world.AnswerAsync(example);

        status.Should().BeInRange(200, 299, $"the fake must serve {example.Route} ({id}); body: {body}");
        var fake = body.Length == 0 ? null : JsonNode.Parse(body);
        var differences = new List<string>();
        var extra = new List<string>();
        ShapeDiff.Compare(example.Node, fake, "$", differences, extra);
        foreach (var key in extra)
        {
            output.WriteLine($"extra fake key (not in the docs example): {key}");
        }

        var unexplained = differences.Where(d => !IsExcepted(id, d)).ToList();
        unexplained.Should().BeEmpty($"the fake's {example.Route} must match {example.Source} block {example.Block}:\n{string.Join("\n", unexplained)}\nfake body: {body}");
    }

    [Fact]
    public async Task Every_listed_exception_still_matches_a_difference_so_the_list_only_shrinks()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var example in DocsCorpus.OfKind(DocsCorpus.ResponseKind))
        {
            var id = example.Id;
            await using var world = await FakeWorld.CreateAsync();
            var (_, body) = await world.AnswerAsync(example);
            var differences = new List<string>();
            ShapeDiff.Compare(example.Node, body.Length == 0 ? null : JsonNode.Parse(body), "$", differences, new List<string>());
            foreach (var difference in differences)
            {
                used.UnionWith(MatchingExceptions(id, difference));
            }
        }

        used.Should().NotBeEmpty("the scenarios still differ from the docs where the list says so");
        Exceptions.Keys.Except(used).Should().BeEmpty("an exception the fake no longer needs must be removed from the list");
    }

    [Fact]
    public void Shape_comparison_catches_missing_keys_and_kind_changes_but_lets_documented_nulls_match_anything()
    {
        var differences = new List<string>();
        var extra = new List<string>();
        ShapeDiff.Compare(
            JsonNode.Parse("""{"a":1,"b":"x","c":null,"d":[{"e":true}],"f":{"g":[]}}"""),
            JsonNode.Parse("""{"a":"1","c":{"z":1},"d":[{"e":false,"x":1}],"f":{"g":[3]},"y":2}"""),
            "$",
            differences,
            extra);

        differences.Should().BeEquivalentTo("$.a: docs Number, fake String", "$.b: missing");
        extra.Should().BeEquivalentTo("$.d[0].x", "$.y");
    }

    private static bool IsExcepted(string id, string difference) => MatchingExceptions(id, difference).Any();

    private static IEnumerable<string> MatchingExceptions(string id, string difference)
    {
        var path = difference[..difference.IndexOf(':', StringComparison.Ordinal)];
        return Exceptions.Keys.Where(k =>
            k.StartsWith(id + ": ", StringComparison.Ordinal) &&
            (k[(id.Length + 2)..] == path || (k.EndsWith(".*", StringComparison.Ordinal) && path.StartsWith(k[(id.Length + 2)..^2], StringComparison.Ordinal))));
    }

    /// <summary>Key and kind comparison of a documented example with the fake's answer.</summary>
    internal static class ShapeDiff
    {
        public static void Compare(JsonNode? docs, JsonNode? fake, string path, List<string> differences, List<string> extra)
        {
            if (docs is null)
            {
                return;
            }

            var docsKind = Kind(docs);
            var fakeKind = fake is null ? "Null" : Kind(fake);
            if (docsKind != fakeKind)
            {
                differences.Add($"{path}: docs {docsKind}, fake {fakeKind}");
                return;
            }

            switch (docs)
            {
                case JsonObject docsObject when MapKeys.Contains(LastKey(path)):
                    // Keyed by ids or names the fake mints itself: compare each fake entry with the documented entry of
                    // the same key, else with the first documented entry.
                    var fakeMap = (JsonObject)fake!;
                    if (docsObject.Count > 0 && fakeMap.Count == 0)
                    {
                        differences.Add($"{path}: docs show {docsObject.Count} entr(ies), fake none");
                    }

                    foreach (var (key, value) in fakeMap)
                    {
                        var documented = docsObject.TryGetPropertyValue(key, out var same) ? same : docsObject.First().Value;
                        Compare(documented, value, $"{path}.{{*}}", differences, extra);
                    }

                    return;
                case JsonObject docsObject:
                    var fakeObject = (JsonObject)fake!;
                    foreach (var (key, value) in docsObject)
                    {
                        if (!fakeObject.TryGetPropertyValue(key, out var fakeValue))
                        {
                            differences.Add($"{path}.{key}: missing");
                            continue;
                        }

                        Compare(value, fakeValue, $"{path}.{key}", differences, extra);
                    }

                    extra.AddRange(fakeObject.Where(p => !docsObject.ContainsKey(p.Key)).Select(p => $"{path}.{p.Key}"));
                    return;
                case JsonArray docsArray:
                    var fakeArray = (JsonArray)fake!;
                    if (docsArray.Count > 0 && fakeArray.Count == 0)
                    {
                        differences.Add($"{path}: docs show {docsArray.Count} item(s), fake none");
                    }

                    for (var i = 0; i < Math.Min(docsArray.Count, fakeArray.Count); i++)
                    {
                        Compare(docsArray[i], fakeArray[i], $"{path}[{i}]", differences, extra);
                    }

                    return;
            }
        }

        /// <summary>Objects whose keys are ids or names rather than field names.</summary>
        private static readonly HashSet<string> MapKeys = new(StringComparer.Ordinal)
        {
            "peers", "tracks", "roles", "rtmpDestinations", "hlsDestinations", "browserRecordings", "transcriptions", "recordings",
        };

        private static string LastKey(string path) => path[(path.LastIndexOf('.') + 1)..];

        private static string Kind(JsonNode node) => node.GetValueKind() switch
        {
            JsonValueKind.True or JsonValueKind.False => "Bool",
            var kind => kind.ToString(),
        };
    }

    /// <summary>One fake with a room, two connected peers, the default template and whatever a route needs first.</summary>
    private sealed class FakeWorld : IAsyncDisposable
    {
        private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly FakeHmsApi _fake;
        private readonly HttpClient _http;

        private FakeWorld()
        {
            _fake = new FakeHmsApi(new FakeHmsApiOptions { TimeProvider = _time, Seed = 12 });
            _http = _fake.CreateHttpClient();
            Room = _fake.Rooms.Create("docs-room").Id;
            Host = _fake.Peers.Join(Room, "Ana", "host").Id;
            Guest = _fake.Peers.Join(Room, "Ben", "guest").Id;
        }

        public string Room { get; }

        public string Host { get; }

        public string Guest { get; }

        public static Task<FakeWorld> CreateAsync() => Task.FromResult(new FakeWorld());

        public async ValueTask DisposeAsync()
        {
            _http.Dispose();
            await Task.CompletedTask;
        }

        /// <summary>Arranges what <paramref name="example"/>'s route needs, calls it and returns the fake's answer.</summary>
        public async Task<(int Status, string Body)> AnswerAsync(DocsExample example)
        {
            var file = example.Source[(example.Source.LastIndexOf('/') + 1)..];
            var template = _fake.DefaultTemplateId;
            var session = _fake.Sessions.Active(Room)!.Id;
            switch (example.Route)
            {
                case "POST /rooms":
                    // The docs' body names a template by placeholder; the fake's default template stands in.
                    var roomBody = DocsRequest(example) as JsonObject ?? new JsonObject { ["name"] = "new-room" };
                    roomBody.Remove("template_id");
                    return await SendAsync("POST", "rooms", roomBody);
                case "GET /rooms":
                    return await SendAsync("GET", "rooms");
                case "GET /rooms/{room_id}":
                    return await SendAsync("GET", $"rooms/{Room}");
                case "POST /rooms/{room_id}":
                    return await SendAsync("POST", $"rooms/{Room}", file == "disable-or-enable.mdx" ? new JsonObject { ["enabled"] = false } : UpdateRoomBody(example));
                case "GET /sessions":
                    _fake.Sessions.End(Room); // the docs list ended sessions (peers with left_at)
                    return await SendAsync("GET", $"sessions?room_id={Room}");
                case "GET /sessions/{session_id}":
                    _fake.Sessions.End(Room);
                    return await SendAsync("GET", $"sessions/{session}");
                case "POST /active-rooms/{room_id}/end-room":
                    return await SendAsync("POST", $"active-rooms/{Room}/end-room", new JsonObject { ["reason"] = "done", ["lock"] = false });
                case "GET /active-rooms/{room_id}/peers":
                    return await SendAsync("GET", $"active-rooms/{Room}/peers");
                case "POST /active-rooms/{room_id}/remove-peers":
                    return await SendAsync("POST", $"active-rooms/{Room}/remove-peers", new JsonObject { ["role"] = "guest", ["reason"] = "bye" });
                case "GET /active-rooms/{room_id}":
                    return await SendAsync("GET", $"active-rooms/{Room}");
                case "GET /active-rooms/{room_id}/peers/{peer_id}":
                    return await SendAsync("GET", $"active-rooms/{Room}/peers/{Host}");
                case "POST /active-rooms/{room_id}/send-message":
                    return await SendAsync("POST", $"active-rooms/{Room}/send-message", new JsonObject { ["message"] = "hi" });
                case "POST /active-rooms/{room_id}/peers/{peer_id}":
                    return await SendAsync("POST", $"active-rooms/{Room}/peers/{Host}", new JsonObject { ["name"] = "Ana B" });
                case "GET /analytics/events" when file == "error-events.mdx":
                    _fake.Analytics.AddErrorEvent(Room);
                    return await SendAsync("GET", $"analytics/events?room_id={Room}&type=client.join.failed");
                case "GET /analytics/events" when file == "recording-events.mdx":
                    _fake.Analytics.AddRecordingEvent(Room);
                    return await SendAsync("GET", $"analytics/events?room_id={Room}&type=beam.recording.success");
                case "GET /analytics/events":
                    var trackType = JsonNodeText(example.Node, "events", 0, "type") ?? "track.add.success";
                    _fake.Analytics.AddTrackEvent(Room, trackType, Host);
                    return await SendAsync("GET", $"analytics/events?room_id={Room}&type={trackType}");
                case "GET /analytics/webhooks":
                    _fake.Analytics.AddWebhookDelivery(Room, "session.open.success", success: false); // the docs list a failed delivery
                    return await SendAsync("GET", "analytics/webhooks");
                case "GET /analytics/peer-stats":
                    _fake.Sessions.End(Room);
                    return await SendAsync("GET", $"analytics/peer-stats?peer_id={Host}&session_id={session}");
                case "POST /analytics/webhooks/replay":
                    _fake.Analytics.AddWebhookDelivery(Room, "peer.join.success", success: false);
                    return await SendAsync("POST", "analytics/webhooks/replay", ReplayBody());
                case "GET /analytics/webhooks/replay/{workflow_id}":
                    _fake.Analytics.AddWebhookDelivery(Room, "peer.join.success", success: false);
                    var workflow = await SendJsonAsync("POST", "analytics/webhooks/replay", ReplayBody());
                    _time.Advance(TimeSpan.FromMinutes(15)); // the docs show a completed workflow
                    return await SendAsync("GET", $"analytics/webhooks/replay/{(string?)workflow["workflow_id"]}");
                case "GET /external-streams/{stream_id}":
                    // The docs show a finished stream (stopped_at, recording_assets).
                    return await SendAsync("GET", $"external-streams/{await CompletedAsync("external-streams")}");
                case "GET /external-streams":
                    await CompletedAsync("external-streams");
                    return await SendAsync("GET", $"external-streams?room_id={Room}");
                case "POST /external-streams/room/{room_id}/start":
                    return await SendAsync("POST", $"external-streams/room/{Room}/start", StartBody("external-streams"));
                case "POST /external-streams/{stream_id}/stop":
                    return await SendAsync("POST", $"external-streams/{await StartAsync("external-streams")}/stop");
                case "POST /external-streams/room/{room_id}/stop":
                    await StartAsync("external-streams");
                    return await SendAsync("POST", $"external-streams/room/{Room}/stop");
                case "GET /live-streams/{stream_id}":
                    return await SendAsync("GET", $"live-streams/{await CompletedAsync("live-streams")}");
                case "GET /live-streams":
                    await CompletedAsync("live-streams");
                    return await SendAsync("GET", $"live-streams?room_id={Room}");
                case "POST /live-streams/{stream_id}/pause-recording":
                    return await SendAsync("POST", $"live-streams/{await StartAsync("live-streams")}/pause-recording");
                case "POST /live-streams/{stream_id}/resume-recording":
                    var paused = await StartAsync("live-streams");
                    await SendAsync("POST", $"live-streams/{paused}/pause-recording");
                    return await SendAsync("POST", $"live-streams/{paused}/resume-recording");
                case "POST /live-streams/{stream_id}/timed-metadata":
                    return await SendAsync("POST", $"live-streams/{await StartAsync("live-streams")}/timed-metadata", new JsonObject { ["payload"] = "p", ["duration"] = 10 });
                case "POST /live-streams/room/{room_id}/start":
                    return await SendAsync("POST", $"live-streams/room/{Room}/start", StartBody("live-streams"));
                case "POST /live-streams/{stream_id}/stop":
                    return await SendAsync("POST", $"live-streams/{await StartAsync("live-streams")}/stop");
                case "POST /live-streams/room/{room_id}/stop":
                    await StartAsync("live-streams");
                    return await SendAsync("POST", $"live-streams/room/{Room}/stop");
                case "POST /recordings/room/{room_id}/start":
                    return await SendAsync("POST", $"recordings/room/{Room}/start", StartBody("recordings"));
                case "POST /recordings/room/{room_id}/stop":
                    await StartAsync("recordings");
                    return await SendAsync("POST", $"recordings/room/{Room}/stop");
                case "POST /recordings/{recording_id}/stop":
                    return await SendAsync("POST", $"recordings/{await StartAsync("recordings")}/stop");
                case "POST /recordings/room/{room_id}/pause":
                    await StartAsync("recordings");
                    return await SendAsync("POST", $"recordings/room/{Room}/pause");
                case "POST /recordings/room/{room_id}/resume":
                    await StartAsync("recordings");
                    await SendAsync("POST", $"recordings/room/{Room}/pause");
                    return await SendAsync("POST", $"recordings/room/{Room}/resume");
                case "GET /recordings/{recording_id}":
                    return await SendAsync("GET", $"recordings/{await CompletedRecordingAsync()}");
                case "GET /recordings":
                    await CompletedRecordingAsync();
                    return await SendAsync("GET", $"recordings?room_id={Room}");
                case "GET /recording-assets/{asset_id}":
                    return await SendAsync("GET", $"recording-assets/{await AssetAsync(JsonNodeText(example.Node, "type"))}");
                case "GET /recording-assets/{asset_id}/presigned-url":
                    return await SendAsync("GET", $"recording-assets/{await AssetAsync(null)}/presigned-url");
                case "GET /recording-assets":
                    await CompletedLiveStreamAsync(); // the docs list an HLS VOD (room-vod) asset first
                    await CompletedRecordingAsync();
                    return await SendAsync("GET", $"recording-assets?room_id={Room}");
                case "POST /templates":
                    var templateBody = DocsRequest(example) as JsonObject ?? new JsonObject();
                    templateBody["name"] = "docs-template"; // the docs' placeholder name is not a valid template name
                    return await SendAsync("POST", "templates", templateBody);
                case "GET /templates":
                    return await SendAsync("GET", "templates");
                case "GET /templates/{template_id}":
                    return await SendAsync("GET", $"templates/{template}");
                case "POST /templates/{template_id}":
                    return await SendAsync("POST", $"templates/{template}", DocsRequest(example) ?? new JsonObject { ["name"] = "renamed" });
                case "GET /templates/{template_id}/roles/{role_name}":
                    return await SendAsync("GET", $"templates/{template}/roles/host");
                case "POST /templates/{template_id}/roles/{role_name}":
                    return await SendAsync("POST", $"templates/{template}/roles/host", DocsRequest(example) ?? new JsonObject());
                case "GET /templates/{template_id}/settings":
                    return await SendAsync("GET", $"templates/{template}/settings");
                case "POST /templates/{template_id}/settings":
                    return await SendAsync("POST", $"templates/{template}/settings", DocsRequest(example) ?? new JsonObject());
                case "GET /templates/{template_id}/destinations":
                    return await SendAsync("GET", $"templates/{template}/destinations");
                case "POST /templates/{template_id}/destinations":
                    return await SendAsync("POST", $"templates/{template}/destinations", DocsRequest(example) ?? new JsonObject());
                case "GET /templates/{template_id}/recordings":
                    // The docs list the configuration their POST example sets.
                    var configured = DocsCorpus.OfKind(DocsCorpus.RequestKind).First(r => r.Source == example.Source && r.Method == "POST").Node;
                    await SendJsonAsync("POST", $"templates/{template}/recordings", configured);
                    return await SendAsync("GET", $"templates/{template}/recordings");
                case "POST /templates/{template_id}/recordings":
                    return await SendAsync("POST", $"templates/{template}/recordings", DocsRequest(example) ?? new JsonArray());
                case "POST /polls":
                    return await SendAsync("POST", "polls", PollBody(example));
                case "POST /polls/{poll_id}":
                    return await SendAsync("POST", $"polls/{await PollAsync(example)}", PollBody(example));
                case "GET /polls/{poll_id}":
                    return await SendAsync("GET", $"polls/{await PollAsync(example)}");
                case "POST /polls/{poll_id}/questions/{question_id}":
                    return await SendAsync("POST", $"polls/{await PollAsync(example)}/questions/1", DocsRequest(example) ?? new JsonObject { ["text"] = "q", ["type"] = "single-choice" });
                case "POST /polls/{poll_id}/questions/{question_id}/options/{option_id}":
                    return await SendAsync("POST", $"polls/{await PollAsync(example)}/questions/1/options/1", DocsRequest(example) ?? new JsonObject { ["text"] = "o" });
                case "GET /polls/{poll_id}/sessions":
                    return await SendAsync("GET", $"polls/{await AnsweredPollAsync(example, session)}/sessions");
                case "GET /polls/{poll_id}/responses":
                    return await SendAsync("GET", $"polls/{await AnsweredPollAsync(example, session)}/responses");
                case "GET /polls/{poll_id}/responses/{repsonse_id}":
                    var answered = await AnsweredPollAsync(example, session);
                    var responseId = (string?)(await SendJsonAsync("GET", $"polls/{answered}/responses"))["responses"]![0]!["id"];
                    return await SendAsync("GET", $"polls/{answered}/responses/{responseId}");
                case "GET /polls/{poll_id}/results" when example.Node is JsonObject o && o.ContainsKey("results"):
                    return await SendAsync("GET", $"polls/{await AnsweredPollAsync(example, session)}/results");
                case "GET /polls/{poll_id}/results":
                    var withResults = await AnsweredPollAsync(example, session);
                    var resultId = (string?)(await SendJsonAsync("GET", $"polls/{withResults}/results"))["results"]![0]!["id"];
                    return await SendAsync("GET", $"polls/{withResults}/results/{resultId}");
                case "POST /room-codes/room/{room_id}":
                    return await SendAsync("POST", $"room-codes/room/{Room}");
                case "POST /room-codes/room/{room_id}/role/{role}":
                    return await SendAsync("POST", $"room-codes/room/{Room}/role/host");
                case "GET /room-codes/room/{room_id}":
                    _fake.RoomCodes.Create(Room, "host");
                    return await SendAsync("GET", $"room-codes/room/{Room}");
                case "POST /room-codes/code":
                    return await SendAsync("POST", "room-codes/code", new JsonObject { ["code"] = _fake.RoomCodes.Create(Room, "host").Code, ["enabled"] = false });
                case "POST /stream-keys/room/{room_id}":
                    return await SendAsync("POST", $"stream-keys/room/{Room}");
                case "POST /stream-keys/room/{room_id}/disable":
                    await SendAsync("POST", $"stream-keys/room/{Room}");
                    return await SendAsync("POST", $"stream-keys/room/{Room}/disable");
                case "GET /stream-keys/room/{room_id}":
                    await SendAsync("POST", $"stream-keys/room/{Room}");
                    return await SendAsync("GET", $"stream-keys/room/{Room}");
                case "POST /sip/outbound/trunks":
                    return await SendAsync("POST", "sip/outbound/trunks", DocsRequest(example) ?? new JsonObject { ["address"] = "pstn.example" });
                case "POST /sip/outbound/trunks/{trunkId}":
                    return await SendAsync("POST", $"sip/outbound/trunks/{_fake.Sip.CreateTrunk("pstn.example").Id}", DocsRequest(example) ?? new JsonObject { ["address"] = "pstn2.example" });
                case "POST /sip/outbound/call":
                    var trunk = _fake.Sip.CreateTrunk("pstn.example").Id;
                    var code = _fake.RoomCodes.Create(Room, "guest").Code;
                    return await SendAsync("POST", "sip/outbound/call", new JsonObject { ["to"] = "+15550100", ["room_code"] = code, ["trunk_id"] = trunk });
                case "POST /sip/dtmf":
                    var dtmfTrunk = _fake.Sip.CreateTrunk("pstn.example").Id;
                    var dtmfCode = _fake.RoomCodes.Create(Room, "guest").Code;
                    await SendAsync("POST", "sip/outbound/call", new JsonObject { ["to"] = "+15550100", ["room_code"] = dtmfCode, ["trunk_id"] = dtmfTrunk });
                    return await SendAsync("POST", "sip/dtmf", new JsonObject { ["digits"] = new JsonArray("1", "2") }, _fake.CreateAppToken(Room, "host"));
                default:
                    throw new InvalidOperationException($"no fake scenario for {example.Route} ({example.Id}); add one here");
            }
        }

        private static JsonNode? DocsRequest(DocsExample response)
        {
            var request = DocsCorpus.OfKind(DocsCorpus.RequestKind)
                .FirstOrDefault(r => r.Source == response.Source && r.Method == response.Method && r.Path == response.Path);
            return request?.Node;
        }

        private static string? JsonNodeText(JsonNode node, params object[] path)
        {
            JsonNode? current = node;
            foreach (var step in path)
            {
                current = step switch
                {
                    string key when current is JsonObject o => o[key],
                    int index when current is JsonArray a && index < a.Count => a[index],
                    _ => null,
                };
            }

            return current is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        }

        private static JsonObject ReplayBody() => new() { ["event_names"] = new JsonArray("peer.join.success") };

        private JsonObject StartBody(string kind) => kind switch
        {
            "external-streams" => new JsonObject { ["meeting_url"] = "https://app.example/meet", ["rtmp_urls"] = new JsonArray("rtmp://a.example/live/key"), ["recording"] = true },
            "live-streams" => new JsonObject { ["meeting_url"] = "https://app.example/meet", ["recording"] = new JsonObject { ["hls_vod"] = true, ["single_file_per_layer"] = false } },
            _ => new JsonObject
            {
                ["meeting_url"] = "https://app.example/meet",
                ["resolution"] = new JsonObject { ["width"] = 1280, ["height"] = 720 },
                ["transcription"] = new JsonObject { ["enabled"] = true, ["summary"] = new JsonObject { ["enabled"] = true } },
            },
        };

        /// <summary>Starts a job of <paramref name="kind"/> in the room and lets it reach running; returns its id.</summary>
        private async Task<string> StartAsync(string kind)
        {
            var started = await SendJsonAsync("POST", $"{kind}/room/{Room}/start", StartBody(kind));
            _time.Advance(TimeSpan.FromSeconds(30));
            return (string)started["id"]!;
        }

        private async Task<string> CompletedRecordingAsync()
        {
            var id = await StartAsync("recordings");
            _time.Advance(TimeSpan.FromMinutes(5));
            await SendAsync("POST", $"recordings/{id}/stop");
            _time.Advance(TimeSpan.FromMinutes(5));
            return id;
        }

        private Task<string> CompletedLiveStreamAsync() => CompletedAsync("live-streams");

        /// <summary>Starts a job of <paramref name="kind"/>, stops it and lets post-processing finish; returns its id.</summary>
        private async Task<string> CompletedAsync(string kind)
        {
            var id = await StartAsync(kind);
            _time.Advance(TimeSpan.FromMinutes(5));
            await SendAsync("POST", $"{kind}/{id}/stop");
            _time.Advance(TimeSpan.FromMinutes(5));
            return id;
        }

        /// <summary>The docs' update body, with a real upload type where the docs show a placeholder.</summary>
        private static JsonObject UpdateRoomBody(DocsExample example)
        {
            var body = (JsonObject)(DocsRequest(example) ?? new JsonObject { ["description"] = "updated" }).DeepClone();
            if (body["recording_info"]?["upload_info"] is JsonObject upload)
            {
                upload["type"] = "s3";
            }

            return body;
        }

        private async Task<string> AssetAsync(string? type)
        {
            if (type == "room-vod")
            {
                await CompletedLiveStreamAsync();
            }

            await CompletedRecordingAsync();
            var assets = (JsonArray)(await SendJsonAsync("GET", $"recording-assets?room_id={Room}"))["data"]!;
            var match = assets.FirstOrDefault(a => type is null || (string?)a!["type"] == type) ?? assets[0]!;
            return (string)match!["id"]!;
        }

        private static JsonNode PollBody(DocsExample example) =>
            DocsRequest(example) is JsonObject body && body.ContainsKey("title")
                ? body
                : new JsonObject
                {
                    ["title"] = "Quiz",
                    ["type"] = "quiz",
                    ["questions"] = new JsonArray(new JsonObject
                    {
                        ["text"] = "2+2?",
                        ["type"] = "single-choice",
                        ["options"] = new JsonArray(new JsonObject { ["text"] = "4", ["weight"] = 1 }, new JsonObject { ["text"] = "5" }),
                        ["answer"] = new JsonObject { ["options"] = new JsonArray(1) },
                        ["attachment"] = new JsonArray(new JsonObject { ["type"] = "image/png", ["url"] = "https://app.example/q1.png" }),
                    }),
                };

        private async Task<string> PollAsync(DocsExample example) =>
            (string)(await SendJsonAsync("POST", "polls", PollBody(new DocsExample("poll", example.File, "none", 0, 0, "response", "POST", "/polls", null, 200, null, []))))["id"]!;

        private async Task<string> AnsweredPollAsync(DocsExample example, string session)
        {
            var poll = await PollAsync(example);
            _fake.Polls.AddResponse(poll, session, 1, peerId: Host, userId: "user-1", options: [1]);
            return poll;
        }

        private async Task<JsonNode> SendJsonAsync(string method, string path, JsonNode? body = null)
        {
            var (status, text) = await SendAsync(method, path, body);
            status.Should().BeInRange(200, 299, $"arranging {method} {path}: {text}");
            return JsonNode.Parse(text)!;
        }

        private async Task<(int Status, string Body)> SendAsync(string method, string path, JsonNode? body = null, string? bearer = null)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (body is not null || method == "POST")
            {
                request.Content = new StringContent((body ?? new JsonObject()).ToJsonString(), Encoding.UTF8, "application/json");
            }

            if (bearer is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            }

            using var response = await _http.SendAsync(request);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }
}
