using System.Net.Sockets;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Core;

public class RetryTests
{
    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Idempotent_requests_retry_transient_statuses(int status)
    {
        var handler = new RecordingHandler().Enqueue(status).Enqueue(status).Enqueue(200, """{"ok":1}""");
        using var client = TestClients.Create(handler);

        var body = await client.Api.GetAsync("/rooms");

        body.GetProperty("ok").GetInt32().Should().Be(1);
        handler.Requests.Should().HaveCount(3);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(501)]
    public async Task Permanent_statuses_are_not_retried(int status)
    {
        var handler = new RecordingHandler().Enqueue(status).Enqueue(200);
        using var client = TestClients.Create(handler);

        await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms")).Should().ThrowAsync<HmsApiException>();
        handler.Requests.Should().HaveCount(1);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task Post_is_not_retried_when_the_server_may_have_acted(int status)
    {
        var handler = new RecordingHandler().Enqueue(status).Enqueue(200);
        using var client = TestClients.Create(handler);

        await FluentActions.Awaiting(() => client.Api.PostAsync("/rooms")).Should().ThrowAsync<HmsApiException>();
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Post_is_retried_on_429()
    {
        var handler = new RecordingHandler().Enqueue(429).Enqueue(200);
        using var client = TestClients.Create(handler);

        await client.Api.PostAsync("/rooms");

        handler.Requests.Should().HaveCount(2);
        handler.Requests.Select(r => r.Body).Should().AllBe("{}");
    }

    [Fact]
    public async Task Post_is_retried_on_503_with_retry_after()
    {
        var handler = new RecordingHandler().Enqueue(503, "{}", ("Retry-After", "0")).Enqueue(200);
        using var client = TestClients.Create(handler);

        await client.Api.PostAsync("/rooms");

        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Post_is_retried_when_the_connection_was_refused_before_sending()
    {
        var handler = new RecordingHandler()
            .EnqueueException(new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)))
            .Enqueue(200);
        using var client = TestClients.Create(handler);

        await client.Api.PostAsync("/rooms");

        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Post_is_not_retried_after_a_reset_but_get_is()
    {
        var reset = () => new HttpRequestException("reset", new IOException("connection reset"));
        var postHandler = new RecordingHandler().EnqueueException(reset()).Enqueue(200);
        using (var client = TestClients.Create(postHandler))
        {
            await FluentActions.Awaiting(() => client.Api.PostAsync("/rooms")).Should().ThrowAsync<HmsTransportException>();
        }

        var getHandler = new RecordingHandler().EnqueueException(reset()).Enqueue(200);
        using (var client = TestClients.Create(getHandler))
        {
            await client.Api.GetAsync("/rooms");
        }

        postHandler.Requests.Should().HaveCount(1);
        getHandler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Retries_stop_after_max_retries_and_raise_the_last_error()
    {
        var handler = new RecordingHandler();
        handler.Default = (_, _) => Task.FromResult(RecordingHandler.Json(503, """{"message":"down"}"""));
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 2);

        var error = (await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms")).Should().ThrowAsync<HmsServerException>()).Which;

        error.ErrorMessage.Should().Be("down");
        handler.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Max_retries_zero_turns_retries_off_and_per_call_options_override_it()
    {
        var handler = new RecordingHandler();
        handler.Default = (_, _) => Task.FromResult(RecordingHandler.Json(503, "{}"));
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 0);

        await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms")).Should().ThrowAsync<HmsServerException>();
        handler.Requests.Should().HaveCount(1);

        await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms", requestOptions: new HmsRequestOptions { MaxRetries = 1 }))
            .Should().ThrowAsync<HmsServerException>();
        handler.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_waited_on_the_clock()
    {
        var clock = TestClients.NewClock();
        var handler = new RecordingHandler().Enqueue(429, "{}", ("Retry-After", "3")).Enqueue(200);
        using var client = TestClients.Create(handler, clock);

        var call = client.Api.GetAsync("/rooms");
        await handler.WaitForRequestsAsync(1);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        clock.Advance(TimeSpan.FromSeconds(2.9));
        handler.Requests.Should().HaveCount(1, "Retry-After is 3 s");
        clock.Advance(TimeSpan.FromSeconds(0.2));
        await call;

        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Retry_after_as_http_date_is_waited_on_the_clock()
    {
        var clock = TestClients.NewClock();
        var at = clock.GetUtcNow().AddSeconds(10).ToString("R");
        var handler = new RecordingHandler().Enqueue(503, "{}", ("Retry-After", at)).Enqueue(200);
        using var client = TestClients.Create(handler, clock);

        var call = client.Api.PostAsync("/rooms");
        await handler.WaitForRequestsAsync(1);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromSeconds(9.5));
        handler.Requests.Should().HaveCount(1);
        clock.Advance(TimeSpan.FromSeconds(0.6));
        await call;

        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Retry_after_longer_than_max_delay_is_not_waited_for()
    {
        var handler = new RecordingHandler().Enqueue(429, "{}", ("Retry-After", "3600")).Enqueue(200);
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxDelay = TimeSpan.FromSeconds(30));

        var error = (await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms")).Should().ThrowAsync<HmsRateLimitException>()).Which;

        error.RetryAfter.Should().Be(TimeSpan.FromHours(1));
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Backoff_grows_exponentially_without_jitter()
    {
        var clock = TestClients.NewClock();
        var handler = new RecordingHandler().Enqueue(500).Enqueue(500).Enqueue(200);
        using var client = TestClients.Create(handler, clock, o => o.Retry.Delay = TimeSpan.FromSeconds(1));

        var call = client.Api.GetAsync("/rooms");
        await handler.WaitForRequestsAsync(1);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(0.99));
        handler.Requests.Should().HaveCount(1);
        clock.Advance(TimeSpan.FromSeconds(0.02));
        await handler.WaitForRequestsAsync(2);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        clock.Advance(TimeSpan.FromSeconds(1.9));
        handler.Requests.Should().HaveCount(2, "the second delay is twice the first");
        clock.Advance(TimeSpan.FromSeconds(0.2));
        await call;
        handler.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Cancelling_during_a_retry_delay_ends_promptly_and_the_client_stays_usable()
    {
        var clock = TestClients.NewClock();
        var handler = new RecordingHandler().Enqueue(503).Enqueue(200, """{"ok":2}""");
        using var client = TestClients.Create(handler, clock, o => o.Retry.Delay = TimeSpan.FromSeconds(30));
        using var cts = new CancellationTokenSource();

        var call = client.Api.GetAsync("/rooms", cancellationToken: cts.Token);
        await handler.WaitForRequestsAsync(1);
        cts.Cancel();

        await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().HaveCount(1);
        (await client.Api.GetAsync("/rooms")).GetProperty("ok").GetInt32().Should().Be(2);
    }
}
