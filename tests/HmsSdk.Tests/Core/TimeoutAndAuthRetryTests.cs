using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Core;

public class TimeoutAndAuthRetryTests
{
    [Fact]
    public async Task A_stalled_attempt_times_out_with_HmsTimeoutException_carrying_a_TimeoutException()
    {
        var clock = TestClients.NewClock();
        var handler = new RecordingHandler().EnqueueStall();
        using var client = TestClients.Create(handler, clock, o => o.Timeout = TimeSpan.FromSeconds(5));

        var call = client.Api.PostAsync("/rooms");
        await handler.WaitForRequestsAsync(1);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(5));

        var error = (await FluentActions.Awaiting(() => call).Should().ThrowAsync<HmsTimeoutException>()).Which;
        error.InnerException.Should().BeOfType<TimeoutException>();
        error.Timeout.Should().Be(TimeSpan.FromSeconds(5));
        error.Operation.Should().Be("Api.Post");
        handler.Requests.Should().HaveCount(1, "a POST that may have reached the server is not retried");
    }

    [Fact]
    public async Task A_timed_out_get_is_retried()
    {
        var clock = TestClients.NewClock();
        var handler = new RecordingHandler().EnqueueStall().Enqueue(200, """{"ok":3}""");
        using var client = TestClients.Create(handler, clock, o => o.Timeout = TimeSpan.FromSeconds(5));

        var call = client.Api.GetAsync("/rooms");
        await handler.WaitForRequestsAsync(1);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(5));

        (await call).GetProperty("ok").GetInt32().Should().Be(3);
        handler.Requests.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(5)]
    public async Task Caller_cancellation_is_OperationCanceledException_not_a_timeout(int? timeoutSeconds)
    {
        var handler = new RecordingHandler().EnqueueStall();
        using var client = TestClients.Create(handler, configure: o =>
        {
            if (timeoutSeconds is { } seconds)
            {
                o.Timeout = TimeSpan.FromSeconds(seconds);
            }
        });
        using var cts = new CancellationTokenSource();

        var call = client.Api.GetAsync("/rooms", cancellationToken: cts.Token);
        await handler.WaitForRequestsAsync(1);
        cts.Cancel();

        var error = (await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>()).Which;
        error.Should().NotBeAssignableTo<HmsException>();
        error.CancellationToken.Should().Be(cts.Token);
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms", cancellationToken: new CancellationToken(true)))
            .Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Auth_failure_then_success_makes_two_requests_with_a_new_token(int status)
    {
        var clock = TestClients.NewClock();
        var handler = new RecordingHandler().Enqueue(status).Enqueue(200, """{"ok":4}""");
        using var client = TestClients.Create(handler, clock);

        (await client.Api.PostAsync("/rooms")).GetProperty("ok").GetInt32().Should().Be(4);

        handler.Requests.Should().HaveCount(2);
        handler.Requests[1].Header("Authorization").Should().NotBe(handler.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task Auth_failure_twice_raises_unauthorized_after_two_requests()
    {
        var handler = new RecordingHandler();
        handler.Default = (_, _) => Task.FromResult(RecordingHandler.Json(401, """{"code":401,"message":"Token validation error"}"""));
        using var client = TestClients.Create(handler);

        var error = (await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms")).Should().ThrowAsync<HmsUnauthorizedException>()).Which;

        error.ErrorMessage.Should().Be("Token validation error");
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Auth_refresh_can_be_switched_off()
    {
        var handler = new RecordingHandler().Enqueue(401).Enqueue(200);
        using var client = TestClients.Create(handler, configure: o => o.Retry.RefreshTokenOnAuthFailure = false);

        await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms")).Should().ThrowAsync<HmsUnauthorizedException>();
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task The_refreshed_token_is_kept_for_later_requests()
    {
        var handler = new RecordingHandler().Enqueue(401).Enqueue(200).Enqueue(200);
        using var client = TestClients.Create(handler);

        await client.Api.GetAsync("/rooms");
        await client.Api.GetAsync("/rooms");

        handler.Requests[2].Header("Authorization").Should().Be(handler.Requests[1].Header("Authorization"));
    }
}
