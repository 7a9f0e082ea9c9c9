using HmsSdk.Tests.Infrastructure;
using FluentAssertions;
using static HmsSdk.Tests.Infrastructure.GoldenTimes;
using HmsSdk.Tests.ActiveRooms;

namespace HmsSdk.Tests.Polls;

/// <summary>One golden wire test per method: exact request on the wire, complete deserialization of a realistic answer.</summary>
public sealed class PollsGoldenTests : IDisposable
{
    /// <summary>A full poll response (list and get), asserted by <see cref="AssertResponse"/>.</summary>
    private const string ResponseJson = """
        { "id": "resp-1", "poll_id": "poll-1", "session_id": "sess-1", "duration": 4200, "question": 1, "skipped": false,
          "text": "Paris", "update": true, "original_response": "resp-0", "retries": 1, "sent_at": "2024-05-06T07:08:11.123456789Z",
          "peer_id": "peer-a", "user_id": "user-42", "options": [2] }
        """;

    /// <summary>A full poll result (list and get), asserted by <see cref="AssertResult"/>.</summary>
    private const string ResultJson = """
        { "id": "res-1", "poll_id": "poll-1", "session_id": "sess-1", "question": 2, "duration": 900,
          "peer_id": "peer-a", "user_id": "user-42", "score": 1.5, "rank": 1 }
        """;

    private const string QuestionJson = """
        {
          "index": 1, "text": "Capital of France?", "format": "markdown", "type": "single-choice",
          "attachment": [{ "type": "image", "url": "https://cdn.example/paris.png", "alt": "Paris" }],
          "skippable": false, "duration": 30, "once": true, "weight": 2, "answer_min_len": 1, "answer_max_len": 50,
          "answer": { "hidden": true, "options": [2], "text": "Paris", "case": false, "trim": true, "explanation": "it is" },
          "options": [
            { "index": 1, "text": "Lyon", "weight": 0 },
            { "index": 2, "text": "Paris", "weight": 1, "color": "blue" }
          ],
          "hint": "city"
        }
        """;

    private const string PollJson = $$"""
        {
          "id": "poll-1", "title": "Geography", "duration": 120, "anonymous": true,
          "mode": "peerid", "type": "quiz", "start": "scheduled",
          "questions": [{{QuestionJson}}, { "index": 2, "text": "Rank", "type": "ranking" }],
          "created_at": "2024-05-06T07:08:09Z"
        }
        """;

    private readonly WireApi _wire = new();

    private IPollsService Service => _wire.Client.Polls;

    public void Dispose() => _wire.Dispose();

    private static PollQuestion SampleQuestion() => new()
    {
        Index = 1,
        Text = "Capital of France?",
        Type = PollQuestionType.SingleChoice,
        Skippable = false,
        Weight = 2,
        Answer = new PollAnswer { Hidden = true, Options = new List<int> { 2 } },
        Options = new List<PollOption> { new() { Text = "Lyon" }, new() { Text = "Paris", Weight = 1 } },
        Attachment = new List<PollAttachment> { new() { Type = "image", Url = "https://cdn.example/paris.png" } },
    };

    private const string SampleQuestionBody = """
        {
          "index": 1, "text": "Capital of France?", "type": "single-choice", "skippable": false, "weight": 2,
          "answer": { "hidden": true, "options": [2] },
          "options": [{ "text": "Lyon" }, { "text": "Paris", "weight": 1 }],
          "attachment": [{ "type": "image", "url": "https://cdn.example/paris.png" }]
        }
        """;

