using System.Collections.Concurrent;
using System.Text.Json;
using FluentAssertions;
using HmsSdk.Paging;
using HmsSdk.Rooms;
using HmsSdk.Serialization;
using HmsSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace HmsSdk.Tests.Conformance;

/// <summary>
/// Drift tolerance (docs/conformance.md, "Drift tolerance"): a field of an unexpected JSON kind costs that field, never
/// the call or the page; its raw value lands in the owning model's AdditionalProperties and one warning is logged per
/// (type, property). Wrong roots and root ids still fail.
/// </summary>
public sealed class DriftToleranceTests
{
    private const string RoomJson = """
        {"id":"room-1","name":"demo","enabled":true,"size":10,"polls":["p1","p2"],
         "recording_info":{"enabled":true},"webhook":{"url":"https://h.example/hook","headers":{"a":"x"}},
         "created_at":"2024-01-02T03:04:05Z"}
        """;

    [Fact]
    public async Task A_nested_optional_field_of_the_wrong_kind_gets_its_default_and_keeps_its_raw_value()
    {
        var (client, _, logs) = ClientAnswering(Mutate(RoomJson, ("size", "\"ten\""), ("recording_info", "[1,2]")));

        var room = await client.Rooms.GetAsync("room-1");

        room.Id.Should().Be("room-1");
        room.Name.Should().Be("demo");
        room.Size.Should().BeNull();
        room.RecordingInfo.Should().BeNull();
        room.AdditionalProperties!["size"].GetString().Should().Be("ten");
        room.AdditionalProperties["recording_info"].GetRawText().Should().Be("[1,2]");
        logs.Warnings.Should().HaveCount(2).And.OnlyContain(w => w.Contains("Room.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_value_inside_a_nested_model_is_kept_by_that_model()
    {
        var (client, _, _) = ClientAnswering(RoomJson.Replace("\"url\":\"https://h.example/hook\"", "\"url\":{\"href\":\"x\"}", StringComparison.Ordinal));

        var room = await client.Rooms.GetAsync("room-1");

        room.Webhook!.Url.Should().BeNull();
        room.Webhook.Headers!["a"].Should().Be("x");
        room.Webhook.AdditionalProperties!["url"].GetRawText().Should().Be("{\"href\":\"x\"}");
        room.AdditionalProperties.Should().BeNull("the nearest owner keeps the value, not the root");
    }

    [Fact]
    public async Task A_bad_array_element_is_dropped_from_the_typed_list_and_the_array_as_received_is_kept()
    {
        var (client, _, _) = ClientAnswering(Mutate(RoomJson, ("polls", "[\"p1\",{\"x\":1},\"p2\",null]")));

        var room = await client.Rooms.GetAsync("room-1");

        room.Polls.Should().Equal("p1", "p2", null);
        room.AdditionalProperties!["polls"].GetRawText().Should().Be("[\"p1\",{\"x\":1},\"p2\",null]");
    }

    [Fact]
    public async Task A_bad_dictionary_entry_is_dropped_and_the_object_as_received_is_kept()
    {
        var (client, _, _) = ClientAnswering(RoomJson.Replace("{\"a\":\"x\"}", "{\"a\":\"x\",\"b\":[7],\"c\":\"y\"}", StringComparison.Ordinal));

        var room = await client.Rooms.GetAsync("room-1");

        room.Webhook!.Headers.Should().BeEquivalentTo(new Dictionary<string, string> { ["a"] = "x", ["c"] = "y" });
        room.Webhook.AdditionalProperties!["headers"].GetRawText().Should().Be("{\"a\":\"x\",\"b\":[7],\"c\":\"y\"}");
    }

    [Fact]
    public async Task An_unparsable_timestamp_is_drift_too()
    {
        var (client, _, _) = ClientAnswering(Mutate(RoomJson, ("created_at", "\"yesterday\"")));

        var room = await client.Rooms.GetAsync("room-1");

        room.CreatedAt.Should().Be(default);
        room.AdditionalProperties!["created_at"].GetString().Should().Be("yesterday");
    }

    [Theory]
    [InlineData("[]", "a wrong root kind")]
    [InlineData("\"room\"", "a wrong root kind")]
    [InlineData("{\"id\":{\"v\":1},\"name\":\"demo\"}", "the root id is an identity field")]
    [InlineData("{\"id\":42,\"name\":\"demo\"}", "the root id is an identity field")]
    [InlineData("{\"id\":\"room-1\",\"name\":", "invalid JSON is not drift")]
    public async Task Required_fields_and_broken_bodies_still_fail_the_call(string body, string because)
    {
        var (client, _, logs) = ClientAnswering(body);

        var act = () => client.Rooms.GetAsync("room-1");

        var thrown = await act.Should().ThrowAsync<HmsSerializationException>(because);
        thrown.Which.InnerException.Should().BeAssignableTo<JsonException>();
        logs.Warnings.Should().BeEmpty();
    }

    [Fact]
    public async Task One_bad_item_does_not_cost_the_page()
    {
        var items = new[]
        {
            """{"id":"r1","name":"one","size":"big"}""",
            """{"id":{"oops":true},"name":"two"}""",
            "\"not a room\"",
            """{"id":"r4","name":"four","enabled":"yes"}""",
            """{"id":"r5","name":"five"}""",
        };
        var page = "{\"limit\":10,\"data\":[" + string.Join(",", items) + "],\"last\":null}";
        var (client, _, logs) = ClientAnswering(page);

        var rooms = await client.Rooms.ListAsync().ToListAsync();

        rooms.Select(r => r.Id).Should().Equal("r1", "r4", "r5");
        rooms[0].Size.Should().BeNull();
        rooms[0].AdditionalProperties!["size"].GetString().Should().Be("big");
        rooms[1].Enabled.Should().BeFalse();
        rooms[1].AdditionalProperties!["enabled"].GetString().Should().Be("yes");
        logs.Warnings.Should().HaveCount(3, "Room.size, Room.enabled and the envelope's data each warn once");
        logs.Warnings.Should().Contain(w => w.Contains("data", StringComparison.Ordinal) && w.Contains("$.data[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_envelope_keeps_the_items_it_dropped()
    {
        var page = """{"limit":10,"data":[{"id":"r1"},{"id":7},{"id":"r3"}],"last":null}""";
        var response = new HmsResponse(200, System.Text.Encoding.UTF8.GetBytes(page));
        var request = Http.HmsRequest.Get("Rooms.List", Http.RequestPath.Literal("rooms"));

        var envelope = Http.HmsPipeline.Deserialize(response, RoomsJsonContext.Default.HmsListResponseRoom, request);

        envelope.Data!.Select(r => r.Id).Should().Equal("r1", "r3");
        envelope.AdditionalProperties!["data"].GetArrayLength().Should().Be(3);
        envelope.AdditionalProperties["data"][1].GetProperty("id").GetInt32().Should().Be(7);
    }

    [Fact]
    public async Task The_warning_is_logged_once_per_type_and_property_and_never_carries_the_value()
    {
        const string secret = "sk_live_not_for_logs";
        var body = Mutate(RoomJson, ("size", $"\"{secret}\""));
        var (client, handler, logs) = ClientAnswering(body);
        handler.Default = (_, _) => Task.FromResult(RecordingHandler.Json(200, body));

        for (var i = 0; i < 5; i++)
        {
            (await client.Rooms.GetAsync("room-1")).AdditionalProperties!["size"].GetString().Should().Be(secret);
        }

        logs.Warnings.Should().ContainSingle()
            .Which.Should().Contain("Room.size").And.Contain("$.size").And.Contain("String").And.NotContain(secret);
    }

    [Fact]
    public async Task Each_client_warns_for_itself()
    {
        var body = Mutate(RoomJson, ("size", "\"x\""));
        var (first, _, firstLogs) = ClientAnswering(body);
        var (second, _, secondLogs) = ClientAnswering(body);

        await first.Rooms.GetAsync("room-1");
        await second.Rooms.GetAsync("room-1");

        firstLogs.Warnings.Should().ContainSingle();
        secondLogs.Warnings.Should().ContainSingle();
    }

    [Fact]
    public async Task A_whole_page_of_drifted_items_is_still_read()
    {
        var items = Enumerable.Range(0, 100).Select(i => $"{{\"id\":\"r{i}\",\"size\":\"s{i}\",\"enabled\":{{}}}}");
        var (client, _, logs) = ClientAnswering("{\"limit\":100,\"data\":[" + string.Join(",", items) + "],\"last\":null}");

        var rooms = await client.Rooms.ListAsync().ToListAsync();

        rooms.Should().HaveCount(100);
        rooms[99].AdditionalProperties!["size"].GetString().Should().Be("s99");
        logs.Warnings.Should().HaveCount(2);
    }

    [Fact]
    public void More_repairs_than_the_bound_fail_instead_of_looping()
    {
        var page = """{"data":[{"id":"r1","size":"a"},{"id":"r2","size":"b"},{"id":"r3","size":"c"}]}"""u8.ToArray();
        var strict = Record.Exception(() => JsonSerializer.Deserialize(page, RoomsJsonContext.Default.HmsListResponseRoom));

        DriftTolerantReader.TryRead(page, RoomsJsonContext.Default.HmsListResponseRoom, (JsonException)strict, out _, out _, maxRepairs: 2).Should().BeFalse();
        DriftTolerantReader.TryRead(page, RoomsJsonContext.Default.HmsListResponseRoom, (JsonException)strict, out var envelope, out var repairs, maxRepairs: 3).Should().BeTrue();
        envelope!.Data.Should().HaveCount(3);
        repairs.Select(r => r.Path).Should().Equal("$.data[0].size", "$.data[1].size", "$.data[2].size");
    }

    [Theory]
    [InlineData("$", "")]
    [InlineData("$.data[3].size", ".data[3].size")]
    [InlineData("$['odd.name'][0].x", ".odd.name[0].x")]
    [InlineData("$.a[1][2]", ".a[1][2]")]
    public void Exception_paths_parse_into_segments(string path, string expected)
    {
        string.Concat(DriftTolerantReader.ParsePath(path)!.Select(s => s.ToString())).Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("data")]
    [InlineData("$.a[x]")]
    [InlineData("$['unterminated")]
    public void Unparsable_paths_are_refused(string? path)
    {
        DriftTolerantReader.ParsePath(path).Should().BeNull();
    }

    internal static string Mutate(string json, params (string Key, string RawValue)[] replacements)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        foreach (var (key, raw) in replacements)
        {
            node[key] = System.Text.Json.Nodes.JsonNode.Parse(raw);
        }

        return node.ToJsonString();
    }

    internal static (HmsClient Client, RecordingHandler Handler, ListLoggerFactory Logs) ClientAnswering(string body)
    {
        var handler = new RecordingHandler { Default = (_, _) => Task.FromResult(RecordingHandler.Json(200, body)) };
        var logs = new ListLoggerFactory();
        var client = TestClients.Create(handler, configure: o => o.LoggerFactory = logs);
        return (client, handler, logs);
    }

    /// <summary>Collects formatted warnings from every logger it creates.</summary>
    internal sealed class ListLoggerFactory : ILoggerFactory
    {
        private readonly ConcurrentQueue<string> _warnings = new();

        public IReadOnlyList<string> Warnings => _warnings.ToArray();

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName) => new ListLogger(_warnings);

        public void Dispose()
        {
        }

        private sealed class ListLogger(ConcurrentQueue<string> warnings) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel == LogLevel.Warning && eventId.Id is 20 or 21)
                {
                    warnings.Enqueue(formatter(state, exception));
                }
            }
        }
    }
}
