using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Testing;
using Xunit;

namespace HmsSdk.Tests.Testing;

public sealed class FakeFaultTests
{
    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Status_faults_answer_with_the_code_and_an_error_body_then_are_consumed(int code)
    {
        using var ctx = new FakeApiTestContext();
        ctx.Fake.Faults.Add(FakeFault.Status(code));
        var (status, body) = await ctx.ErrorAsync(HttpMethod.Post, "rooms", "{\"name\":\"r\"}");
        status.Should().Be(code);
        ((int)body["code"]!).Should().Be(code);
        ctx.Fake.Rooms.Count.Should().Be(0, "a status fault answers before the request is processed");
        using var next = await ctx.SendAsync(HttpMethod.Post, "rooms", "{\"name\":\"r\"}");
        next.StatusCode.Should().Be(HttpStatusCode.OK);
        ctx.Fake.Faults.Pending.Should().Be(0);
        ctx.Fake.Faults.Injected.Should().ContainSingle().Which.Fault.StatusCode.Should().Be(code);
        ctx.Fake.Requests[0].InjectedFault!.Kind.Should().Be(FakeFaultKind.Status);
        ctx.Fake.Requests[1].InjectedFault.Should().BeNull();
    }

    [Fact]
    public async Task Too_many_requests_carries_Retry_After_as_seconds_or_http_date()
    {
        using var ctx = new FakeApiTestContext();
        ctx.Fake.Faults.AddSequence("GET", "/rooms", FakeFault.TooManyRequests(TimeSpan.FromSeconds(3)), FakeFault.TooManyRequests(FakeApiTestContext.Start.AddSeconds(30)));
        using var first = await ctx.SendAsync(HttpMethod.Get, "rooms");
        first.StatusCode.Should().Be((HttpStatusCode)429);
        first.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(3));
        using var second = await ctx.SendAsync(HttpMethod.Get, "rooms");
        second.Headers.RetryAfter!.Date.Should().Be(FakeApiTestContext.Start.AddSeconds(30));
        second.Headers.GetValues("X-Request-Id").Should().ContainSingle();
        using var third = await ctx.SendAsync(HttpMethod.Get, "rooms");
        third.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Route_patterns_select_which_requests_are_faulted()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("target");
        ctx.Fake.Faults.Add("GET", "/rooms/{room_id}", FakeFault.Status(503), times: 2);
        ctx.Fake.Faults.Add("POST", "/v2/recordings/**", FakeFault.Status(500));

        (await ctx.SendAsync(HttpMethod.Get, "rooms")).StatusCode.Should().Be(HttpStatusCode.OK, "the list route does not match");
        (await ctx.SendAsync(HttpMethod.Post, $"rooms/{room.Id}", "{}")).StatusCode.Should().Be(HttpStatusCode.OK, "POST does not match GET");
        (await ctx.SendAsync(HttpMethod.Get, $"rooms/{room.Id}")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ctx.SendAsync(HttpMethod.Get, $"rooms/{room.Id}")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ctx.SendAsync(HttpMethod.Get, $"rooms/{room.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ctx.SendAsync(HttpMethod.Post, $"recordings/room/{room.Id}/start", "{}")).StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        ctx.Fake.Faults.Injected.Select(f => f.Path).Should().Equal($"/v2/rooms/{room.Id}", $"/v2/rooms/{room.Id}", $"/v2/recordings/room/{room.Id}/start");
    }

    [Fact]
    public async Task A_delay_waits_on_the_fake_clock_and_then_answers_normally()
    {
        using var ctx = new FakeApiTestContext();
        ctx.Fake.Faults.Add(FakeFault.DelayBy(TimeSpan.FromSeconds(30)));
        var pending = ctx.SendAsync(HttpMethod.Get, "rooms");
        await ctx.Fake.Faults.WaitForDelaysStartedAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
        ctx.Time.Advance(TimeSpan.FromSeconds(29));
        pending.IsCompleted.Should().BeFalse();
        ctx.Time.Advance(TimeSpan.FromSeconds(1));
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(10));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_delay_honours_the_request_cancellation_token()
    {
        using var ctx = new FakeApiTestContext();
        ctx.Fake.Faults.Add(FakeFault.Status(503).WithDelay(TimeSpan.FromMinutes(5)));
        using var cts = new CancellationTokenSource();
        var pending = ctx.SendAsync(HttpMethod.Get, "rooms", cancellationToken: cts.Token);
        await ctx.Fake.Faults.WaitForDelaysStartedAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
        cts.Cancel();
        var act = () => pending.WaitAsync(TimeSpan.FromSeconds(10));
        await act.Should().ThrowAsync<OperationCanceledException>();
        ctx.Fake.Requests.Single().StatusCode.Should().BeNull("the request never completed");
    }

    [Fact]
    public async Task A_dropped_connection_in_memory_is_an_HttpRequestException_with_an_inner_IOException()
    {
        using var ctx = new FakeApiTestContext();
        ctx.Fake.Faults.Add(FakeFault.DropConnection());
        var act = () => ctx.SendAsync(HttpMethod.Post, "rooms", "{\"name\":\"never\"}");
        var thrown = await act.Should().ThrowAsync<HttpRequestException>();
        thrown.Which.InnerException.Should().BeOfType<IOException>().Which.InnerException.Should().BeOfType<System.Net.Sockets.SocketException>();
        ctx.Fake.Rooms.Count.Should().Be(0);
        ctx.Fake.Requests.Single().StatusCode.Should().Be(0);
    }

    [Fact]
    public async Task A_reset_mid_body_in_memory_fails_while_reading_the_content_after_the_request_was_processed()
    {
        using var ctx = new FakeApiTestContext();
        ctx.Fake.Faults.Add(FakeFault.ResetMidBody());
        var act = () => ctx.SendAsync(HttpMethod.Post, "rooms", "{\"name\":\"half\"}");
        var thrown = await act.Should().ThrowAsync<HttpRequestException>();
        thrown.Which.GetBaseException().Should().BeOfType<System.Net.Sockets.SocketException>();
        ctx.Fake.Rooms.FindByName("half").Should().NotBeNull("the server processed the request before the reset");
    }

    [Fact]
    public async Task Body_faults_produce_truncated_malformed_html_empty_null_and_large_bodies()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("bodies");
        ctx.Fake.Faults.AddSequence(null, "/rooms/*",
            FakeFault.TruncatedJson(), FakeFault.MalformedJson(), FakeFault.HtmlErrorPage(), FakeFault.EmptyOk(), FakeFault.NullJson(), FakeFault.LargeBody(2 * 1024 * 1024));

        async Task<(HttpResponseMessage Response, string Text)> Get()
        {
            var response = await ctx.SendAsync(HttpMethod.Get, $"rooms/{room.Id}");
            return (response, await response.Content.ReadAsStringAsync());
        }

        var truncated = await Get();
        truncated.Response.StatusCode.Should().Be(HttpStatusCode.OK);
        truncated.Text.Should().StartWith("{\"id\":\"" + room.Id);
        FluentActions.Invoking(() => JsonDocument.Parse(truncated.Text)).Should().Throw<JsonException>();

        var malformed = await Get();
        FluentActions.Invoking(() => JsonDocument.Parse(malformed.Text)).Should().Throw<JsonException>();

        var html = await Get();
        html.Response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        html.Response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Text.Should().Contain("<html>");

        var empty = await Get();
        empty.Response.StatusCode.Should().Be(HttpStatusCode.OK);
        empty.Text.Should().BeEmpty();

        var nullBody = await Get();
        nullBody.Text.Should().Be("null");

        var large = await Get();
        large.Text.Length.Should().BeInRange(2 * 1024 * 1024 - 64, 2 * 1024 * 1024 + 64);
        ((string)JsonNode.Parse(large.Text)!["id"]!).Should().Be(room.Id, "the padded body is still the real, valid answer");

        ctx.Fake.Faults.Injected.Select(f => f.Kind).Should().Equal(
            FakeFaultKind.TruncatedJson, FakeFaultKind.MalformedJson, FakeFaultKind.HtmlErrorPage, FakeFaultKind.EmptyOk, FakeFaultKind.NullJson, FakeFaultKind.LargeBody);
        ctx.Fake.Faults.Injected[1].Fault.ToString().Should().Be("MalformedJson");
    }

