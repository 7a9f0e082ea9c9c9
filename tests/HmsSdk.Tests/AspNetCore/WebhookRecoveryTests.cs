using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.AspNetCore;
using HmsSdk.Testing;
using HmsSdk.Tests.Infrastructure;
using HmsSdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace HmsSdk.Tests.AspNetCore;

/// <summary>
/// Recovery end to end: the fake 100ms API delivers webhooks over loopback to a real Kestrel receiver, records the
/// failures while the receiver is down, and its replay API re-sends them with <c>is_replay: true</c> when the recovery
/// service asks.
/// </summary>
public sealed class WebhookRecoveryTests : IDisposable
{
    private const string Secret = "recovery-secret";
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hms-recovery-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task Deliveries_that_failed_while_the_receiver_was_down_are_replayed_and_handled_once()
    {
        var port = WebhookHostProcess.FreePort();
        var options = new FakeHmsApiOptions
        {
            WebhookReceiverUri = new Uri($"http://127.0.0.1:{port}/hms/webhooks"),
            // 100ms's three retries, shortened: the schedule belongs to the sender and nothing here measures it.
            WebhookRetryDelays = new[] { TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1) },
            ReplayEventsPerSecond = 1000,
        };
        options.WebhookHeaders["X-Hms-Secret"] = Secret;
        var fake = new FakeHmsApi(options);

