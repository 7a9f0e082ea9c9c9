using FluentAssertions;
using HmsSdk.Testing;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Reliability;

/// <summary>
/// Cancellation through the fake API (the Core tests cover the scripted handler): over real sockets, during a POST's
/// Retry-After wait, in paging, and for many calls at once. Each ends promptly with OperationCanceledException and leaves the
/// client usable; a cancelled retry never fires later.
/// </summary>
public class CancellationTests
{
    [Fact]
    public async Task Cancelling_a_request_stalled_on_a_real_socket_ends_promptly_and_the_client_stays_usable()
    {
        var fake = ReliabilityHarness.NewFake();
        var room = fake.Rooms.Create("cancel-socket");
        await using var server = await fake.StartServerAsync();
        using var sockets = new SocketsHttpHandler();
        var clock = TestClients.NewClock();
        using var client = TestClients.Create(sockets, clock, o => o.BaseUri = server.BaseUri);
        using var cts = new CancellationTokenSource();
        fake.Faults.Add("GET", "/rooms/*", FakeFault.DelayBy(TimeSpan.FromHours(1)));

        var call = client.Api.GetAsync("/rooms/" + room.Id, ProbeJson.Default.ProbeRoom, cancellationToken: cts.Token);
        await fake.Faults.WaitForDelaysStartedAsync(1);
        cts.Cancel();

        var error = (await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>()).Which;
        error.Should().NotBeAssignableTo<HmsException>();
        error.CancellationToken.Should().Be(cts.Token);
        clock.GetUtcNow().Should().Be(ReliabilityHarness.Start, "no fake time had to pass");
        (await client.Api.GetAsync("/rooms/" + room.Id, ProbeJson.Default.ProbeRoom)).Id.Should().Be(room.Id);
        fake.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_post_cancelled_during_its_retry_after_wait_is_never_sent_again()
    {
        var clock = TestClients.NewClock();
        var fake = ReliabilityHarness.NewFake();
        using var client = TestClients.Create(fake.CreateHandler(), clock, o => o.BaseUri = fake.BaseUri);
        using var cts = new CancellationTokenSource();
        fake.Faults.Add("POST", "/rooms", FakeFault.TooManyRequests(TimeSpan.FromSeconds(30)));

        var call = client.Api.PostAsync("/rooms", new ProbeRoomBody { Name = "cancelled" }, ProbeJson.Default.ProbeRoomBody, ProbeJson.Default.ProbeRoom, cancellationToken: cts.Token);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(30));
        cts.Cancel();

        await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>();
        clock.Advance(TimeSpan.FromMinutes(5));
        fake.Requests.Should().HaveCount(1, "the abandoned retry must not fire once its delay elapses");
        fake.Rooms.FindByName("cancelled").Should().BeNull();
        (await client.Api.PostAsync("/rooms", new ProbeRoomBody { Name = "after" }, ProbeJson.Default.ProbeRoomBody, ProbeJson.Default.ProbeRoom)).Name.Should().Be("after");
    }

    [Fact]
    public async Task Cancelling_a_typed_pager_mid_list_by_either_token_ends_promptly_and_the_pageable_can_be_enumerated_again()
    {
        var fake = ReliabilityHarness.NewFake();
        var room = fake.Rooms.Create("cancel-paging");
        fake.Seed.TrackEvents(room.Id, 25);
        using var client = TestClients.Create(fake.CreateHandler(), configure: o => o.BaseUri = fake.BaseUri);

        // 1) The enumeration's token, while page 2 stalls.
        using (var cts = new CancellationTokenSource())
        {
            // Read-ahead off: this test stalls "the next page" from inside the loop; read-ahead has its own tests (PagerReadAheadTests).
            var pageable = client.Analytics.ListTrackEventsAsync(new TrackEventListOptions(room.Id) { Limit = 10 }, NoReadAhead());
            var seen = await EnumerateUntilCancelledAsync(fake, pageable, cts, cts.Token, stallsBefore: 0);
            seen.Should().Be(10, "page 1 arrived, page 2 was cancelled");

            var all = new List<string>();
            await foreach (var item in pageable)
            {
                all.Add(item.Id);
            }

            all.Should().HaveCount(25).And.OnlyHaveUniqueItems("the same pageable starts over and completes");
        }

        // 2) The token given to the list call itself.
        using (var listCts = new CancellationTokenSource())
        {
            var pageable = client.Analytics.ListTrackEventsAsync(new TrackEventListOptions(room.Id) { Limit = 10 }, NoReadAhead(), listCts.Token);
            var seen = await EnumerateUntilCancelledAsync(fake, pageable, listCts, CancellationToken.None, stallsBefore: 1);
            seen.Should().Be(10);
        }

        var fresh = 0;
        await foreach (var item in client.Analytics.ListTrackEventsAsync(new TrackEventListOptions(room.Id) { Limit = 10 }))
        {
            fresh++;
        }

        fresh.Should().Be(25);
    }

    [Fact]
    public async Task Cancelling_a_hundred_stalled_calls_at_once_leaves_the_client_able_to_serve_a_hundred_more()
    {
        var fake = ReliabilityHarness.NewFake();
        var room = fake.Rooms.Create("cancel-many");
        using var client = TestClients.Create(fake.CreateHandler(), configure: o => o.BaseUri = fake.BaseUri);
        using var cts = new CancellationTokenSource();
        fake.Faults.Add("GET", "/rooms/*", FakeFault.DelayBy(TimeSpan.FromHours(1)), 100);

        var stalled = Enumerable.Range(0, 100).Select(_ => client.Api.GetAsync("/rooms/" + room.Id, ProbeJson.Default.ProbeRoom, cancellationToken: cts.Token)).ToArray();
        await fake.Faults.WaitForDelaysStartedAsync(100);
        cts.Cancel();

        foreach (var call in stalled)
        {
            var error = await ReliabilityHarness.CaptureAsync(call);
            error.Should().BeAssignableTo<OperationCanceledException>().And.NotBeAssignableTo<HmsException>();
        }

        var after = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => client.Api.GetAsync("/rooms/" + room.Id, ProbeJson.Default.ProbeRoom)));
        after.Should().OnlyContain(r => r.Id == room.Id);
        fake.Requests.Should().HaveCount(200);
    }

    private static HmsRequestOptions NoReadAhead() => new() { PageReadAhead = false };

    private static async Task<int> EnumerateUntilCancelledAsync(FakeHmsApi fake, HmsAsyncPageable<TrackEvent> pageable, CancellationTokenSource cts, CancellationToken enumerationToken, int stallsBefore)
    {
        var seen = 0;
        var act = async () =>
        {
            await foreach (var item in pageable.WithCancellation(enumerationToken))
            {
                if (seen++ == 0)
                {
                    // The next page request stalls; cancel once it is really waiting.
                    fake.Faults.Add("GET", "/analytics/events", FakeFault.DelayBy(TimeSpan.FromHours(1)));
                    _ = fake.Faults.WaitForDelaysStartedAsync(stallsBefore + 1).ContinueWith(_ => cts.Cancel(), TaskScheduler.Default);
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        return seen;
    }
}
