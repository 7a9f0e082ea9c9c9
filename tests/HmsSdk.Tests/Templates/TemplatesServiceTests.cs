using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using HmsSdk.Templates;

namespace HmsSdk.Tests.Templates;

public sealed class TemplatesServiceTests : IDisposable
{
    private const string TemplateId = "6324661c4da877930beaecaa";
    private readonly WireApi _api = new();

    public void Dispose() => _api.Dispose();

    private static CreateTemplateOptions FullCreateOptions() => new()
    {
        Name = "webinar:main v1.0_x-y",
        Roles = new Dictionary<string, TemplateRole>
        {
            ["host"] = new()
            {
                Name = "host",
                PublishParams = new RolePublishParams
                {
                    Allowed = new List<AllowedTrackType> { AllowedTrackType.Audio, AllowedTrackType.Video, "simulcast" },
                    Audio = new RoleAudioParams { BitRate = 32, Codec = AudioCodec.Opus },
                    Video = new RoleVideoParams { BitRate = 300, Codec = VideoCodec.Vp8, FrameRate = 30, Width = 480, Height = 360 },
                    Simulcast = new RoleSimulcastParams
                    {
                        Video = new SimulcastLayers
                        {
                            Layers = new List<SimulcastLayer>
                            {
                                new() { Rid = SimulcastLayerRid.Full, ScaleResolutionDownBy = 1, MaxBitrate = 700, MaxFramerate = 25 },
                                new() { Rid = SimulcastLayerRid.Quarter, ScaleResolutionDownBy = 4, MaxBitrate = 100, MaxFramerate = 15 },
                            },
                        },
                    },
                },
                SubscribeParams = new RoleSubscribeParams
                {
                    SubscribeToRoles = new List<string> { "host", "guest" },
                    MaxSubsBitRate = 3200,
                    SubscribeDegradation = new SubscribeDegradation { PacketLossThreshold = 25, DegradeGracePeriodSeconds = 1, RecoverGracePeriodSeconds = 4 },
                },
                Permissions = new RolePermissions { EndRoom = true, PollRead = true, PollWrite = true, HlsStreaming = false },
                Priority = 1,
                MaxPeerCount = 0,
            },
            ["guest"] = new(),
        },
        Settings = new TemplateSettings
        {
            Region = RoomRegion.India,
            Recording = new TemplateRecordingSettings
            {
                Enabled = false,
                Upload = new TemplateRecordingUpload
                {
                    Type = RoomRecordingUploadType.S3,
                    Location = "bucket",
                    Prefix = "rec/",
                    Options = new TemplateRecordingUploadOptions { Region = "ap-south-1" },
                    Credentials = new TemplateRecordingCredentials { Key = "AKIAKEY", SecretKey = "client-secret-key" },
                },
            },
            RoomState = new TemplateRoomState { MessageInterval = 5, SendPeerList = false, StopRoomStateOnJoin = true, Enabled = true },
        },
        Destinations = new TemplateDestinations
        {
            HlsDestinations = new Dictionary<string, TemplateHlsDestination>
            {
                ["hls"] = new()
                {
                    Name = "hls",
                    PlaylistType = HlsPlaylistType.Live,
                    NumPlaylistSegments = 5,
                    Layers = new List<TemplateHlsLayer> { new() { Width = 1280, Height = 720, VideoBitrate = 1100, AudioBitrate = 32 } },
                    Recording = new TemplateHlsRecording { HlsVod = true, Thumbnails = new TemplateThumbnails { Enabled = true, Offsets = new List<int> { 2 } } },
                },
            },
            Transcriptions = new Dictionary<string, TemplateTranscriptionDestination>
            {
                ["tx"] = new()
                {
                    Name = "tx",
                    Role = "host",
                    Modes = new List<TemplateTranscriptionMode> { TemplateTranscriptionMode.Recorded },
                    OutputModes = new List<TranscriptionOutputMode> { TranscriptionOutputMode.Txt, "json" },
                    Summary = new TemplateTranscriptionSummary
                    {
                        Enabled = true,
                        Temperature = 0.5,
                        Sections = new List<TemplateTranscriptionSummarySection> { new() { Title = "Agenda", Format = SummarySectionFormat.Bullets } },
                    },
                },
            },
        },
        Plugins = new TemplatePlugins
        {
            Whiteboard = new TemplateWhiteboardPlugin { Permissions = new TemplatePluginPermissions { Admin = new List<string> { "host" } } },
        },
    };