        var missed = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var delivery = await fake.Webhooks.SendAsync("peer.join.success", PeerData(i));
            delivery.Delivered.Should().BeFalse("nothing listens yet");
            delivery.Attempts.Should().Be(4);
            missed.Add(delivery.EventId!);
        }

        var handled = new ConcurrentQueue<HmsWebhookEvent>();
        var app = BuildReceiver(fake, port, Path.Combine(_directory.FullName, "webhooks.db"), handled);
        await using var _ = app;
        await app.StartAsync();

        var live = await fake.Webhooks.SendAsync("peer.join.success", PeerData(99));
        live.Delivered.Should().BeTrue();
        await WebhookTestHost.WaitUntilAsync(() => Task.FromResult(handled.Count >= 6), "the recovery should have replayed every missed delivery");

        handled.Where(e => e.IsReplay).Select(e => e.Id).Should().BeEquivalentTo(missed);
        handled.Where(e => !e.IsReplay).Select(e => e.Id).Should().Equal(live.EventId);
        var history = fake.Inspect("analytics/webhooks?status=failed")!["events"]!.AsArray();
        history.Select(e => e!["event_id"]!.GetValue<string>()).Should().BeEquivalentTo(missed);
        history.Should().OnlyContain(e => e!["payload"]!["error_reason"]!.GetValue<string>().StartsWith("connection failed", StringComparison.Ordinal));

        var store = app.Services.GetRequiredService<IHmsWebhookStore>();
        // The replayed events can be handled before the recovery run records its checkpoint: wait for the run, not for time.
        await WebhookTestHost.WaitUntilAsync(async () => await store.GetCheckpointAsync("hms-webhook-recovery") is not null, "the recovery run records its checkpoint");
        var again = await app.Services.GetServices<IHostedService>().OfType<HmsWebhookRecoveryService>().Single().RunOnceAsync();

        again.FailedDeliveries.Should().Be(0, "the checkpoint moved past the recovered window");
        again.ReplaysStarted.Should().Be(0);
        (await store.GetStatisticsAsync()).Completed.Should().Be(6);
        handled.Should().HaveCount(6);
        await app.StopAsync();
    }

    [Fact]
    public async Task A_checkpoint_older_than_the_history_is_reported_and_windows_stay_within_14_days()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var fake = new FakeHmsApi(new FakeHmsApiOptions { TimeProvider = time });
        var store = new InMemoryHmsWebhookStore(10);
        await store.SetCheckpointAsync("hms-webhook-recovery", time.GetUtcNow().AddDays(-40).ToString("O"));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IHmsWebhookStore>(store);
        services.AddHmsClientFor(fake, o => o.TimeProvider = time);
        services.AddHmsWebhooks().AddRecovery(o => o.SettleDelay = TimeSpan.FromMinutes(2));
        await using var provider = services.BuildServiceProvider();
        var recovery = provider.GetServices<IHostedService>().OfType<HmsWebhookRecoveryService>().Single();

        var run = await recovery.RunOnceAsync();

        run.GapStart.Should().Be(time.GetUtcNow().AddDays(-40));
        run.From.Should().BeAfter(time.GetUtcNow().AddDays(-30));
        run.To.Should().Be(time.GetUtcNow().AddMinutes(-2));
        var windows = fake.Requests.Where(r => r.Path == "/v2/analytics/webhooks").ToList();
        windows.Should().HaveCount(3, "30 days minus the margin in windows of at most 14 days");
        foreach (var request in windows)
        {
            var start = DateTimeOffset.Parse(request.QueryParameters.Single(q => q.Key == "start_time").Value, System.Globalization.CultureInfo.InvariantCulture);
            var end = DateTimeOffset.Parse(request.QueryParameters.Single(q => q.Key == "end_time").Value, System.Globalization.CultureInfo.InvariantCulture);
            (end - start).Should().BeLessThanOrEqualTo(TimeSpan.FromDays(14));
        }

        (await store.GetCheckpointAsync("hms-webhook-recovery")).Should().Be(run.To.ToString("O"));
    }

    [Fact]
    public async Task A_rate_limited_replay_request_waits_its_retry_after_on_the_clock_then_replays()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var fake = new FakeHmsApi(new FakeHmsApiOptions { TimeProvider = time });
        fake.Analytics.AddWebhookDelivery("60b8e13a6eb86d8101b57354", "peer.join.success", success: false, timestamp: time.GetUtcNow().AddHours(-1));
        fake.Faults.Add("POST", "/analytics/webhooks/replay", FakeFault.TooManyRequests(TimeSpan.FromSeconds(45)));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IHmsWebhookStore>(new InMemoryHmsWebhookStore(10));
        services.AddHmsClientFor(fake, o =>
        {
            o.TimeProvider = time;
            o.Retry.MaxRetries = 0; // the 429 reaches the recovery service, which owns the wait
        });
        services.AddHmsWebhooks().AddRecovery(o => o.ReplayPollInterval = TimeSpan.FromSeconds(5));
        await using var provider = services.BuildServiceProvider();
        var recovery = provider.GetServices<IHostedService>().OfType<HmsWebhookRecoveryService>().Single();

        var pass = recovery.RunOnceAsync();
        for (var i = 0; i < 2000 && !pass.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(2);
        }

        var run = await pass.WaitAsync(TimeSpan.FromSeconds(30));
        run.FailedDeliveries.Should().Be(1);
        run.ReplaysStarted.Should().Be(1);
        var replays = fake.Requests.Where(r => r.Method == "POST" && r.Path == "/v2/analytics/webhooks/replay").ToList();
        replays.Should().HaveCount(2, "one answered 429, then the replay");
        (replays[1].ReceivedAt - replays[0].ReceivedAt).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(45));
        fake.Faults.Injected.Should().ContainSingle().Which.Fault.StatusCode.Should().Be(429);
    }

    [Fact]
    public void Recovery_without_a_client_fails_with_a_message_naming_AddHmsClient()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHmsWebhooks().UseInMemoryQueue().AddRecovery();
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetServices<IHostedService>().ToList();

        act.Should().Throw<InvalidOperationException>().WithMessage("*AddHmsClient*");
    }

    private static JsonObject PeerData(int n) => new()
    {
        ["room_id"] = "60b8e13a6eb86d8101b57354",
        ["room_name"] = "test room",
        ["session_id"] = "610f81ee870dde099a249948",
        ["peer_id"] = "peer-" + n,
        ["user_id"] = "user." + n,
        ["user_name"] = "user " + n,
        ["role"] = "host",
        ["joined_at"] = "2021-08-08T07:04:15.001380432Z",
    };

    private static WebApplication BuildReceiver(FakeHmsApi fake, int port, string database, ConcurrentQueue<HmsWebhookEvent> handled)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddHmsClientFor(fake);
        builder.Services.AddHmsWebhooks(o => o.RequireHeader("X-Hms-Secret", Secret))
            .UseSqliteStore(database)
            .On<HmsWebhookEvent>((evt, _) =>
            {
                handled.Enqueue(evt);
                return Task.CompletedTask;
            })
            .AddRecovery(o =>
            {
                o.SettleDelay = TimeSpan.Zero;
                o.ReplayPollInterval = TimeSpan.FromMilliseconds(10);
            });
        var app = builder.Build();
        app.MapHmsWebhooks("/hms/webhooks");
        return app;
    }
}
