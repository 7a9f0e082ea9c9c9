using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using HmsSdk.Testing.Core;

namespace HmsSdk.Testing;

/// <summary>Seeds poll activity (<see cref="FakeHmsApi.Polls"/>) that <c>/polls/{id}/sessions|responses|results</c> then report.</summary>
public sealed class FakePollsApi
{
    private readonly FakeApiCore _core;

    internal FakePollsApi(FakeApiCore core) => _core = core;

    /// <summary>Records a peer's answer to a question: adds a response, a result and updates the poll-session summary.</summary>
    /// <param name="pollId">The poll id.</param>
    /// <param name="sessionId">The session the poll ran in (any session id; the fake need not hold it).</param>
    /// <param name="question">1-based question index, at most the poll's number of questions.</param>
    /// <param name="peerId">The answering peer; generated when null.</param>
    /// <param name="userId">The answering user; generated when null.</param>
    /// <param name="text">Free-text answer, or null.</param>
    /// <param name="options">Chosen 1-based option indexes; null or empty for none.</param>
    /// <param name="score">Score for quizzes; 0 or more.</param>
    /// <returns>The response id.</returns>
    /// <exception cref="ArgumentException">
    /// A text argument is blank or malformed (or null where required), an option index is below 1, or no poll with that id exists in this fake.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="question"/> is not a question of the poll, or <paramref name="score"/> is negative.</exception>
    public string AddResponse(string pollId, string sessionId, int question, string? peerId = null, string? userId = null, string? text = null, IReadOnlyList<int>? options = null, int score = 0)
    {
        FakeGuard.Text(pollId, nameof(pollId));
        FakeGuard.Text(sessionId, nameof(sessionId));
        FakeGuard.OptionalText(peerId, nameof(peerId));
        FakeGuard.OptionalText(userId, nameof(userId));
        FakeGuard.OptionalText(text, nameof(text));
        if (options is not null && options.Any(o => o < 1))
        {
            throw new ArgumentException("'options' holds 1-based option indexes; none can be below 1.", nameof(options));
        }

        FakeGuard.NotNegative(score, nameof(score));
        return _core.Locked(now =>
        {
            var poll = FakeGuard.Known(_core.Polls.Find(pollId), "poll", pollId, nameof(pollId));
            FakeGuard.InRange(question, 1, ((JsonArray?)poll.Body["questions"])?.Count ?? 0, nameof(question));
            var peer = peerId ?? _core.Ids.Uuid();
            var user = userId ?? "user-" + _core.Ids.Letters(8);
            var responseId = _core.Ids.ObjectId();
            var response = new JsonObject
            {
                ["id"] = responseId,
                ["poll_id"] = pollId,
                ["session_id"] = sessionId,
                ["duration"] = 5,
                ["question"] = question,
                ["skipped"] = text is null && (options is null || options.Count == 0),
                ["text"] = text ?? string.Empty,
                ["options"] = new JsonArray((options ?? Array.Empty<int>()).Select(o => (JsonNode)JsonValue.Create(o)!).ToArray()),
                ["update"] = false,
                ["original_response"] = string.Empty, // the first answer is no update of an earlier one
                ["retries"] = 0,
                ["sent_at"] = WireJson.Nanos(now),
                ["peer_id"] = peer,
                ["user_id"] = user,
            };
            poll.Responses.Add(response);
            poll.Results.Add(new JsonObject
            {
                ["id"] = _core.Ids.ObjectId(),
                ["poll_id"] = pollId,
                ["session_id"] = sessionId,
                ["question"] = question,
                ["duration"] = 5,
                ["peer_id"] = peer,
                ["user_id"] = user,
                ["score"] = score,
            });

            var summary = poll.Sessions.FirstOrDefault(s => (string?)s["session_id"] == sessionId);
            if (summary is null)
            {
                summary = new JsonObject
                {
                    ["id"] = _core.Ids.ObjectId(),
                    ["poll_id"] = pollId,
                    ["session_id"] = sessionId,
                    ["started_at"] = WireJson.Nanos(now),
                    ["stopped_at"] = null,
                    ["total_responses"] = 0,
                    ["unique_participants"] = 0,
                };
                poll.Sessions.Add(summary);
            }

            summary["total_responses"] = (int)summary["total_responses"]! + 1;
            summary["unique_participants"] = poll.Responses.Where(r => (string?)r["session_id"] == sessionId).Select(r => (string?)r["peer_id"]).Distinct().Count();
            return responseId;
        });
    }
}