    private const string FullCreateBody = """
        {
          "name": "webinar:main v1.0_x-y",
          "roles": {
            "host": {
              "name": "host",
              "publishParams": {
                "allowed": ["audio", "video", "simulcast"],
                "audio": { "bitRate": 32, "codec": "opus" },
                "video": { "bitRate": 300, "codec": "vp8", "frameRate": 30, "height": 360, "width": 480 },
                "simulcast": { "video": { "layers": [
                  { "maxBitrate": 700, "maxFramerate": 25, "scaleResolutionDownBy": 1, "rid": "f" },
                  { "maxBitrate": 100, "maxFramerate": 15, "scaleResolutionDownBy": 4, "rid": "q" }
                ] } }
              },
              "subscribeParams": {
                "subscribeToRoles": ["host", "guest"],
                "maxSubsBitRate": 3200,
                "subscribeDegradation": { "packetLossThreshold": 25, "degradeGracePeriodSeconds": 1, "recoverGracePeriodSeconds": 4 }
              },
              "permissions": { "endRoom": true, "pollRead": true, "pollWrite": true, "hlsStreaming": false },
              "priority": 1,
              "maxPeerCount": 0
            },
            "guest": {}
          },
          "settings": {
            "region": "in",
            "recording": {
              "enabled": false,
              "upload": {
                "type": "s3", "location": "bucket", "prefix": "rec/",
                "options": { "region": "ap-south-1" },
                "credentials": { "key": "AKIAKEY", "secretKey": "client-secret-key" }
              }
            },
            "roomState": { "messageInterval": 5, "sendPeerList": false, "enabled": true, "stopRoomStateOnJoin": true }
          },
          "destinations": {
            "hlsDestinations": {
              "hls": {
                "name": "hls",
                "layers": [ { "width": 1280, "height": 720, "videoBitrate": 1100, "audioBitrate": 32 } ],
                "playlistType": "live",
                "numPlaylistSegments": 5,
                "recording": { "hlsVod": true, "thumbnails": { "enabled": true, "offsets": [2] } }
              }
            },
            "transcriptions": {
              "tx": {
                "name": "tx", "role": "host", "modes": ["recorded"], "outputModes": ["txt", "json"],
                "summary": { "enabled": true, "temperature": 0.5, "sections": [ { "title": "Agenda", "format": "bullets" } ] }
              }
            }
          },
          "plugins": { "whiteboard": { "permissions": { "admin": ["host"] } } }
        }
        """;

