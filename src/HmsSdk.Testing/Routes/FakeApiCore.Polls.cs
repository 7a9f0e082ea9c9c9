using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>Polls: <c>/polls</c>. Questions and options are addressed by 1-based index and re-indexed on delete.</summary>
internal sealed partial class FakeApiCore
{
    private void MapPolls()
    {
        _routes.Map("POST", "/polls", ctx =>
        {
            var poll = new PollState { Id = Ids.ObjectId(), Body = ValidatePoll(ctx.Body()) };
            Polls.Add(poll);
            return PollJson(poll);
        });
        _routes.Map("POST", "/polls/{poll_id}", ctx =>
        {
            var poll = RequirePoll(ctx);
            poll.Body = ValidatePoll(ctx.Body());
            return PollJson(poll);
        });
        _routes.Map("GET", "/polls/{poll_id}", ctx => PollJson(RequirePoll(ctx)));
        _routes.Map("POST", "/polls/{poll_id}/questions/{question_id}", UpdateQuestion);
        _routes.Map("DELETE", "/polls/{poll_id}/questions/{question_id}", DeleteQuestion);
        _routes.Map("POST", "/polls/{poll_id}/questions/{question_id}/options/{option_id}", UpdateOption);
        _routes.Map("DELETE", "/polls/{poll_id}/questions/{question_id}/options/{option_id}", DeleteOption);
        _routes.Map("GET", "/polls/{poll_id}/sessions", ctx => PollList(ctx, RequirePoll(ctx).Sessions, "responses", filterByQuestion: false));
        _routes.Map("GET", "/polls/{poll_id}/responses", ctx => PollList(ctx, RequirePoll(ctx).Responses, "responses", filterByQuestion: true));
        _routes.Map("GET", "/polls/{poll_id}/responses/{response_id}", ctx => FindPollItem(RequirePoll(ctx).Responses, ctx.Route("response_id"), "response"));
        _routes.Map("GET", "/polls/{poll_id}/results", ctx => PollList(ctx, RequirePoll(ctx).Results, "results", filterByQuestion: true));
        _routes.Map("GET", "/polls/{poll_id}/results/{result_id}", ctx => FindPollItem(RequirePoll(ctx).Results, ctx.Route("result_id"), "result"));
    }

    private PollState RequirePoll(RequestContext ctx)
    {
        var id = ctx.Route("poll_id");
        return Polls.Find(id) ?? throw FakeApiException.NotFound("poll not found", "no poll with id " + id);
    }

    private static JsonObject PollJson(PollState poll)
    {
        var json = new JsonObject { ["id"] = poll.Id };
        foreach (var (key, value) in poll.Body)
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }

    private static JsonObject ValidatePoll(JsonObject body)
    {
        var poll = (JsonObject)body.DeepClone();
        poll.Remove("id");
        WireJson.ReqString(poll, "title");
        poll["duration"] = WireJson.OptInt(poll, "duration") ?? 0;
        poll["anonymous"] = WireJson.OptBool(poll, "anonymous") ?? false;
        poll["mode"] = CheckChoice(poll, "mode", "userid", "userid", "peerid");
        poll["type"] = CheckChoice(poll, "type", "poll", "poll", "quiz");
        poll["start"] = CheckChoice(poll, "start", "auto", "auto", "manual");
        var questions = poll["questions"] switch
        {
            null => new JsonArray(),
            JsonArray array => array,
            _ => throw FakeApiException.BadBody("questions", "questions must be an array"),
        };
        var normalized = new JsonArray();
        foreach (var node in questions)
        {
            normalized.Add((JsonNode)ValidateQuestion(node));
        }

        poll["questions"] = normalized;
        Reindex(normalized);
        return poll;
    }

    private static string CheckChoice(JsonObject body, string field, string fallback, params string[] allowed)
    {
        var value = WireJson.OptString(body, field) ?? fallback;
        return Array.IndexOf(allowed, value) >= 0 ? value : throw FakeApiException.BadBody(field, field + " must be one of " + string.Join(", ", allowed));
    }

