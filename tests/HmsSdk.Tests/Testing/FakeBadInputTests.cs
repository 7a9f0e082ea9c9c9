using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Testing;

namespace HmsSdk.Tests.Testing;

/// <summary>
/// #13.4: HmsSdk.Testing refuses bad input like the SDK does: an ArgumentException naming the caller's parameter (or
/// <c>options</c> with the option in the message), the SDK's wording, and an unknown id is the caller's mistake, not a
/// <see cref="KeyNotFoundException"/>. One pin per member family; the sweep (BadInputSweepTests) covers every member.
/// </summary>
public class FakeBadInputTests
{
    private readonly FakeHmsApi _fake = new();

    [Fact]
    public void Fake_rooms_get_with_an_unknown_id_is_an_argument_exception_naming_roomId()
    {
        var act = () => _fake.Rooms.Get("no-such-room");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "roomId")
            .WithMessage("No room with id 'no-such-room' exists in this fake; seed it first.*");
        FluentActions.Invoking(() => _fake.Rooms.SetEnabled("no-such-room", false)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
    }

    [Fact]
    public void Fake_rooms_create_with_an_unknown_template_or_blank_name_names_the_parameter()
    {
        FluentActions.Invoking(() => _fake.Rooms.Create("standup", templateId: "no-such-template"))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "templateId" && e.Message.StartsWith("No template with id 'no-such-template'", StringComparison.Ordinal));
        FluentActions.Invoking(() => _fake.Rooms.Create(" ")).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "name").WithMessage("'name' cannot be empty or whitespace.*");
        FluentActions.Invoking(() => _fake.Rooms.FindByName("a\uD800")).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "name").WithMessage("'name' contains an unpaired surrogate character.*");
        _fake.Rooms.Count.Should().Be(0, "nothing was stored");
    }

    [Fact]
    public void Fake_peers_get_leave_and_connected_with_unknown_ids_name_the_parameter()
    {
        FluentActions.Invoking(() => _fake.Peers.Get("ghost")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("peerId");
        FluentActions.Invoking(() => _fake.Peers.Leave("ghost")).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "peerId").WithMessage("No peer with id 'ghost' exists in this fake*");
        FluentActions.Invoking(() => _fake.Peers.Connected("ghost-room")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
        FluentActions.Invoking(() => _fake.Peers.Join("ghost-room")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
    }

    [Fact]
    public void Fake_peers_join_accepts_empty_metadata_and_refuses_a_blank_role()
    {
        var room = _fake.Rooms.Create("standup");

        _fake.Peers.Join(room.Id, "Ana", "host", metadata: string.Empty).Metadata.Should().BeEmpty();
        FluentActions.Invoking(() => _fake.Peers.Join(room.Id, role: " ")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("role");
        _fake.Peers.Connected(room.Id).Should().ContainSingle("the refused join added nobody");
    }

    [Fact]
    public void Fake_sessions_and_jobs_with_unknown_ids_name_the_parameter()
    {
        FluentActions.Invoking(() => _fake.Sessions.Get("0123456789abcdef01234567")).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "sessionId").WithMessage("No session with id '0123456789abcdef01234567' exists in this fake*");
        FluentActions.Invoking(() => _fake.Sessions.Active("ghost-room")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
        FluentActions.Invoking(() => _fake.Sessions.End("ghost-room")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
        FluentActions.Invoking(() => _fake.Jobs.Get("ghost-job")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("jobId");
        FluentActions.Invoking(() => _fake.Jobs.Get(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("jobId");
    }

    [Fact]
    public async Task Fake_polls_add_response_refuses_an_unknown_poll_a_question_out_of_range_and_a_negative_score()
    {
        using var http = _fake.CreateHttpClient();
        using var response = await http.PostAsync("polls", new StringContent("{\"title\":\"Lunch?\",\"questions\":[{\"text\":\"Where?\",\"type\":\"single-choice\",\"options\":[{\"text\":\"A\"},{\"text\":\"B\"}]}]}", System.Text.Encoding.UTF8, "application/json"));
        var pollId = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;

        FluentActions.Invoking(() => _fake.Polls.AddResponse("ghost-poll", "session-1", 1)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("pollId");
        FluentActions.Invoking(() => _fake.Polls.AddResponse(pollId, "session-1", 2)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "question").WithMessage("'question' must be between 1 and 1.*");
        FluentActions.Invoking(() => _fake.Polls.AddResponse(pollId, "session-1", 1, score: -1)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "score").WithMessage("'score' cannot be negative.*");
        FluentActions.Invoking(() => _fake.Polls.AddResponse(pollId, "session-1", 1, options: new[] { 0 })).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("options");
        _fake.Polls.AddResponse(pollId, "session-1", 1, options: new[] { 2 }).Should().NotBeNullOrEmpty("benign arguments still seed a response");
    }

    [Fact]
    public void Fake_room_codes_with_an_unknown_role_or_code_name_the_parameter()
    {
        var room = _fake.Rooms.Create("standup");

        FluentActions.Invoking(() => _fake.RoomCodes.Create(room.Id, "viewer")).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "role" && e.Message.Contains("has no role 'viewer'", StringComparison.Ordinal));
        FluentActions.Invoking(() => _fake.RoomCodes.Create("ghost-room")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
        FluentActions.Invoking(() => _fake.RoomCodes.SetEnabled("abc-defg-hij", false)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "code").WithMessage("No room code with id 'abc-defg-hij' exists in this fake*");
    }

    [Fact]
    public void Fake_analytics_names_the_parameter_not_data_or_key()
    {
        var room = _fake.Rooms.Create("standup");

        FluentActions.Invoking(() => _fake.Analytics.AddEvent(" ", "custom.event", new JsonObject())).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
        FluentActions.Invoking(() => _fake.Analytics.EventCount(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("roomId");
        FluentActions.Invoking(() => _fake.Analytics.AddTrackEvent("ghost-room")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
        FluentActions.Invoking(() => _fake.Analytics.AddTrackEvent(room.Id, peerId: "ghost-peer")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("peerId");
        FluentActions.Invoking(() => _fake.Analytics.AddRecordingEvent(room.Id, durationSeconds: -1)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("durationSeconds");
        FluentActions.Invoking(() => _fake.Analytics.AddErrorEvent(room.Id, errorMessage: "")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("errorMessage");
        FluentActions.Invoking(() => _fake.Analytics.AddWebhookDelivery(room.Id, " ")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("eventName");
        _fake.Analytics.EventCount("a room the fake never held").Should().Be(0, "events may name rooms the fake does not hold");
    }

    [Fact]
    public void Fake_seed_with_an_unknown_room_or_blank_prefix_names_the_parameter()
    {
        FluentActions.Invoking(() => _fake.Seed.Sessions("ghost-room", 3)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
        FluentActions.Invoking(() => _fake.Seed.TrackEvents("ghost-room", 3)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
        FluentActions.Invoking(() => _fake.Seed.Rooms(3, "")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("namePrefix");
        FluentActions.Invoking(() => _fake.Seed.WebhookDeliveries("room-1", 3, failEvery: -1)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "failEvery").WithMessage("'failEvery' cannot be negative.*");
    }

    [Fact]
    public async Task Fake_faults_add_with_int_max_times_applies_to_every_request_without_allocating()
    {
        _fake.Faults.Add(FakeFault.Status(503), int.MaxValue);
        using var http = _fake.CreateHttpClient();

        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync("rooms");
            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        }

        _fake.Faults.Pending.Should().Be(int.MaxValue - 3);
        _fake.Faults.Clear();
        _fake.Faults.Pending.Should().Be(0);
    }

    [Fact]
    public void Fake_faults_refuse_a_method_that_is_not_an_http_token_and_a_blank_pattern()
    {
        FluentActions.Invoking(() => _fake.Faults.Add("GE T", "/rooms", FakeFault.Status(500))).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "method").WithMessage("'method' is not an HTTP token: 'GE T'.*");
        FluentActions.Invoking(() => _fake.Faults.Add("", "/rooms", FakeFault.Status(500))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("method");
        FluentActions.Invoking(() => _fake.Faults.AddSequence(null, " ", FakeFault.Status(500))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("pathPattern");
        FluentActions.Invoking(() => _fake.Faults.AddSequence(null, "/rooms", FakeFault.Status(500), null!)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "faults").WithMessage("'faults' cannot contain null entries.*");
        _fake.Faults.Pending.Should().Be(0, "a refused registration queues nothing");
    }

    [Fact]
    public void Fake_fault_factories_refuse_out_of_range_values_and_header_injection()
    {
        FluentActions.Invoking(() => FakeFault.HtmlErrorPage(-1)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "statusCode").WithMessage("'statusCode' must be between 100 and 599.*");
        FluentActions.Invoking(() => FakeFault.TooManyRequests(TimeSpan.FromSeconds(-1))).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "retryAfter").WithMessage("'retryAfter' cannot be negative.*");
        FluentActions.Invoking(() => FakeFault.DelayBy(TimeSpan.MaxValue)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "delay").WithMessage("'delay' must be between 00:00:00 and 30.00:00:00.*", "Task.Delay could not wait that long later");
        FluentActions.Invoking(() => FakeFault.Status(500).WithHeader("X-A", "v\r\nX-Injected: 1")).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "value").WithMessage("'value' can hold only visible ASCII, spaces and tabs; it contains U+000D.*");
        FluentActions.Invoking(() => FakeFault.Status(500).WithHeader("Bad Name", "1")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
        FakeFault.Status(502, body: string.Empty).Body.Should().BeEmpty("an error with an empty body is a fault worth simulating");
        FakeFault.Status(429).WithHeader("Retry-After", string.Empty).Headers.Should().ContainSingle(h => h.Key == "Retry-After" && h.Value.Length == 0);
    }

    [Fact]
    public void Fake_options_mistakes_name_options_and_the_option()
    {
        FluentActions.Invoking(() => new FakeHmsApi(new FakeHmsApiOptions { AccessKey = " " })).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "options").WithMessage("'options.AccessKey' cannot be empty or whitespace.*");
        FluentActions.Invoking(() => new FakeHmsApi(new FakeHmsApiOptions { Secret = null! })).Should().Throw<ArgumentNullException>()
            .Where(e => e.ParamName == "options").WithMessage("'options.Secret' cannot be null.*");
        FluentActions.Invoking(() => new FakeHmsApi(new FakeHmsApiOptions { ReplayDuration = TimeSpan.FromSeconds(-1) })).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "options").WithMessage("'options.ReplayDuration' must be between 00:00:00 and 30.00:00:00.*");
        FluentActions.Invoking(() => new FakeHmsApi(new FakeHmsApiOptions { JobStartDelay = TimeSpan.MaxValue })).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "options").WithMessage("'options.JobStartDelay' must be between 00:00:00 and 30.00:00:00.*");
        new FakeHmsApi(new FakeHmsApiOptions { Seed = -1 }).Rooms.Create().Name.Should().NotBeNullOrEmpty("any int is a seed");
    }

    [Fact]
    public void Fake_sip_inspect_and_tokens_name_the_parameter()
    {
        FluentActions.Invoking(() => _fake.Sip.CreateTrunk(username: " ")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("username");
        FluentActions.Invoking(() => _fake.Inspect("no-such-route/x")).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "pathAndQuery").WithMessage("No GET route of this fake matches 'no-such-route/x'.*");
        FluentActions.Invoking(() => _fake.CreateAppToken("room-1", userId: "")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("userId");
        FluentActions.Invoking(() => _fake.CreateManagementToken(TimeSpan.Zero)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "lifetime").WithMessage("'lifetime' must be positive.*");
    }

    [Fact]
    public void Fake_messages_quote_an_unknown_id_as_a_short_escaped_prefix()
    {
        var huge = "a\r\n" + new string('x', 100_000);

        var error = FluentActions.Invoking(() => _fake.Rooms.Get(huge)).Should().Throw<ArgumentException>().Which;

        error.ParamName.Should().Be("roomId");
        error.Message.Should().StartWith("No room with id 'a\\u000D\\u000Axxxxxxxxxxxxxxxxxxxxxxxxxxxxx'… (100,003 characters) exists in this fake")
            .And.NotContain("\r");
        error.Message.Length.Should().BeLessThan(200);
    }
}