    private static IEnumerable<string> PropertyNames(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj)
                {
                    yield return property.Key;
                    foreach (var nested in PropertyNames(property.Value))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var nested in PropertyNames(item))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }

    private void ShouldHaveSentNothing() => _api.Server.LogEntries.Should().BeEmpty();

    // ---- Create ----

    [Fact]
    public async Task Create_posts_camelCase_body_and_reads_the_full_template()
    {
        _api.Respond("POST", "/v2/templates", 200, TemplateFixtures.Template);

        var template = await _api.Client.Templates.CreateAsync(FullCreateOptions());

        var entry = _api.SingleEntry();
        WireApi.ShouldMatch(entry, "POST", "/v2/templates", "", FullCreateBody);
        PropertyNames(JsonNode.Parse(entry.RequestMessage!.Body!)).Should().NotContain(name => name.Contains('_'), "template bodies are camelCase");
        WireApi.Header(entry, "Authorization").Should().StartWith("Bearer ey");

        template.Id.Should().Be(TemplateId);
        template.Name.Should().Be("webinar:main");
        template.CustomerId.Should().Be("627cda54ff688c037a39291b");
        template.Customer.Should().Be("627cda54ff688c037a39291b");
        template.IsDefault.Should().BeFalse();
        template.AppId.Should().Be("app-42");
        template.CreatedAt.Should().Be(new DateTimeOffset(2022, 9, 16, 12, 3, 40, 68, TimeSpan.Zero));
        template.UpdatedAt.Should().Be(new DateTimeOffset(2023, 3, 2, 7, 44, 27, TimeSpan.Zero).AddTicks(105160));
        template.Roles.Should().HaveCount(2);
        TemplateFixtures.ShouldBeHostRole(template.Roles!["host"]);
        template.Roles["viewer"].PublishParams!.Allowed.Should().BeEmpty();
        template.Roles["viewer"].Priority.Should().Be(5);
        template.Roles["viewer"].MaxPeerCount.Should().Be(-1);
        TemplateFixtures.ShouldBeSettings(template.Settings!);
        TemplateFixtures.ShouldBeDestinations(template.Destinations!);
        TemplateFixtures.ShouldBePlugins(template.Plugins!);
        template.AdditionalProperties.Should().ContainKey("brandNewField");
        template.AdditionalProperties.Should().NotContainKeys("_id", "customer_id", "created_at");
    }

    [Fact]
    public async Task Create_without_options_posts_an_empty_object()
    {
        _api.Respond("POST", "/v2/templates", 200, """{ "id": "t-1", "name": "auto-generated", "createdAt": "2024-01-02T03:04:05Z" }""");

        var template = await _api.Client.Templates.CreateAsync();

        WireApi.ShouldMatch(_api.SingleRequest(), "POST", "/v2/templates", "", "{}");
        template.Id.Should().Be("t-1");
        template.CreatedAt.Should().Be(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
    }

    public static TheoryData<string, CreateTemplateOptions> BadCreateOptions => new()
    {
        { "slash in name", new CreateTemplateOptions { Name = "a/b" } },
        { "unicode in name", new CreateTemplateOptions { Name = "caf\u00e9" } },
        { "blank name", new CreateTemplateOptions { Name = "   " } },
        { "priority 0", new CreateTemplateOptions { Roles = new Dictionary<string, TemplateRole> { ["host"] = new() { Priority = 0 } } } },
        { "priority 6", new CreateTemplateOptions { Roles = new Dictionary<string, TemplateRole> { ["host"] = new() { Priority = 6 } } } },
        { "blank role name", new CreateTemplateOptions { Roles = new Dictionary<string, TemplateRole> { [" "] = new() } } },
        { "null role", new CreateTemplateOptions { Roles = new Dictionary<string, TemplateRole> { ["host"] = null! } } },
        { "interval 7", new CreateTemplateOptions { Settings = new TemplateSettings { RoomState = new TemplateRoomState { MessageInterval = 7 } } } },
        { "interval 0", new CreateTemplateOptions { Settings = new TemplateSettings { RoomState = new TemplateRoomState { MessageInterval = 0 } } } },
        { "interval 3605", new CreateTemplateOptions { Settings = new TemplateSettings { RoomState = new TemplateRoomState { MessageInterval = 3605 } } } },
    };

    [Theory]
    [MemberData(nameof(BadCreateOptions))]
    public async Task Create_rejects_bad_options_before_sending(string because, CreateTemplateOptions options)
    {
        var act = () => _api.Client.Templates.CreateAsync(options);

        (await act.Should().ThrowAsync<ArgumentException>(because)).Which.ParamName.Should().Be("options");
        ShouldHaveSentNothing();
    }

    [Theory]
    [InlineData(5)]
    [InlineData(3600)]
    [InlineData(null)]
    public async Task Create_accepts_boundary_message_intervals(int? interval)
    {
        _api.Respond("POST", "/v2/templates", 200, """{ "id": "t-1" }""");

        await _api.Client.Templates.CreateAsync(new CreateTemplateOptions { Settings = new TemplateSettings { RoomState = new TemplateRoomState { MessageInterval = interval } } });

        _api.Server.LogEntries.Should().HaveCount(1);
    }

    // ---- List ----

    [Fact]
    public async Task List_pages_with_limit_and_start_and_reads_snake_case_variants()
    {
        var firstPage = string.Join(",", Enumerable.Range(1, 10).Select(i => $$"""{ "id": "t{{i}}", "name": "n{{i}}" }"""));
        _api.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath("/v2/templates").UsingGet().WithParam("start", "t10"))
            .AtPriority(1)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""
                { "limit": 10, "data": [ { "_id": "t11", "name": "legacy", "customer_id": "cust-9", "created_at": "2021-05-06T07:08:09.123456789Z", "updated_at": "" } ], "last": "t11" }
                """));
        _api.Server
            .Given(WireMock.RequestBuilders.Request.Create().WithPath("/v2/templates").UsingGet())
            .AtPriority(2)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{ "limit": 10, "data": [{{firstPage}}], "last": "t10", "extra": true }"""));

        var templates = new List<Template>();
        await foreach (var template in _api.Client.Templates.ListAsync(new TemplateListOptions { Limit = 10 }))
        {
            templates.Add(template);
        }

        templates.Select(t => t.Id).Should().Equal(Enumerable.Range(1, 11).Select(i => $"t{i}"));
        var legacy = templates[10];
        legacy.Id.Should().Be("t11", "the deprecated _id is used when id is absent");
        legacy.CustomerId.Should().Be("cust-9");
        legacy.CreatedAt.Should().Be(new DateTimeOffset(2021, 5, 6, 7, 8, 9, TimeSpan.Zero).AddTicks(1234567));
        legacy.UpdatedAt.Should().BeNull();
        var entries = _api.Server.LogEntries.OrderBy(e => e.RequestMessage!.DateTime).ToList();
        entries.Should().HaveCount(2);
        WireApi.ShouldMatch(entries[0], "GET", "/v2/templates", "limit=10");
        WireApi.ShouldMatch(entries[1], "GET", "/v2/templates", "limit=10&start=t10");
    }

    [Fact]
    public async Task List_without_options_sends_no_query()
    {
        _api.Respond("GET", "/v2/templates", 200, """{ "limit": 10, "data": [ { "id": "t1", "customerId": "c", "customer_id": "ignored" } ], "last": "t1" }""");

        var templates = new List<Template>();
        await foreach (var template in _api.Client.Templates.ListAsync())
        {
            templates.Add(template);
        }

        templates.Should().ContainSingle().Which.CustomerId.Should().Be("c", "the camelCase field wins over its snake_case variant");
        WireApi.ShouldMatch(_api.SingleRequest(), "GET", "/v2/templates");
    }

    [Theory]
    [InlineData(9)]
    [InlineData(101)]
    [InlineData(0)]
    public void List_rejects_a_limit_outside_10_to_100(int limit)
    {
        var act = () => _api.Client.Templates.ListAsync(new TemplateListOptions { Limit = limit });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options");
        ShouldHaveSentNothing();
    }

    // ---- Retrieve ----

    /// <summary>A readable part of a template: its path under the template, its documented fixture, the call and the field checks.</summary>
    public sealed record TemplatePart(string Name, string Path, string Fixture, Func<HmsClient, Task<object>> Get, Action<object> ShouldMatch)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<TemplatePart> TemplateParts => new()
    {
        new TemplatePart("the template by id", "", TemplateFixtures.Template,
            async c => await c.Templates.GetAsync(TemplateId),
            read =>
            {
                var template = (Template)read;
                template.Id.Should().Be(TemplateId);
                TemplateFixtures.ShouldBeHostRole(template.Roles!["host"]);
                TemplateFixtures.ShouldBeSettings(template.Settings!);
                TemplateFixtures.ShouldBeDestinations(template.Destinations!);
                TemplateFixtures.ShouldBePlugins(template.Plugins!);
            }),
        new TemplatePart("a role", "/roles/host", TemplateFixtures.HostRole,
            async c => await c.Templates.GetRoleAsync(TemplateId, "host"),
            read => TemplateFixtures.ShouldBeHostRole((TemplateRole)read)),
        new TemplatePart("the settings, secret read as SecretKey and never printed", "/settings", TemplateFixtures.Settings,
            async c => await c.Templates.GetSettingsAsync(TemplateId),
            read =>
            {
                var settings = (TemplateSettings)read;
                TemplateFixtures.ShouldBeSettings(settings);
                settings.ToString().Should().NotContain("server-side-secret-value");
                settings.Recording!.Upload!.ToString().Should().NotContain("server-side-secret-value");
            }),
        new TemplatePart("every destination kind", "/destinations", TemplateFixtures.Destinations,
            async c => await c.Templates.GetDestinationsAsync(TemplateId),
            read => TemplateFixtures.ShouldBeDestinations((TemplateDestinations)read)),
        new TemplatePart("the recording configs, a bare array", "/recordings", TemplateFixtures.RecordingConfigs,
            async c => await c.Templates.GetRecordingConfigsAsync(TemplateId),
            read => TemplateFixtures.ShouldBeRecordingConfigs((IReadOnlyList<RecordingConfig>)read)),
    };

    [Theory]
    [MemberData(nameof(TemplateParts))]
    public async Task Get_reads_each_part_of_the_template(TemplatePart part)
    {
        _api.Respond("GET", $"/v2/templates/{TemplateId}{part.Path}", 200, part.Fixture);

        var read = await part.Get(_api.Client);

        WireApi.ShouldMatch(_api.SingleRequest(), "GET", $"/v2/templates/{TemplateId}{part.Path}");
        part.ShouldMatch(read);
    }

    [Fact]
    public async Task Retrieve_maps_404_to_not_found()
    {
        _api.Respond("GET", "/v2/templates/missing", 404, """{ "code": 404, "message": "template not found" }""");

        var act = () => _api.Client.Templates.GetAsync("missing");

        await act.Should().ThrowAsync<HmsNotFoundException>();
    }

    [Theory]
    [MemberData(nameof(BadIds.Cases), MemberType = typeof(BadIds))]
    public async Task Every_template_method_rejects_bad_template_ids_before_sending(string? id)
    {
        var templates = _api.Client.Templates;
        var calls = new List<Func<Task>>
        {
            () => templates.GetAsync(id!),
            () => templates.UpdateAsync(id!, new UpdateTemplateOptions { Roles = new Dictionary<string, TemplateRole>(), Settings = new(), Destinations = new() }),
            () => templates.GetRoleAsync(id!, "host"),
            () => templates.CreateOrUpdateRoleAsync(id!, "host", new TemplateRole()),
            () => templates.DeleteRoleAsync(id!, "host"),
            () => templates.GetSettingsAsync(id!),
            () => templates.UpdateSettingsAsync(id!, new TemplateSettings()),
            () => templates.GetDestinationsAsync(id!),
            () => templates.UpdateDestinationsAsync(id!, new TemplateDestinations()),
            () => templates.ConfigureRecordingsAsync(id!, new[] { new RecordingConfig { Name = "default", Role = "host" } }),
            () => templates.GetRecordingConfigsAsync(id!),
        };

        foreach (var call in calls)
        {
            (await call.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("templateId");
        }

        ShouldHaveSentNothing();
    }

    [Theory]
    [MemberData(nameof(BadIds.Cases), MemberType = typeof(BadIds))]
    public async Task Role_methods_reject_bad_role_names_before_sending(string? roleName)
    {
        var templates = _api.Client.Templates;
        var calls = new List<Func<Task>>
        {
            () => templates.GetRoleAsync(TemplateId, roleName!),
            () => templates.CreateOrUpdateRoleAsync(TemplateId, roleName!, new TemplateRole()),
            () => templates.DeleteRoleAsync(TemplateId, roleName!),
        };

        foreach (var call in calls)
        {
            (await call.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("roleName");
        }

        ShouldHaveSentNothing();
    }

    // ---- Update ----

    [Fact]
    public async Task Update_posts_the_full_template_to_its_id()
    {
        _api.Respond("POST", $"/v2/templates/{TemplateId}", 200, TemplateFixtures.Template);
        var create = FullCreateOptions();
        var options = new UpdateTemplateOptions
        {
            Name = create.Name,
            Roles = create.Roles,
            Settings = create.Settings,
            Destinations = create.Destinations,
            Plugins = create.Plugins,
        };

        var template = await _api.Client.Templates.UpdateAsync(TemplateId, options);

        WireApi.ShouldMatch(_api.SingleRequest(), "POST", $"/v2/templates/{TemplateId}", "", FullCreateBody);
        template.Id.Should().Be(TemplateId);
        TemplateFixtures.ShouldBeHostRole(template.Roles!["host"]);
        TemplateFixtures.ShouldBeSettings(template.Settings!);
        TemplateFixtures.ShouldBeDestinations(template.Destinations!);
        options.Roles!["host"].Priority.Should().Be(1, "the SDK never mutates the caller's options");
    }

    [Fact]
    public async Task Update_rejects_null_and_partial_options_before_sending()
    {
        var templates = _api.Client.Templates;

        (await FluentActions.Awaiting(() => templates.UpdateAsync(TemplateId, null!)).Should().ThrowAsync<ArgumentNullException>())
            .Which.ParamName.Should().Be("options");
        (await FluentActions.Awaiting(() => templates.UpdateAsync(TemplateId, new UpdateTemplateOptions { Name = "x", Settings = new(), Destinations = new() }))
            .Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("options");
        (await FluentActions.Awaiting(() => templates.UpdateAsync(TemplateId, new UpdateTemplateOptions { Roles = new Dictionary<string, TemplateRole>(), Destinations = new() }))
            .Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("options");
        (await FluentActions.Awaiting(() => templates.UpdateAsync(TemplateId, new UpdateTemplateOptions { Roles = new Dictionary<string, TemplateRole>(), Settings = new() }))
            .Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("options");
        (await FluentActions.Awaiting(() => templates.UpdateAsync(TemplateId, new UpdateTemplateOptions
            {
                Name = "bad/name",
                Roles = new Dictionary<string, TemplateRole>(),
                Settings = new(),
                Destinations = new(),
            }))
            .Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("options");
        (await FluentActions.Awaiting(() => templates.UpdateAsync(TemplateId, new UpdateTemplateOptions
            {
                Roles = new Dictionary<string, TemplateRole> { ["host"] = new() { Priority = 9 } },
                Settings = new(),
                Destinations = new(),
            }))
            .Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("options");
        ShouldHaveSentNothing();
    }

    [Fact]
    public async Task Overwrite_updates_are_retried_on_503_because_they_are_idempotent()
    {
        var handler = new RecordingHandler();
        handler.Enqueue(503, """{ "code": 503, "message": "unavailable" }""").Enqueue(200, """{ "id": "t-1" }""");
        using var client = TestClients.Create(handler);

        var template = await client.Templates.UpdateAsync("t-1", new UpdateTemplateOptions { Roles = new Dictionary<string, TemplateRole>(), Settings = new(), Destinations = new() });

        template.Id.Should().Be("t-1");
        handler.Requests.Should().HaveCount(2);
        handler.Requests.Should().OnlyContain(r => r.Method == HttpMethod.Post && r.PathAndQuery == "/v2/templates/t-1");
    }

    // ---- Roles ----

    [Fact]
    public async Task Role_names_are_escaped_as_one_segment()
    {
        var handler = new RecordingHandler();
        handler.Enqueue(200, TemplateFixtures.HostRole).Enqueue(204, "");
        using var client = TestClients.Create(handler);

        await client.Templates.GetRoleAsync("t/1", "stage guest");
        await client.Templates.DeleteRoleAsync("t-1", "a/b?c");

        handler.Requests[0].PathAndQuery.Should().Be("/v2/templates/t%2F1/roles/stage%20guest");
        handler.Requests[1].PathAndQuery.Should().Be("/v2/templates/t-1/roles/a%2Fb%3Fc");
        handler.Requests[1].Method.Should().Be(HttpMethod.Delete);
    }

    [Fact]
    public async Task CreateOrUpdateRole_posts_the_camelCase_role()
    {
        _api.Respond("POST", $"/v2/templates/{TemplateId}/roles/viewer", 200, TemplateFixtures.HostRole);
        var role = new TemplateRole
        {
            PublishParams = new RolePublishParams { Allowed = new List<AllowedTrackType>(), Screen = new RoleVideoParams { BitRate = 1024, Codec = VideoCodec.Vp8, FrameRate = 10 } },
            SubscribeParams = new RoleSubscribeParams { SubscribeToRoles = new List<string> { "host" }, MaxSubsBitRate = 3200 },
            Permissions = new RolePermissions { EndRoom = false, RemoveOthers = false, Mute = false, Unmute = false, ChangeRole = false, SendRoomState = true, BrowserRecording = false, RtmpStreaming = false },
            Priority = 5,
            MaxPeerCount = -1,
        };

        var stored = await _api.Client.Templates.CreateOrUpdateRoleAsync(TemplateId, "viewer", role);

        WireApi.ShouldMatch(_api.SingleRequest(), "POST", $"/v2/templates/{TemplateId}/roles/viewer", "", """
            {
              "publishParams": { "allowed": [], "screen": { "bitRate": 1024, "codec": "vp8", "frameRate": 10 } },
              "subscribeParams": { "subscribeToRoles": ["host"], "maxSubsBitRate": 3200 },
              "permissions": { "endRoom": false, "removeOthers": false, "mute": false, "unmute": false, "changeRole": false,
                               "sendRoomState": true, "browserRecording": false, "rtmpStreaming": false },
              "priority": 5,
              "maxPeerCount": -1
            }
            """);
        TemplateFixtures.ShouldBeHostRole(stored);
    }

    [Fact]
    public async Task CreateOrUpdateRole_rejects_null_role_and_bad_priority_before_sending()
    {
        (await FluentActions.Awaiting(() => _api.Client.Templates.CreateOrUpdateRoleAsync(TemplateId, "host", null!))
            .Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("role");
        (await FluentActions.Awaiting(() => _api.Client.Templates.CreateOrUpdateRoleAsync(TemplateId, "host", new TemplateRole { Priority = 0 }))
            .Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("role");
        (await FluentActions.Awaiting(() => _api.Client.Templates.CreateOrUpdateRoleAsync(TemplateId, "host", new TemplateRole { Priority = 6 }))
            .Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("role");
        ShouldHaveSentNothing();
    }

    [Fact]
    public async Task DeleteRole_sends_DELETE_and_accepts_204_without_body()
    {
        _api.Respond("DELETE", $"/v2/templates/{TemplateId}/roles/guest", 204, null);

        await _api.Client.Templates.DeleteRoleAsync(TemplateId, "guest");

        WireApi.ShouldMatch(_api.SingleRequest(), "DELETE", $"/v2/templates/{TemplateId}/roles/guest");
    }

    [Fact]
    public async Task DeleteRole_of_a_missing_role_throws_not_found()
    {
        _api.Respond("DELETE", $"/v2/templates/{TemplateId}/roles/ghost", 404, """{ "code": 404, "message": "role not found" }""");

        await FluentActions.Awaiting(() => _api.Client.Templates.DeleteRoleAsync(TemplateId, "ghost")).Should().ThrowAsync<HmsNotFoundException>();
    }

    // ---- Settings ----

    [Fact]
    public async Task UpdateSettings_sends_secretKey_and_reads_the_answer()
    {
        _api.Respond("POST", $"/v2/templates/{TemplateId}/settings", 200, TemplateFixtures.Settings);
        var settings = new TemplateSettings
        {
            Region = RoomRegion.Auto,
            Recording = new TemplateRecordingSettings
            {
                Upload = new TemplateRecordingUpload
                {
                    Type = RoomRecordingUploadType.Azure,
                    Location = "container",
                    Prefix = "p/",
                    Credentials = new TemplateRecordingCredentials { Key = "account", SecretKey = "azure-secret" },
                },
            },
            RoomState = new TemplateRoomState { MessageInterval = 3600, Enabled = true },
        };

        var stored = await _api.Client.Templates.UpdateSettingsAsync(TemplateId, settings);

        WireApi.ShouldMatch(_api.SingleRequest(), "POST", $"/v2/templates/{TemplateId}/settings", "", """
            {
              "region": "auto",
              "recording": { "upload": { "type": "azure", "location": "container", "prefix": "p/",
                                         "credentials": { "key": "account", "secretKey": "azure-secret" } } },
              "roomState": { "messageInterval": 3600, "enabled": true }
            }
            """);
        TemplateFixtures.ShouldBeSettings(stored);
        settings.Recording.Upload.Credentials.ToString().Should().NotContain("azure-secret");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(3601)]
    [InlineData(-5)]
    public async Task UpdateSettings_rejects_bad_message_intervals_before_sending(int interval)
    {
        var settings = new TemplateSettings { RoomState = new TemplateRoomState { MessageInterval = interval } };

        (await FluentActions.Awaiting(() => _api.Client.Templates.UpdateSettingsAsync(TemplateId, settings))
            .Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("settings");
        ShouldHaveSentNothing();
    }

    [Fact]
    public async Task UpdateSettings_and_UpdateDestinations_reject_null_before_sending()
    {
        (await FluentActions.Awaiting(() => _api.Client.Templates.UpdateSettingsAsync(TemplateId, null!))
            .Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("settings");
        (await FluentActions.Awaiting(() => _api.Client.Templates.UpdateDestinationsAsync(TemplateId, null!))
            .Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("destinations");
        ShouldHaveSentNothing();
    }

    // ---- Destinations ----

    [Fact]
    public async Task UpdateDestinations_posts_camelCase_maps()
    {
        _api.Respond("POST", $"/v2/templates/{TemplateId}/destinations", 200, TemplateFixtures.Destinations);
        var destinations = new TemplateDestinations
        {
            BrowserRecordings = new Dictionary<string, TemplateBrowserRecordingDestination>
            {
                ["rec"] = new() { Name = "rec", Role = "recorder", Width = 1280, Height = 720, MaxDuration = 1800, PresignDuration = 3600, AutoStart = false, AutoStopTimeout = 120, Thumbnails = new TemplateThumbnails { Width = 320, Height = 180 } },
            },
            RtmpDestinations = new Dictionary<string, TemplateRtmpDestination>
            {
                ["yt"] = new() { Name = "yt", RtmpUrls = new List<string> { "rtmp://a.example/live/key" }, RecordingEnabled = false, Width = 1920, Height = 1080, MaxDuration = 3600, AutoStopTimeout = 60 },
            },
            Transcriptions = new Dictionary<string, TemplateTranscriptionDestination>
            {
                ["cc"] = new()
                {
                    Name = "cc",
                    Role = "host",
                    Modes = new List<TemplateTranscriptionMode> { TemplateTranscriptionMode.Caption },
                    CustomVocabulary = new List<string> { "100ms" },
                    Translation = new TemplateTranscriptionTranslation { Enabled = true, RoleLanguages = new Dictionary<string, string> { ["viewer"] = "hi" } },
                },
            },
        };

        var stored = await _api.Client.Templates.UpdateDestinationsAsync(TemplateId, destinations);

        WireApi.ShouldMatch(_api.SingleRequest(), "POST", $"/v2/templates/{TemplateId}/destinations", "", """
            {
              "browserRecordings": { "rec": { "name": "rec", "width": 1280, "height": 720, "maxDuration": 1800,
                  "thumbnails": { "width": 320, "height": 180 }, "presignDuration": 3600, "role": "recorder", "autoStart": false, "autoStopTimeout": 120 } },
              "rtmpDestinations": { "yt": { "name": "yt", "width": 1920, "height": 1080, "maxDuration": 3600,
                  "rtmpUrls": ["rtmp://a.example/live/key"], "recordingEnabled": false, "autoStopTimeout": 60 } },
              "transcriptions": { "cc": { "name": "cc", "role": "host", "modes": ["caption"], "customVocabulary": ["100ms"],
                  "translation": { "enabled": true, "roleLanguages": { "viewer": "hi" } } } }
            }
            """);
        TemplateFixtures.ShouldBeDestinations(stored);
    }

    // ---- Recording configs ----

    [Fact]
    public async Task ConfigureRecordings_posts_a_bare_array_and_reads_a_bare_array()
    {
        _api.Respond("POST", $"/v2/templates/{TemplateId}/recordings", 200, TemplateFixtures.RecordingConfigs);
        var config = new RecordingConfig
        {
            Name = "default",
            Role = "host",
            MaxDuration = 1800,
            PresignDuration = 3600,
            Thumbnails = new TemplateThumbnails { Enabled = false, Width = 1280, Height = 720, Offsets = new List<int> { 2 }, Fps = 60 },
            CompositeRecording = new CompositeRecordingConfig
            {
                BrowserComposite = new BrowserCompositeRecordingConfig { AutoStart = false, AutoStopTimeout = 500, Width = 1920, Height = 1080 },
                CustomComposite = new CustomCompositeRecordingConfig { Enabled = false },
            },
            TrackRecording = new TrackRecordingConfig { Enabled = true },
            StreamRecording = new StreamRecordingConfig { Enabled = false, Width = 1920, Height = 1080 },
        };

        var stored = await _api.Client.Templates.ConfigureRecordingsAsync(TemplateId, new[] { config });

        var entry = _api.SingleEntry();
        WireApi.ShouldMatch(entry, "POST", $"/v2/templates/{TemplateId}/recordings", "", """
            [
              {
                "name": "default", "role": "host", "maxDuration": 1800, "presignDuration": 3600,
                "thumbnails": { "enabled": false, "width": 1280, "height": 720, "offsets": [2], "fps": 60 },
                "compositeRecording": {
                  "browserComposite": { "autoStart": false, "autoStopTimeout": 500, "width": 1920, "height": 1080 },
                  "customComposite": { "enabled": false }
                },
                "trackRecording": { "enabled": true },
                "streamRecording": { "enabled": false, "width": 1920, "height": 1080 }
              }
            ]
            """);
        entry.RequestMessage!.Body!.TrimStart().Should().StartWith("[", "the body is a bare JSON array, not an object");
        TemplateFixtures.ShouldBeRecordingConfigs(stored);
    }

    public static TheoryData<string, RecordingConfig[]> BadRecordingConfigs => new()
    {
        { "none", Array.Empty<RecordingConfig>() },
        { "two", new[] { new RecordingConfig { Name = "a", Role = "host" }, new RecordingConfig { Name = "b", Role = "host" } } },
        { "null element", new RecordingConfig[] { null! } },
        { "no name", new[] { new RecordingConfig { Role = "host" } } },
        { "no role", new[] { new RecordingConfig { Name = "a", Role = " " } } },
    };

    [Theory]
    [MemberData(nameof(BadRecordingConfigs))]
    public async Task ConfigureRecordings_rejects_anything_but_one_complete_config_before_sending(string because, RecordingConfig[] configs)
    {
        (await FluentActions.Awaiting(() => _api.Client.Templates.ConfigureRecordingsAsync(TemplateId, configs))
            .Should().ThrowAsync<ArgumentException>(because)).Which.ParamName.Should().Be("recordingConfigs");
        (await FluentActions.Awaiting(() => _api.Client.Templates.ConfigureRecordingsAsync(TemplateId, null!))
            .Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("recordingConfigs");
        ShouldHaveSentNothing();
    }

    [Fact]
    public async Task RetrieveRecordingConfigs_with_an_envelope_instead_of_an_array_is_a_serialization_error()
    {
        _api.Respond("GET", $"/v2/templates/{TemplateId}/recordings", 200, """{ "data": [] }""");

        await FluentActions.Awaiting(() => _api.Client.Templates.GetRecordingConfigsAsync(TemplateId))
            .Should().ThrowAsync<HmsSerializationException>();
    }

    // ---- Models ----

    [Fact]
    public void Credentials_ToString_never_shows_the_secret()
    {
        var credentials = new TemplateRecordingCredentials { Key = "AKIAKEY", SecretKey = "very-secret-value" };
        var options = FullCreateOptions();
        options.Settings!.Recording!.Upload!.Credentials = credentials;

        credentials.ToString().Should().Contain("AKIAKEY").And.NotContain("very-secret-value");
        options.ToString().Should().NotContain("very-secret-value");
        options.Settings.ToString().Should().NotContain("very-secret-value");
    }

    [Fact]
    public void Value_sets_are_case_insensitive_and_keep_unknown_values()
    {
        new AllowedTrackType("AUDIO").Should().Be(AllowedTrackType.Audio);
        (new RoomRegion("EU") == RoomRegion.Europe).Should().BeTrue();
        (RoomRecordingUploadType.S3 != RoomRecordingUploadType.GoogleCloudStorage).Should().BeTrue();
        ((SimulcastLayerRid)"H").GetHashCode().Should().Be(SimulcastLayerRid.Half.GetHashCode());
        new HlsPlaylistType("vod").ToString().Should().Be("vod");
        TranscriptionOutputMode.Srt.ToString().Should().Be("srt");
        default(AudioCodec).ToString().Should().BeEmpty();
        FluentActions.Invoking(() => new VideoCodec(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Numbers_as_strings_are_tolerated_in_templates()
    {
        var role = System.Text.Json.JsonSerializer.Deserialize(
            """{ "priority": "2", "maxPeerCount": "10", "publishParams": { "audio": { "bitRate": "64" } } }""",
            TemplatesJsonContext.Default.TemplateRole)!;

        role.Priority.Should().Be(2);
        role.MaxPeerCount.Should().Be(10);
        role.PublishParams!.Audio!.BitRate.Should().Be(64);
        Encoding.UTF8.GetString(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(role, TemplatesJsonContext.Default.TemplateRole))
            .Should().Be("""{"publishParams":{"audio":{"bitRate":64}},"priority":2,"maxPeerCount":10}""");
    }
}