    private static JsonObject ValidateQuestion(JsonNode? node)
    {
        if (node is not JsonObject source)
        {
            throw FakeApiException.BadBody("questions", "each question must be an object");
        }

        var question = (JsonObject)source.DeepClone();
        WireJson.ReqString(question, "text");
        WireJson.ReqString(question, "type");
        question["skippable"] = WireJson.OptBool(question, "skippable") ?? true;
        question["once"] = WireJson.OptBool(question, "once") ?? false;
        question["weight"] = WireJson.OptInt(question, "weight") ?? 1;

        // Defaults the server reports for fields the caller left out (polls/overview.mdx: format "default text").
        question["format"] = WireJson.OptString(question, "format") ?? "text";
        question["attachment"] = question["attachment"] ?? new JsonArray();
        question["duration"] = WireJson.OptInt(question, "duration") ?? 0;
        question["answer_min_len"] = WireJson.OptInt(question, "answer_min_len") ?? 0;
        question["answer_max_len"] = WireJson.OptInt(question, "answer_max_len") ?? 0;
        if (WireJson.OptObject(question, "answer") is { } answer)
        {
            answer["hidden"] = WireJson.OptBool(answer, "hidden") ?? false;
            answer["text"] = WireJson.OptString(answer, "text") ?? string.Empty;
            answer["case"] = WireJson.OptBool(answer, "case") ?? false;
            answer["trim"] = WireJson.OptBool(answer, "trim") ?? false;
        }

        var options = question["options"] switch
        {
            null => new JsonArray(),
            JsonArray array => array,
            _ => throw FakeApiException.BadBody("options", "options must be an array"),
        };
        foreach (var option in options)
        {
            if (option is not JsonObject optionObject)
            {
                throw FakeApiException.BadBody("options", "each option must be an object");
            }

            WireJson.ReqString(optionObject, "text");
            optionObject["weight"] = WireJson.OptInt(optionObject, "weight") ?? 0;
        }

        Reindex(options);
        return question;
    }

    private static void Reindex(JsonArray items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            items[i]!["index"] = i + 1;
        }
    }

    private static int ParseIndex(RequestContext ctx, string name, int count, string what)
    {
        var text = ctx.Route(name);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) || index < 1 || index > count)
        {
            throw FakeApiException.NotFound(what + " not found", "no " + what + " " + text);
        }

        return index - 1;
    }

    private JsonArray Questions(PollState poll) => (JsonArray)poll.Body["questions"]!;

    private JsonNode UpdateQuestion(RequestContext ctx)
    {
        var poll = RequirePoll(ctx);
        var questions = Questions(poll);
        var index = ParseIndex(ctx, "question_id", questions.Count, "question");
        var question = ValidateQuestion(ctx.Body());
        question["index"] = index + 1;
        questions[index] = question;
        return question.DeepClone();
    }

    private JsonNode? DeleteQuestion(RequestContext ctx)
    {
        var poll = RequirePoll(ctx);
        var questions = Questions(poll);
        questions.RemoveAt(ParseIndex(ctx, "question_id", questions.Count, "question"));
        Reindex(questions);
        return null;
    }

    /// <summary>The options of the route's question of the route's poll.</summary>
    private JsonArray QuestionOptions(RequestContext ctx)
    {
        var questions = Questions(RequirePoll(ctx));
        var question = (JsonObject)questions[ParseIndex(ctx, "question_id", questions.Count, "question")]!;
        return (JsonArray)question["options"]!;
    }

    private JsonNode UpdateOption(RequestContext ctx)
    {
        var options = QuestionOptions(ctx);
        var index = ParseIndex(ctx, "option_id", options.Count, "option");
        var option = (JsonObject)ctx.Body().DeepClone();
        WireJson.ReqString(option, "text");
        option["index"] = index + 1;
        options[index] = option;
        return option.DeepClone();
    }

    private JsonNode? DeleteOption(RequestContext ctx)
    {
        var options = QuestionOptions(ctx);
        options.RemoveAt(ParseIndex(ctx, "option_id", options.Count, "option"));
        Reindex(options);
        return null;
    }

    private JsonNode PollList(RequestContext ctx, System.Collections.Generic.List<JsonObject> items, string key, bool filterByQuestion)
    {
        var question = filterByQuestion ? ctx.Query.GetInt("question") : null;
        var includeSuperseded = ctx.Query.GetBool("all") ?? false;
        return Paging.List(
            items,
            Paging.LinearIndex(items, i => (string)i["id"]!),
            i => (string)i["id"]!,
            i => (question is null || (int?)i["question"] == question) && (includeSuperseded || i["superseded"] is null),
            ctx.Query.Get("start"),
            ctx.Query.GetLimit(10, 1, 100),
            Options.EmptyLastOnFinalPage,
            i =>
            {
                var copy = (JsonObject)i.DeepClone();
                copy.Remove("superseded");
                return copy;
            },
            key);
    }

    private static JsonNode FindPollItem(System.Collections.Generic.List<JsonObject> items, string id, string what)
    {
        var item = items.FirstOrDefault(i => (string?)i["id"] == id) ?? throw FakeApiException.NotFound(what + " not found", "no " + what + " with id " + id);
        var copy = (JsonObject)item.DeepClone();
        copy.Remove("superseded");
        return copy;
    }
}
