using System.Text.Json;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using HmsSdk.Rooms;

namespace HmsSdk.Tests.Rooms;

public class RoomsServiceTests
{
    // Every documented field, dates with 0/3/9 fractional digits, an unknown field and an unknown region.
    internal const string RoomJson = """
        {
          "id": "65f1c0ffee0000000000aaaa",
          "name": "standup-daily",
          "enabled": true,
          "description": "Daily standup",
          "customer_id": "cust-1",
          "customer": "cust-1",
          "app_id": "app-1",
          "recording_info": {
            "enabled": true,
            "upload_info": {
              "type": "r2",
              "location": "my-bucket",
              "prefix": "rec/",
              "options": { "region": "ap-south-1" },
              "credentials": { "key": "AKIAEXAMPLE", "secret": "s3cr3t-value" }
            },
            "polls": ["ignored-here"]
          },
          "recording_source_template": false,
          "enabled_source_template": true,
          "template_id": "tmpl-1",
          "template": "default_videoconf",
          "region": "ap-southeast",
          "large_room": true,
          "size": 5000,
          "max_duration_seconds": 3600,
          "polls": ["poll-1", "poll-2"],
          "webhook": { "url": "https://example.com/hook", "headers": { "X-Secret": "hook-secret" } },
          "key": "cust-1:standup-daily",
          "created_at": "2023-03-02T07:44:27.010516042Z",
          "updated_at": "2023-03-22T04:24:10Z",
          "brand_new_field": { "nested": 1 }
        }
        """;

    internal static string ListRoomJson(string id) => $$"""
        {"id":"{{id}}","name":"n-{{id}}","enabled":true,"customer_id":"c","template_id":"t","region":"in",
         "recording":{"enabled":false},"created_at":"2022-09-09T11:41:08.082Z","updated_at":"0001-01-01T00:00:00Z"}
        """;