    [Fact]
    public async Task Over_kestrel_drops_resets_statuses_and_delays_behave_like_real_sockets()
    {
        using var ctx = new FakeApiTestContext();
        await using var server = await ctx.Fake.StartServerAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUri + "/") };
        var token = ctx.Fake.CreateManagementToken();

        ctx.Fake.Faults.Add(FakeFault.DropConnection());
        var drop = () => FakeApiTestContext.SendAsync(http, HttpMethod.Get, "rooms", null, token);
        (await drop.Should().ThrowAsync<HttpRequestException>()).Which.Should().NotBeNull();

        ctx.Fake.Faults.Add(FakeFault.ResetMidBody());
        var reset = async () =>
        {
            using var response = await FakeApiTestContext.SendAsync(http, HttpMethod.Get, "rooms", null, token);
            await response.Content.ReadAsStringAsync();
        };
        await reset.Should().ThrowAsync<Exception>().Where(e => e is HttpRequestException || e is IOException);

        ctx.Fake.Faults.Add(FakeFault.TooManyRequests(TimeSpan.FromSeconds(3)));
        using (var limited = await FakeApiTestContext.SendAsync(http, HttpMethod.Get, "rooms", null, token))
        {
            limited.StatusCode.Should().Be((HttpStatusCode)429);
            limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(3));
            limited.Headers.GetValues("X-Request-Id").Should().ContainSingle();
            limited.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        }

        ctx.Fake.Faults.Add(FakeFault.DelayBy(TimeSpan.FromSeconds(5)));
        var delayed = FakeApiTestContext.SendAsync(http, HttpMethod.Get, "rooms", null, token);
        await ctx.Fake.Faults.WaitForDelaysStartedAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
        ctx.Time.Advance(TimeSpan.FromSeconds(5));
        using (var response = await delayed.WaitAsync(TimeSpan.FromSeconds(10)))
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var healthy = await FakeApiTestContext.SendAsync(http, HttpMethod.Get, "rooms", null, token);
        healthy.StatusCode.Should().Be(HttpStatusCode.OK, "the server keeps serving after aborted connections");
        ctx.Fake.Faults.Injected.Should().HaveCount(4);
    }

    [Fact]
    public void Fault_factories_validate_their_arguments()
    {
        FluentActions.Invoking(() => FakeFault.Status(99)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("statusCode");
        FluentActions.Invoking(() => FakeFault.DelayBy(TimeSpan.FromSeconds(-1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => FakeFault.LargeBody(10)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sizeBytes");
        var fake = new FakeHmsApi();
        FluentActions.Invoking(() => fake.Faults.Add(FakeFault.EmptyOk(), times: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => fake.Faults.AddSequence(null, "/rooms")).Should().Throw<ArgumentException>();
    }
}