    [Fact]
    public async Task CreateAsync_posts_the_poll_and_returns_it()
    {
        _wire.Respond("POST", "/v2/polls", 200, """{"id":"poll-1","version":3}""");

        var created = await Service.CreateAsync(new CreatePollOptions
        {
            Title = "Geography",
            Duration = 120,
            Anonymous = true,
            Mode = PollMode.PeerId,
            Type = PollType.Quiz,
            Start = PollStart.Manual,
            Questions = new List<PollQuestion> { SampleQuestion() },
        });

        WireApi.ShouldMatch(_wire.SingleRequest(), "POST", "/v2/polls", jsonBody: $$"""
            {
              "title": "Geography", "duration": 120, "anonymous": true, "mode": "peerid", "type": "quiz", "start": "manual",
              "questions": [{{SampleQuestionBody}}]
            }
            """);
        created.Id.Should().Be("poll-1");
        created.AdditionalProperties!["version"].GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task UpdateAsync_posts_a_full_rewrite_and_returns_the_poll()
    {
        _wire.Respond("POST", "/v2/polls/poll-1", 200, PollJson);

        var poll = await Service.UpdateAsync("poll-1", new UpdatePollOptions { Title = "Geography", Type = PollType.Quiz, Questions = new List<PollQuestion>() });

        WireApi.ShouldMatch(_wire.SingleRequest(), "POST", "/v2/polls/poll-1", jsonBody: """{"title":"Geography","type":"quiz","questions":[]}""");
        AssertPoll(poll);
    }

    [Fact]
    public async Task GetAsync_gets_the_poll_and_reads_every_field()
    {
        _wire.Respond("GET", "/v2/polls/poll-1", 200, PollJson);

        var poll = await Service.GetAsync("poll-1");

        WireApi.ShouldMatch(_wire.SingleRequest(), "GET", "/v2/polls/poll-1");
        AssertPoll(poll);
    }

    [Fact]
    public async Task UpdateQuestionAsync_posts_to_the_1_based_question_path()
    {
        _wire.Respond("POST", "/v2/polls/poll-1/questions/1", 200, QuestionJson);

        var question = await Service.UpdateQuestionAsync("poll-1", 1, SampleQuestion());

        WireApi.ShouldMatch(_wire.SingleRequest(), "POST", "/v2/polls/poll-1/questions/1", jsonBody: SampleQuestionBody);
        AssertQuestion(question);
    }

    [Fact]
    public async Task UpdateOptionAsync_posts_to_the_option_path()
    {
        _wire.Respond("POST", "/v2/polls/poll-1/questions/2/options/3", 200, """{"index":3,"text":"Nice","weight":1,"color":"red"}""");

        var option = await Service.UpdateOptionAsync("poll-1", 2, 3, new PollOption { Text = "Nice", Weight = 1 });

        WireApi.ShouldMatch(_wire.SingleRequest(), "POST", "/v2/polls/poll-1/questions/2/options/3", jsonBody: """{"text":"Nice","weight":1}""");
        option.Index.Should().Be(3);
        option.Text.Should().Be("Nice");
        option.Weight.Should().Be(1);
        option.AdditionalProperties!["color"].GetString().Should().Be("red");
    }

    [Fact]
    public async Task DeleteQuestionAsync_sends_delete_and_accepts_204_with_an_empty_body()
    {
        _wire.Respond("DELETE", "/v2/polls/poll-1/questions/2", 204, null);

        await Service.DeleteQuestionAsync("poll-1", 2);

        var request = _wire.SingleRequest();
        WireApi.ShouldMatch(request, "DELETE", "/v2/polls/poll-1/questions/2");
        request.Body.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task DeleteOptionAsync_sends_delete_and_accepts_204_with_an_empty_body()
    {
        _wire.Respond("DELETE", "/v2/polls/poll-1/questions/2/options/1", 204, null);

        await Service.DeleteOptionAsync("poll-1", 2, 1);

        var request = _wire.SingleRequest();
        WireApi.ShouldMatch(request, "DELETE", "/v2/polls/poll-1/questions/2/options/1");
        request.Body.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task ListSessionsAsync_pages_with_last_as_start_over_the_responses_key()
    {
        var sessions = await _wire.ListTwoPagesAsync(
            "/v2/polls/poll-1/sessions", "limit=2",
            """
            {
              "limit": 2, "last": "ps-2", "total": 3,
              "responses": [
                { "id": "ps-1", "poll_id": "poll-1", "session_id": "sess-1", "started_at": "2024-05-06T07:08:09Z",
                  "stopped_at": "2024-05-06T07:08:10.123Z", "total_responses": 7, "unique_participants": 4, "room_id": "room-1" },
                { "id": "ps-2", "poll_id": "poll-1", "session_id": "sess-2", "started_at": "2024-05-06T07:08:11.123456789Z",
                  "stopped_at": null, "total_responses": "0", "unique_participants": 0 }
              ]
            }
            """,
            "ps-2",
            """
            { "limit": 2, "last": "ps-3", "responses": [ { "id": "ps-3", "poll_id": "poll-1", "session_id": "sess-3", "stopped_at": "" } ] }
            """,
            c => c.Polls.ListSessionsAsync("poll-1", new PollSessionListOptions { Limit = 2 }));

        sessions.Select(s => s.Id).Should().Equal("ps-1", "ps-2", "ps-3");
        var first = sessions[0];
        first.PollId.Should().Be("poll-1");
        first.SessionId.Should().Be("sess-1");
        first.StartedAt.Should().Be(WholeSeconds);
        first.StoppedAt.Should().Be(Millis);
        first.TotalResponses.Should().Be(7);
        first.UniqueParticipants.Should().Be(4);
        first.AdditionalProperties!["room_id"].GetString().Should().Be("room-1");
        sessions[1].StartedAt.Should().Be(Nanos);
        sessions[1].StoppedAt.Should().BeNull();
        sessions[1].TotalResponses.Should().Be(0);
        sessions[2].StoppedAt.Should().BeNull();
    }

    [Fact]
    public async Task ListResponsesAsync_sends_filters_and_pages_over_the_responses_key()
    {
        var responses = await _wire.ListTwoPagesAsync(
            "/v2/polls/poll-1/responses", "all=true&question=1&limit=2",
            $$"""
            {
              "limit": 2, "last": "resp-2",
              "responses": [
                {{ResponseJson}},
                { "id": "resp-2", "poll_id": "poll-1", "session_id": "sess-1", "question": 1, "skipped": true, "sent_at": "2024-05-06T07:08:09Z" }
              ]
            }
            """,
            "resp-2",
            """
            { "limit": 2, "last": "", "responses": [ { "id": "resp-3", "sent_at": "2024-05-06T07:08:10.123Z" } ] }
            """,
            c => c.Polls.ListResponsesAsync("poll-1", new PollResponseListOptions { All = true, Question = 1, Limit = 2 }));

        responses.Select(r => r.Id).Should().Equal("resp-1", "resp-2", "resp-3");
        AssertResponse(responses[0]);
        responses[1].Skipped.Should().BeTrue();
        responses[1].SentAt.Should().Be(WholeSeconds);
        responses[2].SentAt.Should().Be(Millis);
    }

    [Fact]
    public async Task ListResultsAsync_sends_question_and_pages_over_the_results_key()
    {
        var results = await _wire.ListTwoPagesAsync(
            "/v2/polls/poll-1/results", "question=2&limit=2",
            $$"""
            {
              "limit": 2, "last": "res-2",
              "results": [
                {{ResultJson}},
                { "id": "res-2", "poll_id": "poll-1", "session_id": "sess-1", "question": 2, "score": 0 }
              ]
            }
            """,
            "res-2",
            """
            { "limit": 2, "results": [ { "id": "res-3", "score": 2 } ] }
            """,
            c => c.Polls.ListResultsAsync("poll-1", new PollResultListOptions { Question = 2, Limit = 2 }));

        results.Select(r => r.Id).Should().Equal("res-1", "res-2", "res-3");
        AssertResult(results[0]);
        results[1].Score.Should().Be(0);
        results[2].Score.Should().Be(2);
    }

    public static TheoryData<string, string, string> OneEntryReads => new()
    {
        { "responses", "resp-1", ResponseJson },
        { "results", "res-1", ResultJson },
    };

    [Theory]
    [MemberData(nameof(OneEntryReads))]
    public async Task GetResponseAsync_and_GetResultAsync_get_one_entry_by_its_id_path(string kind, string id, string json)
    {
        _wire.Respond("GET", $"/v2/polls/poll-1/{kind}/{id}", 200, json);

        if (kind == "responses")
        {
            AssertResponse(await Service.GetResponseAsync("poll-1", id));
        }
        else
        {
            AssertResult(await Service.GetResultAsync("poll-1", id));
        }

        WireApi.ShouldMatch(_wire.SingleRequest(), "GET", $"/v2/polls/poll-1/{kind}/{id}");
    }

    private static void AssertPoll(Poll poll)
    {
        poll.Id.Should().Be("poll-1");
        poll.Title.Should().Be("Geography");
        poll.Duration.Should().Be(120);
        poll.Anonymous.Should().BeTrue();
        poll.Mode.Should().Be(PollMode.PeerId);
        poll.Type.Should().Be(PollType.Quiz);
        poll.Start!.Value.ToString().Should().Be("scheduled");
        poll.Start.Should().NotBe(PollStart.Auto).And.NotBe(PollStart.Manual);
        poll.AdditionalProperties!["created_at"].GetString().Should().Be("2024-05-06T07:08:09Z");
        poll.Questions.Should().HaveCount(2);
        AssertQuestion(poll.Questions![0]);
        poll.Questions[1].Index.Should().Be(2);
        poll.Questions[1].Type!.Value.ToString().Should().Be("ranking");
        poll.Questions[1].Options.Should().BeNull();
    }

    private static void AssertQuestion(PollQuestion question)
    {
        question.Index.Should().Be(1);
        question.Text.Should().Be("Capital of France?");
        question.Format!.Value.ToString().Should().Be("markdown");
        question.Type.Should().Be(PollQuestionType.SingleChoice);
        question.Attachment.Should().ContainSingle();
        question.Attachment![0].Type.Should().Be("image");
        question.Attachment[0].Url.Should().Be("https://cdn.example/paris.png");
        question.Attachment[0].AdditionalProperties!["alt"].GetString().Should().Be("Paris");
        question.Skippable.Should().BeFalse();
        question.Duration.Should().Be(30);
        question.Once.Should().BeTrue();
        question.Weight.Should().Be(2);
        question.AnswerMinLength.Should().Be(1);
        question.AnswerMaxLength.Should().Be(50);
        question.Answer!.Hidden.Should().BeTrue();
        question.Answer.Options.Should().Equal(2);
        question.Answer.Text.Should().Be("Paris");
        question.Answer.Case.Should().BeFalse();
        question.Answer.Trim.Should().BeTrue();
        question.Answer.AdditionalProperties!["explanation"].GetString().Should().Be("it is");
        question.Options.Should().HaveCount(2);
        question.Options![0].Index.Should().Be(1);
        question.Options[0].Text.Should().Be("Lyon");
        question.Options[0].Weight.Should().Be(0);
        question.Options[1].AdditionalProperties!["color"].GetString().Should().Be("blue");
        question.AdditionalProperties!["hint"].GetString().Should().Be("city");
    }

    private static void AssertResponse(PollResponse response)
    {
        response.Id.Should().Be("resp-1");
        response.PollId.Should().Be("poll-1");
        response.SessionId.Should().Be("sess-1");
        response.Duration.Should().Be(4200);
        response.Question.Should().Be(1);
        response.Skipped.Should().BeFalse();
        response.Text.Should().Be("Paris");
        response.Update.Should().BeTrue();
        response.OriginalResponse.Should().Be("resp-0");
        response.Retries.Should().Be(1);
        response.SentAt.Should().Be(Nanos);
        response.PeerId.Should().Be("peer-a");
        response.UserId.Should().Be("user-42");
        response.AdditionalProperties!["options"].EnumerateArray().Select(e => e.GetInt32()).Should().Equal(2);
    }

    private static void AssertResult(PollResult result)
    {
        result.Id.Should().Be("res-1");
        result.PollId.Should().Be("poll-1");
        result.SessionId.Should().Be("sess-1");
        result.Question.Should().Be(2);
        result.Duration.Should().Be(900);
        result.PeerId.Should().Be("peer-a");
        result.UserId.Should().Be("user-42");
        result.Score.Should().Be(1.5);
        result.AdditionalProperties!["rank"].GetInt32().Should().Be(1);
    }
}
