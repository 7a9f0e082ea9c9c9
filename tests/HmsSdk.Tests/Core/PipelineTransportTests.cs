using FluentAssertions;
using HmsSdk.Http;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Core;

/// <summary>
/// Issue #17's retrieve-path changes keep timeouts and cancellation exact: the per-attempt timeout source is reused
/// across calls (re-armed on the client's clock, never reused once it fired), a timeout that is not whole milliseconds
/// still fires exactly, the SDK's own handlers are driven through an HttpMessageInvoker while an injected HttpClient is
/// used as one, and a transport failure racing the timeout is reported as the timeout, as HttpClient does.
/// </summary>
public class PipelineTransportTests
{
    [Fact]
    public async Task After_a_completed_call_the_next_calls_timeout_fires_at_its_full_timeout()
    {
        var clock = TestClients.NewClock();
        var handler = new RecordingHandler().Enqueue(200, """{"ok":1}""").EnqueueStall();
        using var client = TestClients.Create(handler, clock, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            o.Retry.MaxRetries = 0;
        });

        (await client.Api.GetAsync("/rooms")).GetProperty("ok").GetInt32().Should().Be(1);
        clock.PendingTimers().Should().BeEmpty("the finished attempt's timeout is stopped, not left running");

        var call = client.Api.GetAsync("/rooms");
        await handler.WaitForRequestsAsync(2);
        clock.PendingTimers().Should().ContainSingle().Which.DueTime.Should().Be(TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(1));
        call.IsCompleted.Should().BeFalse();
        clock.Advance(TimeSpan.FromMilliseconds(1));

        var error = (await FluentActions.Awaiting(() => call).Should().ThrowAsync<HmsTimeoutException>()).Which;
        error.Timeout.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void On_the_system_clock_a_finished_timeout_source_is_reset_and_reused_and_a_cancelled_one_never_is()
    {
        var sources = new AttemptTimeoutSources(TimeProvider.System);
        var first = sources.Rent(TimeSpan.FromMinutes(5));
        sources.Return(first);

        var second = sources.Rent(TimeSpan.FromMinutes(5));
        second.Should().BeSameAs(first, "a source whose timer never fired is reset and re-armed");
        second.IsCancellationRequested.Should().BeFalse();
        second.Cancel();
        sources.Return(second);

        var third = sources.Rent(TimeSpan.FromMinutes(5));
        third.Should().NotBeSameAs(second, "a cancelled token can never become uncancelled");
        third.IsCancellationRequested.Should().BeFalse();
        sources.Return(third);
    }

    [Fact]
    public void On_another_clock_timeout_sources_are_created_per_attempt()
    {
        // CancellationTokenSource.TryReset cannot prove a TimeProvider timer did not fire, so it refuses; a fresh source is safe.
        var sources = new AttemptTimeoutSources(TestClients.NewClock());
        var first = sources.Rent(TimeSpan.FromSeconds(5));
        sources.Return(first);

        sources.Rent(TimeSpan.FromSeconds(5)).Should().NotBeSameAs(first);
    }

    [Fact]
    public async Task A_timeout_source_that_fired_is_not_reused()
    {
        var clock = TestClients.NewClock();
        var handler = new RecordingHandler().EnqueueStall().Enqueue(200, """{"ok":2}""");
        using var client = TestClients.Create(handler, clock, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            o.Retry.MaxRetries = 0;
        });

        var first = client.Api.GetAsync("/rooms");
        await handler.WaitForRequestsAsync(1);
        clock.Advance(TimeSpan.FromSeconds(5));
        await FluentActions.Awaiting(() => first).Should().ThrowAsync<HmsTimeoutException>();

        (await client.Api.GetAsync("/rooms")).GetProperty("ok").GetInt32().Should().Be(2, "a fresh, uncancelled source serves the next call");
    }

    [Fact]
    public async Task A_timeout_that_is_not_whole_milliseconds_fires_exactly_on_a_later_call()
    {
        var clock = TestClients.NewClock();
        var timeout = TimeSpan.FromTicks(15_000); // 1.5 ms: CancelAfter would round it down to 1 ms
        var handler = new RecordingHandler().Enqueue(200, """{"ok":1}""").EnqueueStall();
        using var client = TestClients.Create(handler, clock, o =>
        {
            o.Timeout = timeout;
            o.Retry.MaxRetries = 0;
        });
        await client.Api.GetAsync("/rooms");

        var call = client.Api.GetAsync("/rooms");
        await handler.WaitForRequestsAsync(2);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        call.IsCompleted.Should().BeFalse("1 ms is less than the 1.5 ms timeout");
        clock.Advance(TimeSpan.FromTicks(5_000));

        (await FluentActions.Awaiting(() => call).Should().ThrowAsync<HmsTimeoutException>()).Which.Timeout.Should().Be(timeout);
    }

    [Fact]
    public async Task A_transport_failure_racing_the_timeout_is_reported_as_the_timeout()
    {
        var clock = TestClients.NewClock();
        var handler = new RecordingHandler().Enqueue(async (_, ct) =>
        {
            // A socket torn down by the cancellation surfaces as HttpRequestException, not OperationCanceledException.
            var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (ct.Register(() => aborted.SetResult()))
            {
                await aborted.Task;
            }

            throw new HttpRequestException("The connection was aborted.");
        });
        using var client = TestClients.Create(handler, clock, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            o.Retry.MaxRetries = 0;
        });

        var call = client.Api.PostAsync("/rooms");
        await handler.WaitForRequestsAsync(1);
        clock.Advance(TimeSpan.FromSeconds(5));

        var error = (await FluentActions.Awaiting(() => call).Should().ThrowAsync<HmsTimeoutException>()).Which;
        error.Timeout.Should().Be(TimeSpan.FromSeconds(5));
        error.InnerException!.InnerException.Should().BeAssignableTo<OperationCanceledException>()
            .Which.InnerException.Should().BeOfType<HttpRequestException>();
    }

    [Fact]
    public void The_SDK_drives_its_own_handlers_through_an_invoker_and_uses_an_injected_HttpClient_as_one()
    {
        using var shared = new HmsClient(new HmsClientOptions { AccessKey = "k1", Secret = "s1" }, _ => null);
        using var withHandler = TestClients.Create(new RecordingHandler());
        using var http = new HttpClient(new RecordingHandler());
        using var withHttpClient = TestClients.Create(new RecordingHandler(), configure: o => o.HttpClient = http);

        shared.Pipeline.Settings.Transport.Should().NotBeAssignableTo<HttpClient>();
        withHandler.Pipeline.Settings.Transport.Should().NotBeAssignableTo<HttpClient>();
        withHttpClient.Pipeline.Settings.Transport.Should().BeSameAs(http);
    }

    [Fact]
    public async Task A_caller_cancellation_through_the_invoker_reports_the_callers_token()
    {
        var handler = new RecordingHandler().EnqueueStall();
        using var client = TestClients.Create(handler, configure: o => o.Timeout = TimeSpan.FromSeconds(5));
        using var cts = new CancellationTokenSource();

        var call = client.Api.GetAsync("/rooms", cancellationToken: cts.Token);
        await handler.WaitForRequestsAsync(1);
        cts.Cancel();

        var error = (await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>()).Which;
        error.Should().NotBeAssignableTo<HmsException>();
        error.CancellationToken.Should().Be(cts.Token);
    }
}
