using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Conformance;

/// <summary>
/// Every documented request body can be built with the public options types (each documented field typed, none left to
/// extension data) and the public call sends JSON semantically equal to the docs' body (key order free).
/// </summary>
public sealed class RequestConformanceTests
{
    public static TheoryData<string> Requests => DocsCorpus.IdsOfKind(DocsCorpus.RequestKind);

    /// <summary>
    /// Every difference between a docs body and what the SDK sends, with its reason. Keys are example id and JSON path;
    /// nothing else may differ.
    /// </summary>
    private static readonly Dictionary<(string Id, string Path), string> JustifiedDifferences = new()
    {
        [("api-reference--policy--update-a-template.b0", "$.settings.recording")] =
            "the docs send \"recording\": null; the SDK omits null members, and an absent recording means the same (no bucket) in this full rewrite",
    };

    /// <summary>
    /// Docs placeholders that the SDK's input checks (rightly) refuse as values, replaced in the test input and in the
    /// expected body alike. The corpus itself keeps the docs' text.
    /// </summary>
    private static readonly Dictionary<string, string> PlaceholderValues = new()
    {
        ["{{$timestamp}}"] = "1662552998", // Postman variable in the create-template name
        ["<rtmp_url_1>"] = "rtmp://ingest.example/live/1",
        ["<rtmp_url_2>"] = "rtmps://ingest.example/live/2",
    };

    private static JsonNode SubstitutePlaceholders(JsonNode node)
    {
        var text = node.ToJsonString();
        foreach (var (placeholder, value) in PlaceholderValues)
        {
            text = text.Replace(JsonSerializer.Serialize(placeholder).Trim('"'), value, StringComparison.Ordinal);
        }

        return JsonNode.Parse(text)!;
    }

    /// <summary>Partial bodies ("Request body (partial)" with `...`) complete from the full body on the same page.</summary>
    private static readonly Dictionary<string, string> CompletedFrom = new()
    {
        ["how-to-guides--session-initiation-protocol-sip--sip-outbound.b5"] = "how-to-guides--session-initiation-protocol-sip--sip-outbound.b2",
    };

    private static readonly JsonSerializerOptions Strict = new(JsonCoverage.RoundTrip)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Request_example_is_built_with_options_types_and_sent_as_documented(string id)
    {
        var example = DocsCorpus.Get(id);
        var expected = example.Node;
        if (CompletedFrom.TryGetValue(id, out var fullId))
        {
            var full = DocsCorpus.Get(fullId).Node.AsObject();
            foreach (var (key, value) in expected.AsObject())
            {
                full[key] = value?.DeepClone();
            }

            expected = full;
        }

        expected = SubstitutePlaceholders(expected);
        var cannedResponse = DocsCorpus.OfKind(DocsCorpus.ResponseKind).FirstOrDefault(r => r.Route == example.Route && r.Source == example.Source)?.Json ?? "{}";

        using var handler = new RecordingHandler { Default = (_, _) => Task.FromResult(RecordingHandler.Json(200, cannedResponse)) };
        using var hms = TestClients.Create(handler);

        var options = await SendAsync(hms, example.Route!, example.Source, expected);

        if (options is not null)
        {
            // Built from typed members only: nothing documented needs AdditionalProperties on the way out.
            var untyped = JsonCoverage.Untyped(expected, options);
            untyped.Should().BeEmpty($"{id}: every documented request field has a typed option");
        }

        var sent = handler.Requests.Should().ContainSingle().Subject;
        sent.Method.Method.Should().Be(example.Method);
        sent.Uri.AbsolutePath.Should().MatchRegex(ResponseConformanceTests.RouteRegex(example.Path!));
        var body = JsonNode.Parse(sent.Body ?? "null");
        var differences = JsonCoverage.Lost(expected, body).Select(d => "docs→sent " + d)
            .Concat(JsonCoverage.Lost(body, expected).Select(d => "sent→docs " + d))
            .Where(d => !JustifiedDifferences.Keys.Any(k => k.Id == id && d.Contains(k.Path + ":", StringComparison.Ordinal)))
            .ToList();
        string.Join(Environment.NewLine, differences).Should().BeEmpty($"{id}: the SDK sends the documented body; sent {sent.Body}");
    }

    /// <summary>Options type deserialized from the docs body, refusing any member it does not declare.</summary>
    private static T Build<T>(JsonNode json) => json.Deserialize<T>(Strict)!;