    private static void AssertFullRoom(Room room)
    {
        room.Id.Should().Be("65f1c0ffee0000000000aaaa");
        room.Name.Should().Be("standup-daily");
        room.Enabled.Should().BeTrue();
        room.Description.Should().Be("Daily standup");
        room.CustomerId.Should().Be("cust-1");
        room.Customer.Should().Be("cust-1");
        room.AppId.Should().Be("app-1");
        room.RecordingInfo!.Enabled.Should().BeTrue();
        room.RecordingInfo.AdditionalProperties!.Should().ContainKey("polls");
        var upload = room.RecordingInfo.UploadInfo!;
        upload.Type.Should().Be(new RoomRecordingUploadType("r2"));
        upload.Type!.Value.ToString().Should().Be("r2");
        upload.Location.Should().Be("my-bucket");
        upload.Prefix.Should().Be("rec/");
        upload.Options!.Region.Should().Be("ap-south-1");
        upload.Credentials!.Key.Should().Be("AKIAEXAMPLE");
        upload.Credentials.Secret.Should().Be("s3cr3t-value");
        room.RecordingSourceTemplate.Should().BeFalse();
        room.EnabledSourceTemplate.Should().BeTrue();
        room.TemplateId.Should().Be("tmpl-1");
        room.Template.Should().Be("default_videoconf");
        room.Region!.Value.ToString().Should().Be("ap-southeast");
        room.Region.Should().NotBe(RoomRegion.India);
        room.LargeRoom.Should().BeTrue();
        room.Size.Should().Be(5000);
        room.MaxDurationSeconds.Should().Be(3600);
        room.Polls.Should().Equal("poll-1", "poll-2");
        room.Webhook!.Url.Should().Be("https://example.com/hook");
        room.Webhook.Headers.Should().Contain("X-Secret", "hook-secret");
        room.Key.Should().Be("cust-1:standup-daily");
        room.CreatedAt.Should().Be(new DateTimeOffset(2023, 3, 2, 7, 44, 27, TimeSpan.Zero).AddTicks(105160));
        room.UpdatedAt.Should().Be(new DateTimeOffset(2023, 3, 22, 4, 24, 10, TimeSpan.Zero));
        room.AdditionalProperties!.Should().ContainKey("brand_new_field");
        room.AdditionalProperties["brand_new_field"].GetProperty("nested").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task GetAsync_golden_get_by_id_and_full_deserialization()
    {
        using var wire = new WireApi().Respond("GET", "/v2/rooms/65f1c0ffee0000000000aaaa", RoomJson);

        var room = await wire.Client.Rooms.GetAsync("65f1c0ffee0000000000aaaa");

        var request = wire.SingleRequest();
        WireApi.ShouldMatch(request, "GET", "/v2/rooms/65f1c0ffee0000000000aaaa");
        request.Headers!["Authorization"].Single().Should().StartWith("Bearer ");
        AssertFullRoom(room);
    }

    [Fact]
    public async Task ListAsync_golden_sends_every_filter_and_limit()
    {
        using var wire = new WireApi().Respond("GET", "/v2/rooms", $$"""{"limit":50,"data":[{{RoomJson}}],"last":"65f1c0ffee0000000000aaaa","extra":true}""");

        var rooms = new List<Room>();
        await foreach (var room in wire.Client.Rooms.ListAsync(new RoomListOptions
        {
            Enabled = false,
            After = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Before = new DateTimeOffset(2024, 2, 1, 12, 30, 0, 250, TimeSpan.Zero),
            Name = "standup-daily",
            TemplateId = "tmpl-1",
            Limit = 50,
        }))
        {
            rooms.Add(room);
        }

        wire.ShouldHaveReceived("GET", "/v2/rooms", "enabled=false&after=2024-01-01T00%3A00%3A00.000Z&before=2024-02-01T12%3A30%3A00.250Z&name=standup-daily&template_id=tmpl-1&limit=50");
        rooms.Should().ContainSingle();
        AssertFullRoom(rooms[0]);
    }

    [Fact]
    public async Task ListAsync_sends_after_and_before_which_node_dropped()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"limit":10,"data":[],"last":""}""");
        using var client = TestClients.Create(handler);

        // Offsets are converted to UTC, millisecond precision, like the docs' YYYY-MM-DDTHH:mm:ss.sssZ.
        await foreach (var _ in client.Rooms.ListAsync(new RoomListOptions
        {
            After = new DateTimeOffset(2024, 5, 1, 5, 30, 0, TimeSpan.FromHours(5.5)),
            Before = new DateTimeOffset(2024, 5, 2, 0, 0, 0, 7, TimeSpan.Zero),
        }))
        {
        }

        handler.Requests.Should().ContainSingle();
        var query = handler.Requests[0].Uri.Query;
        Uri.UnescapeDataString(query).Should().Be("?after=2024-05-01T00:00:00.000Z&before=2024-05-02T00:00:00.007Z");
    }

    [Fact]
    public async Task ListAsync_pages_through_two_pages_with_last_as_start()
    {
        var firstPage = string.Join(",", Enumerable.Range(1, 10).Select(i => ListRoomJson("room-" + i)));
        var handler = new RecordingHandler()
            .Enqueue(200, $$"""{"limit":10,"data":[{{firstPage}}],"last":"room-10"}""")
            .Enqueue(200, $$"""{"limit":10,"data":[{{ListRoomJson("room-11")}},{{ListRoomJson("room-12")}}],"last":"room-12"}""");
        using var client = TestClients.Create(handler);

        var ids = new List<string>();
        await foreach (var room in client.Rooms.ListAsync(new RoomListOptions { Enabled = true }))
        {
            ids.Add(room.Id);
        }

        ids.Should().Equal(Enumerable.Range(1, 12).Select(i => "room-" + i));
        handler.Requests.Select(r => r.PathAndQuery).Should().Equal("/v2/rooms?enabled=true", "/v2/rooms?enabled=true&start=room-10");
    }

    [Fact]
    public async Task ListAsync_reads_the_list_samples_recording_key_as_RecordingInfo()
    {
        var handler = new RecordingHandler().Enqueue(200, $$"""{"limit":10,"data":[{{ListRoomJson("r1")}}],"last":""}""");
        using var client = TestClients.Create(handler);

        var rooms = new List<Room>();
        await foreach (var room in client.Rooms.ListAsync())
        {
            rooms.Add(room);
        }

        rooms.Should().ContainSingle();
        rooms[0].RecordingInfo.Should().NotBeNull();
        rooms[0].RecordingInfo!.Enabled.Should().BeFalse();
        (rooms[0].AdditionalProperties?.ContainsKey("recording") ?? false).Should().BeFalse();
        rooms[0].Region.Should().Be(RoomRegion.India);
        rooms[0].UpdatedAt.Should().Be(DateTimeOffset.MinValue);
        handler.Requests.Single().PathAndQuery.Should().Be("/v2/rooms");
    }

    [Fact]
    public void Recording_info_wins_over_recording_when_both_are_present()
    {
        var room = JsonSerializer.Deserialize(
            """{"id":"r","recording":{"enabled":false},"recording_info":{"enabled":true}}""",
            RoomsJsonContext.Default.Room)!;

        room.RecordingInfo!.Enabled.Should().BeTrue();
    }

    [Fact]
    public async Task GetByNameAsync_golden_single_request_returns_first_match()
    {
        using var wire = new WireApi().Respond("GET", "/v2/rooms", $$"""{"limit":10,"data":[{{RoomJson}}],"last":"x"}""");

        var room = await wire.Client.Rooms.GetByNameAsync("standup-daily");

        wire.ShouldHaveReceived("GET", "/v2/rooms", "name=standup-daily");
        AssertFullRoom(room);
    }

    [Theory]
    [InlineData("""{"limit":10,"data":[],"last":""}""")]
    [InlineData("""{"limit":10}""")]
    [InlineData("""{"data":null}""")]
    public async Task GetByNameAsync_miss_throws_typed_not_found_with_nodes_exact_text(string body)
    {
        var handler = new RecordingHandler().Enqueue(200, body, ("X-Request-Id", "req-123"));
        using var client = TestClients.Create(handler);

        var act = () => client.Rooms.GetByNameAsync("ghost room");

        var ex = (await act.Should().ThrowAsync<HmsNotFoundException>()).Which;
        ex.IsLookupMiss.Should().BeTrue();
        ex.ErrorMessage.Should().Be("No Room found with passed in name - ghost room");
        ex.StatusCode.Should().Be(404);
        ex.Operation.Should().Be("Rooms.GetByName");
        ex.RequestId.Should().Be("req-123");
        handler.Requests.Should().ContainSingle().Which.PathAndQuery.Should().Be("/v2/rooms?name=ghost%20room");
    }

    [Fact]
    public async Task CreateAsync_golden_sends_every_documented_field()
    {
        using var wire = new WireApi().Respond("POST", "/v2/rooms", RoomJson);

        var room = await wire.Client.Rooms.CreateAsync(new CreateRoomOptions
        {
            Name = "standup-daily",
            Description = "Daily standup",
            TemplateId = "tmpl-1",
            RecordingInfo = new RoomRecordingInfo
            {
                Enabled = true,
                UploadInfo = new RoomRecordingUploadInfo
                {
                    Type = RoomRecordingUploadType.S3,
                    Location = "my-bucket",
                    Prefix = "rec/",
                    Options = new RoomRecordingUploadOptions { Region = "ap-south-1" },
                    Credentials = new RoomRecordingUploadCredentials { Key = "AKIAEXAMPLE", Secret = "s3cr3t-value" },
                },
            },
            Region = RoomRegion.Europe,
            LargeRoom = true,
            Size = 5000,
            MaxDurationSeconds = 43200,
            Webhook = new RoomWebhook { Url = "https://example.com/hook", Headers = new Dictionary<string, string> { ["X-Secret"] = "hook-secret" } },
            Polls = new List<string> { "poll-1" },
        });

        wire.ShouldHaveReceived("POST", "/v2/rooms", jsonBody: """
            {
              "name": "standup-daily",
              "description": "Daily standup",
              "template_id": "tmpl-1",
              "recording_info": {
                "enabled": true,
                "upload_info": {
                  "type": "s3",
                  "location": "my-bucket",
                  "prefix": "rec/",
                  "options": { "region": "ap-south-1" },
                  "credentials": { "key": "AKIAEXAMPLE", "secret": "s3cr3t-value" }
                }
              },
              "region": "eu",
              "large_room": true,
              "size": 5000,
              "max_duration_seconds": 43200,
              "webhook": { "url": "https://example.com/hook", "headers": { "X-Secret": "hook-secret" } },
              "polls": ["poll-1"]
            }
            """);
        AssertFullRoom(room);
    }

    [Fact]
    public async Task CreateAsync_without_options_posts_an_empty_object()
    {
        using var wire = new WireApi().Respond("POST", "/v2/rooms", RoomJson);

        var room = await wire.Client.Rooms.CreateAsync();

        var request = wire.SingleRequest();
        request.Path.Should().Be("/v2/rooms");
        WireApi.BodyShouldBe(request, "{}");
        room.Id.Should().Be("65f1c0ffee0000000000aaaa");
    }

    [Fact]
    public async Task UpdateAsync_golden_posts_only_the_set_fields()
    {
        using var wire = new WireApi().Respond("POST", "/v2/rooms/65f1c0ffee0000000000aaaa", RoomJson);

        var room = await wire.Client.Rooms.UpdateAsync("65f1c0ffee0000000000aaaa", new UpdateRoomOptions
        {
            Name = "standup-daily",
            Description = "Daily standup",
            Region = new RoomRegion("auto"),
            MaxDurationSeconds = 120,
            LargeRoom = false,
            Size = 2500,
            Polls = new List<string> { "poll-1", "poll-2" },
            RecordingInfo = new RoomRecordingInfo { Enabled = false },
            Webhook = new RoomWebhook { Url = "https://example.com/hook" },
        });

        wire.ShouldHaveReceived("POST", "/v2/rooms/65f1c0ffee0000000000aaaa", jsonBody: """
            {"name":"standup-daily","description":"Daily standup","recording_info":{"enabled":false},"region":"auto",
             "large_room":false,"size":2500,"max_duration_seconds":120,"polls":["poll-1","poll-2"],
             "webhook":{"url":"https://example.com/hook"}}
            """);
        AssertFullRoom(room);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SetEnabledAsync_golden_posts_enabled_flag(bool enabled)
    {
        using var wire = new WireApi().Respond("POST", "/v2/rooms/65f1c0ffee0000000000aaaa", RoomJson);

        var room = await wire.Client.Rooms.SetEnabledAsync("65f1c0ffee0000000000aaaa", enabled);

        wire.ShouldHaveReceived("POST", "/v2/rooms/65f1c0ffee0000000000aaaa", jsonBody: enabled ? """{"enabled":true}""" : """{"enabled":false}""");
        AssertFullRoom(room);
    }

    [Fact]
    public async Task Hostile_room_ids_are_escaped_as_one_segment()
    {
        var handler = new RecordingHandler().AnswerEveryRequestWith(RoomJson);
        using var client = TestClients.Create(handler);

        await client.Rooms.GetAsync("a/b?c");
        await client.Rooms.UpdateAsync("a/b?c", new UpdateRoomOptions { Description = "d" });
        await client.Rooms.SetEnabledAsync("../x#y", true);

        handler.Requests.Select(r => r.PathAndQuery).Should().Equal(
            "/v2/rooms/a%2Fb%3Fc",
            "/v2/rooms/a%2Fb%3Fc",
            "/v2/rooms/..%2Fx%23y");
    }

    [Fact]
    public async Task Hostile_name_is_escaped_in_the_query()
    {
        var handler = new RecordingHandler().Enqueue(200, $$"""{"data":[{{RoomJson}}]}""");
        using var client = TestClients.Create(handler);

        await client.Rooms.GetByNameAsync("a&b=c");

        handler.Requests.Single().PathAndQuery.Should().Be("/v2/rooms?name=a%26b%3Dc");
    }

    [Fact]
    public async Task Api_404_on_retrieve_is_not_a_lookup_miss()
    {
        var ex = await TestClients.FailedCallAsync<HmsNotFoundException>(404, """{"code":404,"message":"room not found"}""", c => c.Rooms.GetAsync("nope"));

        ex.IsLookupMiss.Should().BeFalse();
        ex.ErrorMessage.Should().Be("room not found");
    }

    [Theory]
    [MemberData(nameof(BadIds.WithExceptionType), MemberType = typeof(BadIds))]
    public async Task Bad_room_ids_throw_before_any_request(string? roomId, Type exceptionType)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        (await Catch.Async(() => client.Rooms.GetAsync(roomId!))).ShouldBeArgumentError(exceptionType, "roomId");
        (await Catch.Async(() => client.Rooms.UpdateAsync(roomId!, new UpdateRoomOptions()))).ShouldBeArgumentError(exceptionType, "roomId");
        (await Catch.Async(() => client.Rooms.SetEnabledAsync(roomId!, false))).ShouldBeArgumentError(exceptionType, "roomId");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, typeof(ArgumentNullException))]
    [InlineData("", typeof(ArgumentException))]
    [InlineData(" \t", typeof(ArgumentException))]
    public async Task Bad_names_throw_before_any_request(string? name, Type exceptionType)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        (await Catch.Async(() => client.Rooms.GetByNameAsync(name!))).ShouldBeArgumentError(exceptionType, "name");
        if (name is not null)
        {
            (await Catch.Async(() => client.Rooms.CreateAsync(new CreateRoomOptions { Name = name }))).Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("options");
            (await Catch.Async(() => client.Rooms.UpdateAsync("r1", new UpdateRoomOptions { Name = name }))).Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("options");
            Catch.Sync(() => client.Rooms.ListAsync(new RoomListOptions { Name = name })).Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("options");
        }

        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateAsync_with_null_options_throws_before_any_request()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        (await Catch.Async(() => client.Rooms.UpdateAsync("r1", null!))).Should().BeOfType<ArgumentNullException>().Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(119)]
    [InlineData(43201)]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Out_of_range_max_duration_seconds_throws_before_any_request(int seconds)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var create = await Catch.Async(() => client.Rooms.CreateAsync(new CreateRoomOptions { MaxDurationSeconds = seconds }));
        var update = await Catch.Async(() => client.Rooms.UpdateAsync("r1", new UpdateRoomOptions { MaxDurationSeconds = seconds }));

        create.Should().BeOfType<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options");
        ((ArgumentOutOfRangeException)create!).ActualValue.Should().Be(seconds);
        create!.Message.Should().Contain("MaxDurationSeconds");
        update.Should().BeOfType<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Max_duration_seconds_boundaries_are_accepted()
    {
        var handler = new RecordingHandler().AnswerEveryRequestWith(RoomJson);
        using var client = TestClients.Create(handler);

        await client.Rooms.CreateAsync(new CreateRoomOptions { MaxDurationSeconds = 120 });
        await client.Rooms.CreateAsync(new CreateRoomOptions { MaxDurationSeconds = 43200 });

        handler.Requests.Select(r => r.Body).Should().Equal("""{"max_duration_seconds":120}""", """{"max_duration_seconds":43200}""");
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(2501, null)]
    [InlineData(2501, false)]
    [InlineData(20001, true)]
    public async Task Out_of_range_size_throws_before_any_request(int size, bool? largeRoom)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var ex = await Catch.Async(() => client.Rooms.CreateAsync(new CreateRoomOptions { Size = size, LargeRoom = largeRoom }));

        ex.Should().BeOfType<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Incomplete_upload_info_and_webhook_throw_before_any_request()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var noType = new CreateRoomOptions { RecordingInfo = new RoomRecordingInfo { UploadInfo = new RoomRecordingUploadInfo { Location = "b" } } };
        var noLocation = new CreateRoomOptions { RecordingInfo = new RoomRecordingInfo { UploadInfo = new RoomRecordingUploadInfo { Type = RoomRecordingUploadType.GoogleCloudStorage } } };
        var noUrl = new UpdateRoomOptions { Webhook = new RoomWebhook() };
        var blankPoll = new UpdateRoomOptions { Polls = new List<string> { "p1", " " } };

        (await Catch.Async(() => client.Rooms.CreateAsync(noType))).Should().BeOfType<ArgumentException>().Which.Message.Should().Contain("Type");
        (await Catch.Async(() => client.Rooms.CreateAsync(noLocation))).Should().BeOfType<ArgumentException>().Which.Message.Should().Contain("Location");
        (await Catch.Async(() => client.Rooms.UpdateAsync("r1", noUrl))).Should().BeOfType<ArgumentException>().Which.Message.Should().Contain("Webhook.Url");
        (await Catch.Async(() => client.Rooms.UpdateAsync("r1", blankPoll))).Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(9)]
    [InlineData(101)]
    [InlineData(0)]
    public void Out_of_range_list_limit_throws_before_any_request(int limit)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        Catch.Sync(() => client.Rooms.ListAsync(new RoomListOptions { Limit = limit }))
            .Should().BeOfType<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Inverted_date_window_throws_before_any_request()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        Catch.Sync(() => client.Rooms.ListAsync(new RoomListOptions { After = DateTimeOffset.UnixEpoch.AddDays(2), Before = DateTimeOffset.UnixEpoch }))
            .Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("options");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Options_are_not_mutated_by_the_service()
    {
        var handler = new RecordingHandler().AnswerEveryRequestWith(RoomJson);
        using var client = TestClients.Create(handler);
        var options = new CreateRoomOptions { Name = "n", Polls = new List<string> { "p" } };

        await client.Rooms.CreateAsync(options);

        options.Name.Should().Be("n");
        options.Polls.Should().Equal("p");
        options.AdditionalProperties.Should().BeNull();
        options.Region.Should().BeNull();
    }

    [Fact]
    public void Upload_secret_and_webhook_header_values_never_appear_in_ToString()
    {
        var room = JsonSerializer.Deserialize(RoomJson, RoomsJsonContext.Default.Room)!;
        var upload = room.RecordingInfo!.UploadInfo!;

        upload.Credentials!.ToString().Should().NotContain("s3cr3t-value").And.Contain("[redacted]").And.Contain("AKIAEXAMPLE");
        upload.ToString().Should().NotContain("s3cr3t-value").And.Contain("my-bucket");
        room.Webhook!.ToString().Should().NotContain("hook-secret").And.Contain("X-Secret");
        room.ToString().Should().NotContain("s3cr3t-value").And.Contain("standup-daily");
    }

    [Fact]
    public void Extensible_enums_compare_case_insensitively_and_keep_unknown_values()
    {
        RoomRegion region = "EU";
        region.Should().Be(RoomRegion.Europe);
        (region == RoomRegion.Europe).Should().BeTrue();
        region.ToString().Should().Be("EU");
        region.GetHashCode().Should().Be(RoomRegion.Europe.GetHashCode());
        RoomRecordingUploadType type = "Azure";
        (type == RoomRecordingUploadType.Azure).Should().BeTrue();
        (type != RoomRecordingUploadType.AlibabaOss).Should().BeTrue();
        default(RoomRegion).ToString().Should().BeEmpty();
        JsonSerializer.Serialize(new RoomRegion("mars"), RoomsJsonContext.Default.RoomRegion).Should().Be("\"mars\"");
    }
}
