using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using HmsSdk.Samples.AspNetCore;
using HmsSdk.Testing;
using HmsSdk.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HmsSdk.Tests.Reliability;

/// <summary>The eleven holes of #13, each pinned by name.</summary>
public class BadInputTests
{
    private static (HmsClient Client, RecordingHandler Handler) NewClient(Action<HmsClientOptions>? configure = null)
    {
        var handler = new RecordingHandler();
        return (TestClients.Create(handler, configure: configure), handler);
    }

    [Theory]
    [InlineData("X-A", "v\r\nX-Injected: 1")]
    [InlineData("X-A", "v\nX-Injected: 1")]
    [InlineData("X-A", "v\0")]
    [InlineData("X-A", "caf\u00e9")]
    [InlineData("Bad Name", "v")]
    [InlineData("X-A:", "v")]
    [InlineData("X-A\r\nX-Injected", "1")]
    [InlineData("", "v")]
    public async Task BadInput_01_HeaderInjection_and_bad_header_names_are_refused_before_any_request(string name, string value)
    {
        var (client, handler) = NewClient();
        using var _ = client;
        var options = new HmsRequestOptions();
        options.Headers[name] = value;

        var act = () => client.Rooms.GetAsync("room-1", options);

        (await act.Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("requestOptions");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task BadInput_01_HeaderInjection_valid_headers_reach_the_wire_unchanged()
    {
        var (client, handler) = NewClient();
        using var _ = client;
        var options = new HmsRequestOptions();
        options.Headers["X-Correlation-Id"] = "abc-123\tdef";

        await client.Rooms.GetAsync("room-1", options).ContinueWith(_ => { });

        handler.Requests.Single().Header("X-Correlation-Id").Should().Be("abc-123\tdef");
        handler.Requests.Single().Headers.Keys.Should().NotContain("X-Injected");
    }

    [Fact]
    public async Task BadInput_02_Timeout_zero_negative_or_unrepresentable_is_refused_naming_the_option()
    {
        var (client, handler) = NewClient();
        using var _ = client;
        foreach (var timeout in new[] { TimeSpan.Zero, TimeSpan.FromSeconds(-1), TimeSpan.FromDays(50), TimeSpan.MaxValue })
        {
            var act = () => client.Rooms.GetAsync("room-1", new HmsRequestOptions { Timeout = timeout });
            var error = (await act.Should().ThrowExactlyAsync<ArgumentOutOfRangeException>()).Which;
            error.ParamName.Should().Be("requestOptions");
            error.Message.Should().Contain("'requestOptions.Timeout'");
        }

        handler.Requests.Should().BeEmpty("a zero timeout used to send the GET four times");
        FluentActions.Invoking(() => TestClients.Create(new RecordingHandler(), configure: o => o.Timeout = TimeSpan.FromDays(50)))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which.Message.Should().Contain("'options.Timeout'");
        using var infinite = TestClients.Create(new RecordingHandler(), configure: o => o.Timeout = Timeout.InfiniteTimeSpan);
        infinite.Options.Timeout.Should().Be(Timeout.InfiniteTimeSpan);
    }

    [Theory]
    [InlineData("../templates")]
    [InlineData("/rooms/../../x")]
    [InlineData("/%2e%2e/x")]
    [InlineData("/%2E%2e/x")]
    [InlineData("/rooms/%252e%252e/x")]
    [InlineData("/rooms/./x")]
    [InlineData("/rooms/.%2e/x")]
    [InlineData("\\rooms")]
    [InlineData("/rooms\\..\\x")]
    [InlineData("https://evil.example/v2/rooms")]
    [InlineData("//evil.example/rooms")]
    [InlineData("https:evil.example")]
    [InlineData("/rooms?enabled=true")]
    [InlineData("/rooms#x")]
    [InlineData("/rooms/a\r\nb")]
    public async Task BadInput_03_Api_raw_paths_cannot_leave_v2(string path)
    {
        var (client, handler) = NewClient();
        using var _ = client;

        var act = () => client.Api.GetAsync(path);

        (await act.Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("path");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task BadInput_03_Api_valid_paths_keep_v2_and_their_escaped_ids()
    {
        var (client, handler) = NewClient();
        using var _ = client;

        await client.Api.GetAsync("/rooms/" + Uri.EscapeDataString("a/b c") + "/x...y");

        handler.Requests.Single().PathAndQuery.Should().Be("/v2/rooms/a%2Fb%20c/x...y");
    }

    [Theory]
    [InlineData(" ", "secret-value")]
    [InlineData("access-key", "\t")]
    [InlineData("access-key\n", "secret-value")]
    [InlineData("access-key", " secret-value")]
    public void BadInput_04_Whitespace_access_key_or_secret_arguments_are_refused(string key, string secret)
    {
        var act = () => new HmsClient(key, secret);

        var error = act.Should().Throw<ArgumentException>().Which;
        error.ParamName.Should().BeOneOf("accessKey", "secret");
        error.Message.Should().NotContain("secret-value", "a credential is never echoed");
    }

    [Theory]
    [InlineData(HmsClient.AccessKeyVariable, " ")]
    [InlineData(HmsClient.SecretVariable, "  ")]
    [InlineData(HmsClient.SecretVariable, "secret-from-a-file\n")]
    public void BadInput_04_Whitespace_credentials_in_the_environment_are_refused_naming_the_variable(string variable, string value)
    {
        var environment = new Dictionary<string, string?>
        {
            [HmsClient.AccessKeyVariable] = "access-key",
            [HmsClient.SecretVariable] = "secret-value",
            [variable] = value,
        };

        var act = () => new HmsClient(new HmsClientOptions(), name => environment.GetValueOrDefault(name));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(variable);
    }

    [Fact]
    public void BadInput_05_CreateAuthToken_validates_room_id_and_user_id_like_every_other_call()
    {
        using var client = NewClient().Client;

        FluentActions.Invoking(() => new AuthTokenOptions("room\uD800", "host")).Should().Throw<ArgumentException>()
            .Which.Message.Should().Be("'roomId' contains an unpaired surrogate character. (Parameter 'roomId')");
        FluentActions.Invoking(() => client.Auth.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = " " })).Should().Throw<ArgumentException>()
            .Which.Message.Should().Be("'options.UserId' cannot be empty or whitespace. (Parameter 'options')");
        FluentActions.Invoking(() => client.Auth.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = "u\uDC00" })).Should().Throw<ArgumentException>()
            .Which.ParamName.Should().Be("options");

        // Empty keeps Node parity: the claim is omitted.
        var token = client.Auth.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = string.Empty });
        token.UserId.Should().BeNullOrEmpty();
        Payload(token.Token).TryGetProperty("user_id", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("staging")]
    [InlineData("nonprod2")]
    [InlineData("non-prod")]
    [InlineData(".")]
    public void BadInput_06_Unknown_HMS_ENV_fails_with_the_accepted_list(string value)
    {
        var act = () => HmsClient.ParseEnvironment(value);

        var error = act.Should().Throw<ArgumentException>().Which;
        error.ParamName.Should().Be(HmsClient.EnvironmentVariable);
        error.Message.Should().Contain("prod, production, nonprod");
    }

    [Theory]
    [InlineData(" nonprod", "https://api-nonprod.100ms.live/v2")]
    [InlineData("NONPROD\n", "https://api-nonprod.100ms.live/v2")]
    [InlineData("Prod", "https://api.100ms.live/v2")]
    [InlineData(" production ", "https://api.100ms.live/v2")]
    [InlineData("", "https://api.100ms.live/v2")]
    [InlineData(null, "https://api.100ms.live/v2")]
    public void BadInput_06_HMS_ENV_is_trimmed_and_case_insensitive(string? value, string expected)
    {
        var environment = new Dictionary<string, string?>
        {
            [HmsClient.AccessKeyVariable] = "access-key",
            [HmsClient.SecretVariable] = "secret-value",
            [HmsClient.EnvironmentVariable] = value,
        };

        using var client = new HmsClient(new HmsClientOptions { HttpMessageHandler = new RecordingHandler() }, name => environment.GetValueOrDefault(name));

        client.BaseUri.AbsoluteUri.Should().Be(expected);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(101)]
    [InlineData(int.MaxValue)]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task BadInput_07_PageSizeHint_outside_the_endpoints_documented_range_is_refused(int hint)
    {
        var (client, handler) = NewClient();
        using var _ = client;

        var act = async () =>
        {
            await foreach (var page in client.Rooms.ListAsync().AsPages(pageSizeHint: hint))
            {
            }
        };

        var error = (await act.Should().ThrowExactlyAsync<ArgumentOutOfRangeException>()).Which;
        error.ParamName.Should().Be("pageSizeHint");
        error.Message.Should().Contain("'pageSizeHint' must be between 10 and 100");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task BadInput_07_PageSizeHint_inside_the_range_is_sent_as_limit()
    {
        var (client, handler) = NewClient();
        using var _ = client;

        await foreach (var page in client.Recordings.ListAsync().AsPages(pageSizeHint: 1))
        {
        }

        await foreach (var page in client.Rooms.ListAsync().AsPages(pageSizeHint: 100))
        {
        }

        handler.Requests.Select(r => r.Uri.Query).Should().Equal("?limit=1", "?limit=100");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    public async Task BadInput_07_Blank_continuation_token_is_refused_instead_of_sending_start(string token)
    {
        var (client, handler) = NewClient();
        using var _ = client;

        var act = async () =>
        {
            await foreach (var page in client.Sessions.ListAsync().AsPages(continuationToken: token))
            {
            }
        };

        (await act.Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("continuationToken");
        handler.Requests.Should().BeEmpty("'start=' used to be sent");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(21)]
    [InlineData(int.MaxValue)]
    public async Task BadInput_08_Request_MaxRetries_outside_0_to_20_is_refused_not_clamped(int retries)
    {
        var (client, handler) = NewClient();
        using var _ = client;

        var act = () => client.Rooms.GetAsync("room-1", new HmsRequestOptions { MaxRetries = retries });

        var error = (await act.Should().ThrowExactlyAsync<ArgumentOutOfRangeException>()).Which;
        error.ParamName.Should().Be("requestOptions");
        error.Message.Should().Contain("'requestOptions.MaxRetries' must be between 0 and 20");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task BadInput_08_Request_MaxRetries_zero_sends_exactly_once()
    {
        var (client, handler) = NewClient();
        using var _ = client;
        handler.Default = (_, _) => Task.FromResult(RecordingHandler.Json(500, "{}"));

        var act = () => client.Rooms.GetAsync("room-1", new HmsRequestOptions { MaxRetries = 0 });

        await act.Should().ThrowAsync<HmsServerException>();
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task BadInput_09_After_Dispose_every_sending_member_throws_ObjectDisposedException_before_any_http()
    {
        var handler = new RecordingHandler();
        using var httpClient = new HttpClient(new RecordingHandler());
        var clients = new[]
        {
            TestClients.Create(handler),
            TestClients.Create(handler, configure: o => { o.HttpMessageHandler = null; o.HttpClient = httpClient; }),
            // The shared handler: before the fix this client kept sending after Dispose.
            new HmsClient(new HmsClientOptions { AccessKey = TestClients.AccessKey, Secret = TestClients.Secret, BaseUri = new Uri("http://127.0.0.1:9/v2") }, _ => null),
        };

        foreach (var client in clients)
        {
            var pager = client.Rooms.ListAsync();
            client.Dispose();
            client.Dispose(); // idempotent

            foreach (var call in new Func<Task>[]
            {
                () => client.Rooms.GetAsync("room-1"),
                () => client.Api.SendAsync(HttpMethod.Get, "/rooms"),
                () => client.Templates.ListAsync().AsPages().GetAsyncEnumerator().MoveNextAsync().AsTask(),
                () => pager.AsPages().GetAsyncEnumerator().MoveNextAsync().AsTask(),
                () => client.RoomCodes.ExchangeForAuthTokenAsync("code-1"),
            })
            {
                (await call.Should().ThrowExactlyAsync<ObjectDisposedException>()).Which.ObjectName.Should().Be("HmsClient");
            }

            // Documented: minting is local signing and stays allowed after Dispose.
            client.Auth.CreateAuthToken(new AuthTokenOptions("room-1", "host")).Token.Should().NotBeNullOrEmpty();
            client.Auth.GetManagementToken().Token.Should().NotBeNullOrEmpty();
        }

        handler.Requests.Should().BeEmpty();
        (await httpClient.GetAsync("http://in-memory.invalid/")).StatusCode.Should().Be(HttpStatusCode.OK, "an injected HttpClient is never disposed by the SDK");
    }

    [Fact]
    public async Task BadInput_10_Sample_POST_rooms_with_a_blank_name_returns_400_problem_details()
    {
        var fake = new FakeHmsApi();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddProblemDetails();
        builder.Services.AddHmsClientFor(fake);
        await using var app = builder.Build();
        app.MapSampleEndpoints();
        await app.StartAsync();
        var http = app.GetTestClient();

        foreach (var name in new[] { "", "   " })
        {
            var response = await http.PostAsJsonAsync("/rooms", new { name });

            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            problem.GetProperty("status").GetInt32().Should().Be(400);
            problem.GetProperty("errors").GetProperty("name")[0].GetString().Should().Contain("empty or whitespace");
            problem.ToString().Should().NotContain("   at ", "no stack trace");
        }

        // An SDK refusal the endpoint did not anticipate is a 400 problem too, never a 500.
        var description = await http.PostAsJsonAsync("/rooms", new { name = "room", description = " " });
        description.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        description.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await description.Content.ReadAsStringAsync()).Should().Contain("'options.Description' cannot be empty or whitespace");

        // An unreadable body is a problem-details 400 as well.
        var malformed = await http.PostAsync("/rooms", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        malformed.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");

        var ok = await http.PostAsJsonAsync("/rooms", new { name = "standup" });
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task BadInput_11_One_wording_for_one_mistake_and_echoed_input_is_a_short_prefix()
    {
        var (client, handler) = NewClient();
        using var _ = client;

        var messages = new List<string>();
        async Task Capture(Func<Task> call, string expectedParam)
        {
            var error = (await call.Should().ThrowAsync<ArgumentException>()).Which;
            error.ParamName.Should().Be(expectedParam);
            messages.Add(error.Message);
        }

        await Capture(() => client.Rooms.GetAsync(" "), "roomId");
        await Capture(() => client.Sessions.ListAsync(new SessionListOptions { RoomId = " " }).AsPages().GetAsyncEnumerator().MoveNextAsync().AsTask(), "options");
        await Capture(() => Task.FromResult(new AuthTokenOptions(" ", "host")), "roomId");
        await Capture(() => client.Rooms.CreateAsync(new CreateRoomOptions { Description = " " }), "options");

        messages.Should().Equal(
            "'roomId' cannot be empty or whitespace. (Parameter 'roomId')",
            "'options.RoomId' cannot be empty or whitespace. (Parameter 'options')",
            "'roomId' cannot be empty or whitespace. (Parameter 'roomId')",
            "'options.Description' cannot be empty or whitespace. (Parameter 'options')");

        var longName = new string('n', 100_000);
        var tooLong = (await FluentActions.Awaiting(() => client.Rooms.GetByNameAsync(longName)).Should().ThrowAsync<ArgumentException>()).Which;
        tooLong.ParamName.Should().Be("name");
        tooLong.Message.Length.Should().BeLessThan(200, "the 100k-character name used to be echoed whole");

        // A name the API does not know: the Node-parity miss message quotes at most a short prefix.
        handler.Default = (_, _) => Task.FromResult(RecordingHandler.Json(200, """{"limit":10,"data":[]}"""));
        var miss = (await FluentActions.Awaiting(() => client.Rooms.GetByNameAsync(new string('m', 1000))).Should().ThrowAsync<HmsNotFoundException>()).Which;
        miss.Message.Should().NotContain(new string('m', 33));
        (await FluentActions.Awaiting(() => client.Rooms.GetByNameAsync("standup")).Should().ThrowAsync<HmsNotFoundException>())
            .Which.Message.Should().Contain("No Room found with passed in name - standup");
        handler.Requests.Should().HaveCount(2);
    }

    private static JsonElement Payload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonDocument.Parse(Convert.FromBase64String(part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '='))).RootElement;
    }
}
