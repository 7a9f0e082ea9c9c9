using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace HmsSdk.Tests.Testing;

public sealed class FakeTemplatesAndPollsTests
{
    [Fact]
    public async Task Templates_are_camelCase_upsert_by_name_and_manage_roles_settings_destinations_and_recordings()
    {
        using var ctx = new FakeApiTestContext();
        var created = await ctx.PostJsonAsync("templates", "{\"name\":\"webinar\",\"roles\":{\"speaker\":{\"priority\":1,\"permissions\":{\"endRoom\":true}}},\"settings\":{\"region\":\"us\"}}");
        var id = (string)created["id"]!;
        created.AsObject().Should().ContainKeys("customerId", "createdAt", "updatedAt", "roles", "settings", "destinations");
        ((string)created["roles"]!["speaker"]!["name"]!).Should().Be("speaker");
        var again = await ctx.PostJsonAsync("templates", "{\"name\":\"webinar\",\"settings\":{\"region\":\"eu\"}}");
        ((string)again["id"]!).Should().Be(id);
        ((string)again["settings"]!["region"]!).Should().Be("eu");

        var role = await ctx.PostJsonAsync($"templates/{id}/roles/viewer", "{\"priority\":3,\"maxPeerCount\":0}");
        ((string)role["name"]!).Should().Be("viewer");
        ((int)(await ctx.GetJsonAsync($"templates/{id}/roles/viewer"))["priority"]!).Should().Be(3);
        using (var deleted = await ctx.SendAsync(HttpMethod.Delete, $"templates/{id}/roles/viewer"))
        {
            deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        (await ctx.ErrorAsync(HttpMethod.Delete, $"templates/{id}/roles/viewer")).Status.Should().Be(404);
        (await ctx.ErrorAsync(HttpMethod.Post, $"templates/{id}/roles/bad", "{\"priority\":9}")).Status.Should().Be(400);

        await ctx.PostJsonAsync($"templates/{id}/destinations", "{\"hlsDestinations\":{\"main\":{\"name\":\"main\",\"numPlaylistSegments\":5}}}");
        ((int)(await ctx.GetJsonAsync($"templates/{id}/destinations"))["hlsDestinations"]!["main"]!["numPlaylistSegments"]!).Should().Be(5);
        ((string)(await ctx.PostJsonAsync($"templates/{id}/settings", "{\"region\":\"in\"}"))["region"]!).Should().Be("in");

        var recordings = await ctx.JsonAsync(HttpMethod.Post, $"templates/{id}/recordings", "[{\"name\":\"rec\",\"role\":\"speaker\",\"maxDuration\":3600}]");
        recordings.AsArray().Should().ContainSingle();
        (await ctx.GetJsonAsync($"templates/{id}/recordings")).AsArray()[0]!["name"]!.GetValue<string>().Should().Be("rec");
        (await ctx.ErrorAsync(HttpMethod.Post, $"templates/{id}/recordings", "{\"name\":\"rec\"}")).Status.Should().Be(400);
        (await ctx.ErrorAsync(HttpMethod.Post, $"templates/{id}/recordings", "[{\"name\":\"a\",\"role\":\"speaker\"},{\"name\":\"b\",\"role\":\"speaker\"}]")).Status.Should().Be(400);

        var list = await ctx.GetJsonAsync("templates");
        list["data"]!.AsArray().Select(t => (string)t!["id"]!).Should().Equal(ctx.Fake.DefaultTemplateId, id);

        var room = await ctx.PostJsonAsync("rooms", $"{{\"name\":\"on-webinar\",\"template_id\":\"{id}\"}}");
        ((string)room["template"]!).Should().Be("webinar");
        var codes = await ctx.PostJsonAsync($"room-codes/room/{(string)room["id"]!}");
        codes["data"]!.AsArray().Select(c => (string)c!["role"]!).Should().Equal("speaker");
    }

    [Fact]
    public async Task Polls_reindex_questions_and_options_on_delete_and_report_seeded_responses()
    {
        using var ctx = new FakeApiTestContext();
        var poll = await ctx.PostJsonAsync("polls", """
            {"title":"Lunch?","questions":[
              {"text":"Where?","type":"single-choice","options":[{"text":"Cafe"},{"text":"Park"},{"text":"Desk"}]},
              {"text":"When?","type":"short-answer"},
              {"text":"Who?","type":"short-answer"}]}
            """);
        var id = (string)poll["id"]!;
        ((string)poll["mode"]!).Should().Be("userid");
        poll["questions"]!.AsArray().Select(q => (int)q!["index"]!).Should().Equal(1, 2, 3);

        using (var deleted = await ctx.SendAsync(HttpMethod.Delete, $"polls/{id}/questions/2"))
        {
            deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        using (await ctx.SendAsync(HttpMethod.Delete, $"polls/{id}/questions/1/options/1"))
        {
        }

        var after = await ctx.GetJsonAsync($"polls/{id}");
        after["questions"]!.AsArray().Select(q => ((int)q!["index"]!, (string)q["text"]!)).Should().Equal((1, "Where?"), (2, "Who?"));
        after["questions"]![0]!["options"]!.AsArray().Select(o => ((int)o!["index"]!, (string)o["text"]!)).Should().Equal((1, "Park"), (2, "Desk"));

        var question = await ctx.PostJsonAsync($"polls/{id}/questions/2", "{\"text\":\"Who is in?\",\"type\":\"short-answer\"}");
        ((int)question["index"]!).Should().Be(2);
        var option = await ctx.PostJsonAsync($"polls/{id}/questions/1/options/2", "{\"text\":\"Kitchen\"}");
        ((int)option["index"]!).Should().Be(2);
        (await ctx.ErrorAsync(HttpMethod.Post, $"polls/{id}/questions/9", "{\"text\":\"x\",\"type\":\"short-answer\"}")).Status.Should().Be(404);
        (await ctx.ErrorAsync(HttpMethod.Post, "polls", "{\"questions\":[]}")).Status.Should().Be(400);

        var responseId = ctx.Fake.Polls.AddResponse(id, "session-1", question: 1, options: new[] { 2 }, score: 1);
        ctx.Fake.Polls.AddResponse(id, "session-1", question: 2, text: "me");
        var responses = await ctx.GetJsonAsync($"polls/{id}/responses?question=1");
        responses["responses"]!.AsArray().Should().ContainSingle().Which!["id"]!.GetValue<string>().Should().Be(responseId);
        ((string)(await ctx.GetJsonAsync($"polls/{id}/responses/{responseId}"))["poll_id"]!).Should().Be(id);
        var sessions = await ctx.GetJsonAsync($"polls/{id}/sessions");
        ((int)sessions["responses"]![0]!["total_responses"]!).Should().Be(2);
        var results = await ctx.GetJsonAsync($"polls/{id}/results");
        results["results"]!.AsArray().Should().HaveCount(2);
        results.AsObject().Should().ContainKeys("last", "limit");
    }

    [Fact]
    public void Inspect_returns_the_wire_json_without_touching_the_request_log()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("inspect-me");
        var json = ctx.Fake.Inspect($"/v2/rooms/{room.Id}")!;
        ((string)json["name"]!).Should().Be("inspect-me");
        ctx.Fake.Inspect("rooms?name=inspect-me")!["data"]!.AsArray().Should().ContainSingle();
        ctx.Fake.Requests.Should().BeEmpty();
        FluentActions.Invoking(() => ctx.Fake.Inspect("rooms/ffffffffffffffffffffffff")).Should().Throw<InvalidOperationException>().WithMessage("404*");
    }

    [Fact]
    public async Task CreateHttpClient_authenticates_automatically_against_the_shared_state()
    {
        using var ctx = new FakeApiTestContext();
        using var http = ctx.Fake.CreateHttpClient();
        var created = JsonNode.Parse(await (await http.PostAsync("rooms", new StringContent("{\"name\":\"auto\"}"))).Content.ReadAsStringAsync())!;
        ((string)created["name"]!).Should().Be("auto");
        ctx.Fake.Rooms.FindByName("auto").Should().NotBeNull();
    }
}
