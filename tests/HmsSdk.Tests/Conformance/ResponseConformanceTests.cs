using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using Xunit.Abstractions;

namespace HmsSdk.Tests.Conformance;

/// <summary>
/// Every documented response example, served by a canned handler, deserializes through the public call that returns it
/// and loses nothing: each key path is typed or kept in AdditionalProperties (<see cref="JsonCoverage"/>).
/// </summary>
public sealed class ResponseConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Responses => DocsCorpus.IdsOfKind(DocsCorpus.ResponseKind);

    /// <summary>What one public call made of the example, and which part of the example it stands for.</summary>
    private sealed record Outcome(object? Model, JsonNode? Expected, IReadOnlyCollection<string> EnvelopeKeys)
    {
        public static Outcome Whole(object? model, JsonNode example) => new(model, example, []);
    }

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Response_example_deserializes_through_its_public_call_and_loses_nothing(string id)
    {
        var example = DocsCorpus.Get(id);
        using var handler = new RecordingHandler { Default = (_, _) => Task.FromResult(RecordingHandler.Json(example.Status ?? 200, example.Json)) };
        using var hms = TestClients.Create(handler);

        var outcome = await CallAsync(hms, example);

        handler.Requests.Should().NotBeEmpty();
        var sent = handler.Requests[0];
        sent.Method.Method.Should().Be(example.Method, $"{id} documents {example.Route}");
        if (!PathsTheDocsLeaveOpen.Contains(id))
        {
            sent.Uri.AbsolutePath.Should().MatchRegex(RouteRegex(example.Path!), $"{id} documents {example.Route}");
        }

        if (outcome.EnvelopeKeys.Count > 0)
        {
            // The call returns part of the body (items of a page); the rest must be envelope the SDK reads (paging).
            example.Node.AsObject().Select(p => p.Key).Should().BeSubsetOf(outcome.EnvelopeKeys, $"{id}: every envelope key is read by the SDK");
        }

        var lost = JsonCoverage.Lost(outcome.Expected, JsonCoverage.Serialize(outcome.Model));
        foreach (var path in JsonCoverage.Untyped(outcome.Expected, outcome.Model))
        {
            output.WriteLine($"untyped (kept in AdditionalProperties): {id} {path}");
        }

        string.Join(Environment.NewLine, lost).Should().BeEmpty($"{example.Source} block {example.Block} must be fully typed or kept");
    }

    /// <summary>The docs show GET /polls/{id}/results for one result too; the SDK needs the result id in the path.</summary>
    private static readonly HashSet<string> PathsTheDocsLeaveOpen = ["api-reference--polls--get-polls-via-api.b11"];

    internal static string RouteRegex(string template) =>
        "^/v2" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]+}", "[^/]+") + "$";

    private static async Task<Outcome> CallAsync(HmsClient hms, DocsExample example)
    {
        var json = example.Node;
        var file = example.Source[(example.Source.LastIndexOf('/') + 1)..];
        switch (example.Route)
        {
            case "POST /rooms":
                return Outcome.Whole(await hms.Rooms.CreateAsync(new CreateRoomOptions { Name = "room" }), json);
            case "GET /rooms":
                return await FirstPage(hms.Rooms.ListAsync(), json, "data", "limit", "last");
            case "GET /rooms/{room_id}":
                return Outcome.Whole(await hms.Rooms.RetrieveAsync("room-1"), json);
            case "POST /rooms/{room_id}" when file == "disable-or-enable.mdx":
                return Outcome.Whole(await hms.Rooms.SetEnabledAsync("room-1", false), json);
            case "POST /rooms/{room_id}":
                return Outcome.Whole(await hms.Rooms.UpdateAsync("room-1", new UpdateRoomOptions { Description = "d" }), json);
            case "GET /sessions":
                return await FirstPage(hms.Sessions.ListAsync(), json, "data", "limit", "last");
            case "GET /sessions/{session_id}":
                return Outcome.Whole(await hms.Sessions.RetrieveAsync("session-1"), json);
            case "POST /active-rooms/{room_id}/end-room":
                return Outcome.Whole(await hms.ActiveRooms.EndAsync("room-1"), json);
            case "GET /active-rooms/{room_id}/peers":
                return new(await hms.ActiveRooms.ListPeersAsync("room-1"), json["peers"], ["peers"]);
            case "POST /active-rooms/{room_id}/remove-peers":
                return Outcome.Whole(await hms.ActiveRooms.RemovePeersAsync("room-1", RemovePeersOptions.ByRole("guest")), json);
            case "GET /active-rooms/{room_id}":
                return Outcome.Whole(await hms.ActiveRooms.RetrieveAsync("room-1"), json);
            case "GET /active-rooms/{room_id}/peers/{peer_id}":
                return Outcome.Whole(await hms.ActiveRooms.RetrievePeerAsync("room-1", "peer-1"), json);
            case "POST /active-rooms/{room_id}/send-message":
                return Outcome.Whole(await hms.ActiveRooms.SendMessageAsync("room-1", new SendMessageOptions { Message = "hi" }), json);
            case "POST /active-rooms/{room_id}/peers/{peer_id}":
                return Outcome.Whole(await hms.ActiveRooms.UpdatePeerAsync("room-1", "peer-1", new UpdatePeerOptions { Name = "n" }), json);
            case "GET /analytics/events" when file == "error-events.mdx":
                return await FirstPage(hms.Analytics.ListErrorEventsAsync(new ErrorEventListOptions("room-1")), json, "events", "limit", "total", "next");
            case "GET /analytics/events" when file == "recording-events.mdx":
                return await FirstPage(hms.Analytics.ListRecordingEventsAsync(new RecordingEventListOptions("room-1")), json, "events", "limit", "total", "next");
            case "GET /analytics/events":
                return await FirstPage(hms.Analytics.ListTrackEventsAsync(new TrackEventListOptions("room-1")), json, "events", "limit", "total", "next");
            case "GET /analytics/webhooks":
                return Outcome.Whole(await hms.Analytics.GetWebhookDeliveryPageAsync(), json);
            case "GET /analytics/peer-stats":
                return Outcome.Whole(await hms.Analytics.GetPeerStatsAsync("peer-1", "session-1"), json);
            case "POST /analytics/webhooks/replay":
                return Outcome.Whole(await hms.Analytics.ReplayWebhooksAsync(), json);
            case "GET /analytics/webhooks/replay/{workflow_id}":
                return Outcome.Whole(await hms.Analytics.GetWebhookReplayStatusAsync("workflow-1"), json);
            case "GET /external-streams/{stream_id}":
                return Outcome.Whole(await hms.ExternalStreams.RetrieveAsync("stream-1"), json);
            case "GET /external-streams":
                return await FirstPage(hms.ExternalStreams.ListAsync(), json, "data", "limit", "last");
            case "POST /external-streams/room/{room_id}/start":
                return Outcome.Whole(await hms.ExternalStreams.StartAsync("room-1", new StartExternalStreamOptions { RtmpUrls = ["rtmp://a.example/live"] }), json);
            case "POST /external-streams/{stream_id}/stop":
                return Outcome.Whole(await hms.ExternalStreams.StopAsync("stream-1"), json);
            case "POST /external-streams/room/{room_id}/stop":
                return StopAll(await hms.ExternalStreams.StopAllAsync("room-1"), json);
            case "GET /live-streams/{stream_id}":
                return Outcome.Whole(await hms.LiveStreams.RetrieveAsync("stream-1"), json);
            case "GET /live-streams":
                return await FirstPage(hms.LiveStreams.ListAsync(), json, "data", "limit", "last");
            case "POST /live-streams/{stream_id}/pause-recording":
                return Outcome.Whole(await hms.LiveStreams.PauseRecordingAsync("stream-1"), json);
            case "POST /live-streams/{stream_id}/resume-recording":
                return Outcome.Whole(await hms.LiveStreams.ResumeRecordingAsync("stream-1"), json);
            case "POST /live-streams/{stream_id}/timed-metadata":
                return Outcome.Whole(await hms.LiveStreams.SendTimedMetadataAsync("stream-1", new TimedMetadataOptions { Payload = "p", Duration = TimeSpan.FromSeconds(5) }), json);
            case "POST /live-streams/room/{room_id}/start":
                return Outcome.Whole(await hms.LiveStreams.StartAsync("room-1"), json);
            case "POST /live-streams/{stream_id}/stop":
                return Outcome.Whole(await hms.LiveStreams.StopAsync("stream-1"), json);
            case "POST /live-streams/room/{room_id}/stop":
                return StopAll(await hms.LiveStreams.StopAllAsync("room-1"), json);
            case "POST /templates/{template_id}/recordings":
                return Outcome.Whole(await hms.Templates.ConfigureRecordingsAsync("template-1", [new RecordingConfig { Name = "composite", Role = "host" }]), json);
            case "GET /templates/{template_id}/recordings":
                return Outcome.Whole(await hms.Templates.RetrieveRecordingConfigsAsync("template-1"), json);
            case "POST /templates":
                return Outcome.Whole(await hms.Templates.CreateAsync(new CreateTemplateOptions { Name = "t" }), json);
            case "POST /templates/{template_id}/roles/{role_name}":
                return Outcome.Whole(await hms.Templates.CreateOrUpdateRoleAsync("template-1", "host", new TemplateRole()), json);
            case "GET /templates":
                return await FirstPage(hms.Templates.ListAsync(), json, "data", "limit", "last");
            case "GET /templates/{template_id}/roles/{role_name}":
                return Outcome.Whole(await hms.Templates.RetrieveRoleAsync("template-1", "host"), json);
            case "GET /templates/{template_id}":
                return Outcome.Whole(await hms.Templates.RetrieveAsync("template-1"), json);
            case "GET /templates/{template_id}/destinations":
                return Outcome.Whole(await hms.Templates.RetrieveDestinationsAsync("template-1"), json);
            case "GET /templates/{template_id}/settings":
                return Outcome.Whole(await hms.Templates.RetrieveSettingsAsync("template-1"), json);
            case "POST /templates/{template_id}":
                return Outcome.Whole(await hms.Templates.UpdateAsync("template-1", new UpdateTemplateOptions { Name = "t", Roles = new Dictionary<string, TemplateRole>(), Settings = new TemplateSettings(), Destinations = new TemplateDestinations() }), json);
            case "POST /templates/{template_id}/destinations":
                return Outcome.Whole(await hms.Templates.UpdateDestinationsAsync("template-1", new TemplateDestinations()), json);
            case "POST /templates/{template_id}/settings":
                return Outcome.Whole(await hms.Templates.UpdateSettingsAsync("template-1", new TemplateSettings()), json);
            case "POST /polls":
                return Outcome.Whole(await hms.Polls.CreateAsync(new CreatePollOptions { Title = "poll" }), json);
            case "POST /polls/{poll_id}":
                return Outcome.Whole(await hms.Polls.UpdateAsync("poll-1", new UpdatePollOptions { Title = "poll" }), json);
            case "POST /polls/{poll_id}/questions/{question_id}":
                return Outcome.Whole(await hms.Polls.UpdateQuestionAsync("poll-1", 1, new PollQuestion { Text = "q" }), json);
            case "POST /polls/{poll_id}/questions/{question_id}/options/{option_id}":
                return Outcome.Whole(await hms.Polls.UpdateOptionAsync("poll-1", 1, 1, new PollOption { Text = "o" }), json);
            case "GET /polls/{poll_id}":
                return Outcome.Whole(await hms.Polls.RetrieveAsync("poll-1"), json);
            case "GET /polls/{poll_id}/sessions":
                return await FirstPage(hms.Polls.ListSessionsAsync("poll-1"), json, ItemsKey(json, "sessions", "responses"), "limit", "last");
            case "GET /polls/{poll_id}/responses":
                return await FirstPage(hms.Polls.ListResponsesAsync("poll-1"), json, "responses", "limit", "last");
            case "GET /polls/{poll_id}/responses/{repsonse_id}":
                return Outcome.Whole(await hms.Polls.RetrieveResponseAsync("poll-1", "response-1"), json);
            case "GET /polls/{poll_id}/results" when json is JsonObject o && o.ContainsKey("results"):
                return await FirstPage(hms.Polls.ListResultsAsync("poll-1"), json, "results", "limit", "last");
            case "GET /polls/{poll_id}/results":
                return Outcome.Whole(await hms.Polls.RetrieveResultAsync("poll-1", "result-1"), json);
            case "GET /recording-assets/{asset_id}":
                return Outcome.Whole(await hms.RecordingAssets.RetrieveAsync("asset-1"), json);
            case "GET /recording-assets/{asset_id}/presigned-url":
                return Outcome.Whole(await hms.RecordingAssets.GetPresignedUrlAsync("asset-1"), json);
            case "GET /recording-assets":
                return await FirstPage(hms.RecordingAssets.ListAsync(), json, "data", "limit", "last");
            case "GET /recordings/{recording_id}":
                return Outcome.Whole(await hms.Recordings.RetrieveAsync("recording-1"), json);
            case "GET /recordings":
                return await FirstPage(hms.Recordings.ListAsync(), json, "data", "limit", "last");
            case "POST /recordings/room/{room_id}/pause":
                return Outcome.Whole(await hms.Recordings.PauseAsync("room-1"), json);
            case "POST /recordings/room/{room_id}/resume":
                return Outcome.Whole(await hms.Recordings.ResumeAsync("room-1"), json);
            case "POST /recordings/room/{room_id}/start":
                return Outcome.Whole(await hms.Recordings.StartAsync("room-1"), json);
            case "POST /recordings/{recording_id}/stop":
                return Outcome.Whole(await hms.Recordings.StopAsync("recording-1"), json);
            case "POST /recordings/room/{room_id}/stop":
                return new(await hms.Recordings.StopAllAsync("room-1"), json["data"], ["data", "limit", "last"]);
            case "POST /room-codes/room/{room_id}":
                return new(await hms.RoomCodes.CreateAsync("room-1"), json["data"], ["data"]);
            case "POST /room-codes/room/{room_id}/role/{role}":
                return Outcome.Whole(await hms.RoomCodes.CreateForRoleAsync("room-1", "host"), json);
            case "GET /room-codes/room/{room_id}":
                return await FirstPage(hms.RoomCodes.ListAsync("room-1"), json, "data", "limit", "last");
            case "POST /room-codes/code":
                return Outcome.Whole(await hms.RoomCodes.SetEnabledAsync("code-1", false), json);
            case "POST /stream-keys/room/{room_id}":
                return Outcome.Whole(await hms.StreamKeys.CreateAsync("room-1"), json);
            case "POST /stream-keys/room/{room_id}/disable":
                return Outcome.Whole(await hms.StreamKeys.DisableAsync("room-1"), json);
            case "GET /stream-keys/room/{room_id}":
                // documented as a one-item list; the SDK returns the item
                json["data"]!.AsArray().Should().ContainSingle();
                return new(new[] { await hms.StreamKeys.RetrieveAsync("room-1") }, json["data"], ["data", "last"]);
            case "POST /sip/dtmf":
                await hms.Sip.SendDtmfAsync(["1"], "app-token");
                json.AsObject().Should().BeEmpty("SendDtmfAsync returns nothing, so only an empty body is fully accounted for");
                return new(null, null, []);
            case "POST /sip/outbound/trunks":
                return Outcome.Whole(await hms.Sip.CreateOutboundTrunkAsync(new SipTrunkOptions { Username = "u", Password = "p", Address = "a.example", From = "+1" }), json);
            case "POST /sip/outbound/trunks/{trunkId}":
                return Outcome.Whole(await hms.Sip.UpdateOutboundTrunkAsync("trunk-1", new SipTrunkOptions { Username = "u", Password = "p", Address = "a.example", From = "+1" }), json);
            case "POST /sip/outbound/call":
                return Outcome.Whole(await hms.Sip.StartOutboundCallAsync(new StartSipCallOptions { To = "+1", RoomCode = "abc-defg-hij", TrunkId = "trunk-1" }), json);
            default:
                throw new InvalidOperationException($"no public call mapped for {example.Route} ({example.Id}); map it here");
        }
    }

    private static string ItemsKey(JsonNode json, params string[] candidates) =>
        candidates.FirstOrDefault(c => json is JsonObject o && o.ContainsKey(c)) ?? candidates[0];

    private static async Task<Outcome> FirstPage<T>(HmsAsyncPageable<T> pageable, JsonNode json, string itemsKey, params string[] envelope)
    {
        await foreach (var page in pageable.AsPages())
        {
            return new(page.Items, json[itemsKey], [itemsKey, .. envelope]);
        }

        throw new InvalidOperationException("the pager returned no page");
    }

    private static Outcome StopAll<T>(StopAllResult<T> result, JsonNode json)
    {
        result.Error.Should().Be((string?)json["error"], "stop-all keeps the documented error string");
        return new(result.Items, json["data"], ["data", "error", "limit", "last"]);
    }
}
