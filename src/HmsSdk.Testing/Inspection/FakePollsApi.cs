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
    /// <param name="sessionId">The session the poll ran in.</param>
    /// <param name="question">1-based question index.</param>
    /// <param name="peerId">The answering peer; generated when null.</param>
    /// <param name="userId">The answering user; generated when null.</param>
    /// <param name="text">Free-text answer.</param>
    /// <param name="options">Chosen option indexes.</param>
    /// <param name="score">Score for quizzes.</param>
    /// <returns>The response id.</returns>
    /// <exception cref="KeyNotFoundException">No such poll.</exception>
    public string AddResponse(string pollId, string sessionId, int question, string? peerId = null, string? userId = null, string? text = null, IReadOnlyList<int>? options = null, int score = 0) =>
        _core.Locked(now =>
        {
            var poll = _core.Polls.Find(pollId) ?? throw new KeyNotFoundException("No poll with id " + pollId);
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
