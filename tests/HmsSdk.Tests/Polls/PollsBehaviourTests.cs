using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Polls;

/// <summary>Argument validation (before any request), escaping of hostile ids and pager edge cases.</summary>
public sealed class PollsBehaviourTests
{
    private static CreatePollOptions ValidCreate() => new() { Title = "t" };

    private static UpdatePollOptions ValidUpdate() => new() { Title = "t" };

    private static async Task AssertRejectedAsync(Func<IPollsService, Task> call, string paramName, Type? exceptionType = null)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var exception = await FluentActions.Awaiting(() => call(client.Polls)).Should().ThrowAsync<ArgumentException>();

        exception.Which.ParamName.Should().Be(paramName);
        if (exceptionType is not null)
        {
            exception.Which.Should().BeOfType(exceptionType);
        }

        handler.Requests.Should().BeEmpty();
    }

    // Pagers validate when the list is requested, not on first enumeration.
    private static void AssertListRejected(Func<IPollsService, object> call, string paramName, Type exceptionType)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        FluentActions.Invoking(() => call(client.Polls)).Should().Throw<ArgumentException>()
            .Which.Should().Match<ArgumentException>(e => e.ParamName == paramName && e.GetType() == exceptionType);

        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(BadIds.WithExceptionType), MemberType = typeof(BadIds))]
    public async Task Every_method_rejects_a_bad_poll_id_without_sending(string? pollId, Type exceptionType)
    {
        var id = pollId!;
        await AssertRejectedAsync(s => s.UpdateAsync(id, ValidUpdate()), "pollId", exceptionType);
        await AssertRejectedAsync(s => s.UpdateQuestionAsync(id, 1, new PollQuestion()), "pollId", exceptionType);
        await AssertRejectedAsync(s => s.UpdateOptionAsync(id, 1, 1, new PollOption()), "pollId", exceptionType);
        await AssertRejectedAsync(s => s.DeleteQuestionAsync(id, 1), "pollId", exceptionType);
        await AssertRejectedAsync(s => s.DeleteOptionAsync(id, 1, 1), "pollId", exceptionType);
        await AssertRejectedAsync(s => s.GetAsync(id), "pollId", exceptionType);
        await AssertRejectedAsync(s => s.GetResponseAsync(id, "resp-1"), "pollId", exceptionType);
        await AssertRejectedAsync(s => s.GetResultAsync(id, "res-1"), "pollId", exceptionType);
        AssertListRejected(s => s.ListSessionsAsync(id), "pollId", exceptionType);
        AssertListRejected(s => s.ListResponsesAsync(id), "pollId", exceptionType);
        AssertListRejected(s => s.ListResultsAsync(id), "pollId", exceptionType);
    }

    [Theory]
    [MemberData(nameof(BadIds.WithExceptionType), MemberType = typeof(BadIds))]
    public async Task Response_and_result_lookups_reject_a_bad_id(string? id, Type exceptionType)
    {
        await AssertRejectedAsync(s => s.GetResponseAsync("poll-1", id!), "responseId", exceptionType);
        await AssertRejectedAsync(s => s.GetResultAsync("poll-1", id!), "resultId", exceptionType);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public async Task Question_and_option_indexes_are_1_based(int index)
    {
        var outOfRange = typeof(ArgumentOutOfRangeException);
        await AssertRejectedAsync(s => s.UpdateQuestionAsync("poll-1", index, new PollQuestion()), "questionIndex", outOfRange);
        await AssertRejectedAsync(s => s.UpdateOptionAsync("poll-1", index, 1, new PollOption()), "questionIndex", outOfRange);
        await AssertRejectedAsync(s => s.UpdateOptionAsync("poll-1", 1, index, new PollOption()), "optionIndex", outOfRange);
        await AssertRejectedAsync(s => s.DeleteQuestionAsync("poll-1", index), "questionIndex", outOfRange);
        await AssertRejectedAsync(s => s.DeleteOptionAsync("poll-1", index, 1), "questionIndex", outOfRange);
        await AssertRejectedAsync(s => s.DeleteOptionAsync("poll-1", 1, index), "optionIndex", outOfRange);
        AssertListRejected(s => s.ListResponsesAsync("poll-1", new PollResponseListOptions { Question = index }), "options", outOfRange);
        AssertListRejected(s => s.ListResultsAsync("poll-1", new PollResultListOptions { Question = index }), "options", outOfRange);
    }

    [Fact]
    public async Task Null_bodies_are_rejected()
    {
        var nullType = typeof(ArgumentNullException);
        await AssertRejectedAsync(s => s.CreateAsync(null!), "options", nullType);
        await AssertRejectedAsync(s => s.UpdateAsync("poll-1", null!), "options", nullType);
        await AssertRejectedAsync(s => s.UpdateQuestionAsync("poll-1", 1, null!), "question", nullType);
        await AssertRejectedAsync(s => s.UpdateOptionAsync("poll-1", 1, 1, null!), "option", nullType);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task Create_and_update_reject_a_blank_title(string? title)
    {
        await AssertRejectedAsync(s => s.CreateAsync(new CreatePollOptions { Title = title }), "options");
        await AssertRejectedAsync(s => s.UpdateAsync("poll-1", new UpdatePollOptions { Title = title }), "options");
    }

    [Fact]
    public async Task Null_question_entries_are_rejected()
    {
        await AssertRejectedAsync(s => s.CreateAsync(new CreatePollOptions { Title = "t", Questions = new List<PollQuestion> { null! } }), "options");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void List_limits_must_be_between_1_and_100(int limit)
    {
        var outOfRange = typeof(ArgumentOutOfRangeException);
        AssertListRejected(s => s.ListSessionsAsync("poll-1", new PollSessionListOptions { Limit = limit }), "options", outOfRange);
        AssertListRejected(s => s.ListResponsesAsync("poll-1", new PollResponseListOptions { Limit = limit }), "options", outOfRange);
        AssertListRejected(s => s.ListResultsAsync("poll-1", new PollResultListOptions { Limit = limit }), "options", outOfRange);
    }

    [Fact]
    public async Task Hostile_ids_are_escaped_as_single_segments()
    {
        var handler = new RecordingHandler();
        handler.Default = (_, _) => Task.FromResult(RecordingHandler.Json(200, """{"id":"x","responses":[],"results":[]}"""));
        using var client = TestClients.Create(handler);
        const string pollId = "../polls?x=1#y";
        const string itemId = "a/b c%d";

        await client.Polls.GetAsync(pollId);
        await client.Polls.UpdateAsync(pollId, ValidUpdate());
        await client.Polls.UpdateQuestionAsync(pollId, 3, new PollQuestion());
        await client.Polls.UpdateOptionAsync(pollId, 3, 4, new PollOption());
        await client.Polls.DeleteQuestionAsync(pollId, 3);
        await client.Polls.DeleteOptionAsync(pollId, 3, 4);
        await client.Polls.GetResponseAsync(pollId, itemId);
        await client.Polls.GetResultAsync(pollId, itemId);
        await foreach (var unused in client.Polls.ListSessionsAsync(pollId))
        {
        }

        await foreach (var unused in client.Polls.ListResponsesAsync(pollId))
        {
        }

        await foreach (var unused in client.Polls.ListResultsAsync(pollId))
        {
        }

        const string poll = "..%2Fpolls%3Fx%3D1%23y";
        const string item = "a%2Fb%20c%25d";
        handler.Requests.Select(r => $"{r.Method} {r.PathAndQuery}").Should().Equal(
            $"GET /v2/polls/{poll}",
            $"POST /v2/polls/{poll}",
            $"POST /v2/polls/{poll}/questions/3",
            $"POST /v2/polls/{poll}/questions/3/options/4",
            $"DELETE /v2/polls/{poll}/questions/3",
            $"DELETE /v2/polls/{poll}/questions/3/options/4",
            $"GET /v2/polls/{poll}/responses/{item}",
            $"GET /v2/polls/{poll}/results/{item}",
            $"GET /v2/polls/{poll}/sessions",
            $"GET /v2/polls/{poll}/responses",
            $"GET /v2/polls/{poll}/results");
    }

    [Fact]
    public async Task Delete_accepts_204_without_a_body()
    {
        var handler = new RecordingHandler().Enqueue(_ => new HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
        using var client = TestClients.Create(handler);

        await client.Polls.DeleteQuestionAsync("poll-1", 1);

        handler.Requests.Single().Method.Should().Be(HttpMethod.Delete);
        handler.Requests.Single().PathAndQuery.Should().Be("/v2/polls/poll-1/questions/1");
    }

    [Fact]
    public async Task Pager_sends_nothing_until_enumerated_and_ignores_later_filter_changes()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"limit":10,"responses":[{"id":"r1"}]}""");
        using var client = TestClients.Create(handler);
        var options = new PollResponseListOptions { Question = 2 };

        var pager = client.Polls.ListResponsesAsync("poll-1", options);
        handler.Requests.Should().BeEmpty();
        options.Question = 5;
        var ids = new List<string?>();
        await foreach (var response in pager)
        {
            ids.Add(response.Id);
        }

        ids.Should().Equal("r1");
        handler.Requests.Single().PathAndQuery.Should().Be("/v2/polls/poll-1/responses?question=2");
        options.Question.Should().Be(5);
        options.Limit.Should().BeNull();
    }

    [Fact]
    public async Task A_page_without_the_list_key_ends_the_enumeration()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"limit":10,"last":"x"}""");
        using var client = TestClients.Create(handler);

        var results = new List<PollResult>();
        await foreach (var result in client.Polls.ListResultsAsync("poll-1"))
        {
            results.Add(result);
        }

        results.Should().BeEmpty();
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public void Poll_enums_compare_case_insensitively_and_keep_raw_values()
    {
        PollMode mode = "UserId";
        mode.Should().Be(PollMode.UserId);
        mode.ToString().Should().Be("UserId");
        (new PollQuestionType("MULTIPLE-CHOICE") == PollQuestionType.MultipleChoice).Should().BeTrue();
        new PollType("survey").Should().NotBe(PollType.Poll);
        PollStart.Auto.ToString().Should().Be("auto");
        PollQuestionFormat.Text.ToString().Should().Be("text");
    }
}