    private static async Task<object?> SendAsync(HmsClient hms, string route, string source, JsonNode json)
    {
        var file = source[(source.LastIndexOf('/') + 1)..];
        switch (route)
        {
            case "POST /rooms":
            {
                var options = Build<CreateRoomOptions>(json);
                await hms.Rooms.CreateAsync(options);
                return options;
            }

            case "POST /rooms/{room_id}" when file == "disable-or-enable.mdx":
                await hms.Rooms.SetEnabledAsync("room-1", json["enabled"]!.GetValue<bool>());
                return null;
            case "POST /rooms/{room_id}":
            {
                var options = Build<UpdateRoomOptions>(json);
                await hms.Rooms.UpdateAsync("room-1", options);
                return options;
            }

            case "POST /active-rooms/{room_id}/end-room":
            {
                var options = Build<EndRoomOptions>(json);
                await hms.ActiveRooms.EndAsync("room-1", options);
                return options;
            }

            case "POST /active-rooms/{room_id}/remove-peers":
            {
                var options = Build<RemovePeersOptions>(json);
                await hms.ActiveRooms.RemovePeersAsync("room-1", options);
                return options;
            }

            case "POST /active-rooms/{room_id}/send-message":
            {
                var options = Build<SendMessageOptions>(json);
                await hms.ActiveRooms.SendMessageAsync("room-1", options);
                return options;
            }

            case "POST /active-rooms/{room_id}/peers/{peer_id}":
            {
                var options = Build<UpdatePeerOptions>(json);
                await hms.ActiveRooms.UpdatePeerAsync("room-1", "peer-1", options);
                return options;
            }

            case "POST /analytics/webhooks/replay":
            {
                var options = Build<WebhookReplayOptions>(json);
                await hms.Analytics.ReplayWebhooksAsync(options);
                return options;
            }

            case "POST /external-streams/room/{room_id}/start":
            {
                var options = Build<StartExternalStreamOptions>(json);
                await hms.ExternalStreams.StartAsync("room-1", options);
                return options;
            }

            case "POST /live-streams/{stream_id}/timed-metadata":
                // duration is whole seconds on the wire and a TimeSpan in the SDK
                await hms.LiveStreams.SendTimedMetadataAsync("stream-1", new TimedMetadataOptions
                {
                    Payload = json["payload"]!.GetValue<string>(),
                    Duration = TimeSpan.FromSeconds(json["duration"]!.GetValue<int>()),
                });
                return null;
            case "POST /live-streams/room/{room_id}/start":
            {
                var options = Build<StartLiveStreamOptions>(json);
                await hms.LiveStreams.StartAsync("room-1", options);
                return options;
            }

            case "POST /templates/{template_id}/recordings":
            {
                var options = Build<List<RecordingConfig>>(json);
                await hms.Templates.ConfigureRecordingsAsync("template-1", options);
                return options;
            }

            case "POST /templates":
            {
                var options = Build<CreateTemplateOptions>(json);
                await hms.Templates.CreateAsync(options);
                return options;
            }

            case "POST /templates/{template_id}":
            {
                var options = Build<UpdateTemplateOptions>(json);
                await hms.Templates.UpdateAsync("template-1", options);
                return options;
            }

            case "POST /templates/{template_id}/roles/{role_name}":
            {
                var options = Build<TemplateRole>(json);
                await hms.Templates.CreateOrUpdateRoleAsync("template-1", "host", options);
                return options;
            }

            case "POST /templates/{template_id}/destinations":
            {
                var options = Build<TemplateDestinations>(json);
                await hms.Templates.UpdateDestinationsAsync("template-1", options);
                return options;
            }

            case "POST /templates/{template_id}/settings":
            {
                var options = Build<TemplateSettings>(json);
                await hms.Templates.UpdateSettingsAsync("template-1", options);
                return options;
            }

            case "POST /polls":
            {
                var options = Build<CreatePollOptions>(json);
                await hms.Polls.CreateAsync(options);
                return options;
            }

            case "POST /polls/{poll_id}":
            {
                var options = Build<UpdatePollOptions>(json);
                await hms.Polls.UpdateAsync("poll-1", options);
                return options;
            }

            case "POST /polls/{poll_id}/questions/{question_id}":
            {
                var options = Build<PollQuestion>(json);
                await hms.Polls.UpdateQuestionAsync("poll-1", 1, options);
                return options;
            }

            case "POST /polls/{poll_id}/questions/{question_id}/options/{option_id}":
            {
                var options = Build<PollOption>(json);
                await hms.Polls.UpdateOptionAsync("poll-1", 1, 1, options);
                return options;
            }

            case "POST /recordings/room/{room_id}/start":
            {
                var options = Build<StartRecordingOptions>(json);
                await hms.Recordings.StartAsync("room-1", options);
                return options;
            }

            case "POST /room-codes/code":
                await hms.RoomCodes.SetEnabledAsync(json["code"]!.GetValue<string>(), json["enabled"]!.GetValue<bool>());
                return null;
            case "POST /sip/dtmf":
                await hms.Sip.SendDtmfAsync(Build<List<string>>(json["digits"]!), "app-token");
                return null;
            case "POST /sip/outbound/trunks":
            {
                var options = Build<SipTrunkOptions>(json);
                await hms.Sip.CreateOutboundTrunkAsync(options);
                return options;
            }

            case "POST /sip/outbound/trunks/{trunkId}":
            {
                var options = Build<SipTrunkOptions>(json);
                await hms.Sip.UpdateOutboundTrunkAsync("trunk-1", options);
                return options;
            }

            case "POST /sip/outbound/call":
            {
                var options = Build<StartSipCallOptions>(json);
                await hms.Sip.StartOutboundCallAsync(options);
                return options;
            }

            default:
                throw new InvalidOperationException($"no public call mapped for {route}; map it here");
        }
    }
}
