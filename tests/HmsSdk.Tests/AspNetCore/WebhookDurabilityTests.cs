using System.Net;
using FluentAssertions;
using HmsSdk.AspNetCore;
using HmsSdk.Tests.Webhooks;
using HmsSdk.Webhooks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HmsSdk.Tests.AspNetCore;

/// <summary>The durable store in-process: stored before 200, 503 on store failure, de-duplication, back-off, dead letters, restart.</summary>
public sealed class WebhookDurabilityTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hms-webhooks-");

    private string Database => Path.Combine(_directory.FullName, "webhooks.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task The_200_comes_after_the_event_is_in_the_sqlite_file()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await WebhookTestHost.StartAsync(
            handlers: builder => builder.On<PeerJoinSucceededEvent>((_, ct) => release.Task.WaitAsync(ct)),
            store: builder => builder.UseSqliteStore(Database));

        var response = await app.PostAsync(PeerJoin("stored-first"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ReadRow(Database, "stored-first").Should().Be("peer.join.success");
        release.SetResult();
    }

    [Fact]
    public async Task A_store_write_failure_answers_503_and_the_retried_delivery_succeeds()
    {
        SqliteHmsWebhookStore? inner = null;
        FailingStore? failing = null;
        await using var app = await WebhookTestHost.StartAsync(
            store: builder => builder.UseStore(_ => failing = new FailingStore(inner = new SqliteHmsWebhookStore(new SqliteHmsWebhookStoreOptions { Path = Database }), failures: 1)));

        var first = await app.PostAsync(PeerJoin("retried"));
        var retry = await app.PostAsync(PeerJoin("retried"));

        first.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        retry.StatusCode.Should().Be(HttpStatusCode.OK);
        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("retried");
        failing!.Failures.Should().Be(1);
        app.Logs.Should().Contain(l => l.Message.Contains("answered 503 so 100ms retries", StringComparison.Ordinal) && l.Exception is IOException);
        await app.StopAsync();
        await inner!.DisposeAsync();
    }

    [Fact]
    public async Task A_full_store_answers_503()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await WebhookTestHost.StartAsync(
            handlers: builder => builder.On<PeerJoinSucceededEvent>((_, ct) => release.Task.WaitAsync(ct)),
            store: builder => builder.UseSqliteStore(Database, o => o.Capacity = 2));

        (await app.PostAsync(PeerJoin("a"))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.PostAsync(PeerJoin("b"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var overflow = await app.PostAsync(PeerJoin("c"));
        release.SetResult();

        overflow.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task The_same_id_twice_and_its_replay_give_one_effect()
    {
        var effects = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        await using var app = await WebhookTestHost.StartAsync(
            handlers: builder => builder.On<HmsWebhookEvent>((evt, _) =>
            {
                effects.AddOrUpdate(evt.Id!, 1, (_, n) => n + 1);
                return Task.CompletedTask;
            }),
            store: builder => builder.UseSqliteStore(Database));

        (await app.PostAsync(PeerJoin("once"))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.PostAsync(PeerJoin("once"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await WebhookTestHost.NextAsync(app.Handled);
        (await app.PostAsync(PeerJoin("once", replay: true))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.PostAsync(PeerJoin("other"))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("other");

        effects.Should().BeEquivalentTo(new Dictionary<string, int> { ["once"] = 1, ["other"] = 1 });
        var stats = await app.Services.GetRequiredService<IHmsWebhookStore>().GetStatisticsAsync();
        stats.Completed.Should().Be(2);
    }

    [Fact]
    public async Task Two_hosts_sharing_one_distributed_cache_handle_an_event_once()
    {
        var shared = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var effects = 0;
        Action<HmsWebhooksBuilder> count = builder => builder.On<PeerJoinSucceededEvent>((_, _) =>
        {
            Interlocked.Increment(ref effects);
            return Task.CompletedTask;
        });
        await using var first = await WebhookTestHost.StartAsync(
            handlers: count,
            store: builder => builder.UseSqliteStore(Path.Combine(_directory.FullName, "a.db")),
            services: s => s.AddSingleton<IDistributedCache>(shared));
        await using var second = await WebhookTestHost.StartAsync(
            handlers: count,
            store: builder => builder.UseSqliteStore(Path.Combine(_directory.FullName, "b.db")),
            services: s => s.AddSingleton<IDistributedCache>(shared));

        (await first.PostAsync(PeerJoin("fleet"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await WebhookTestHost.NextAsync(first.Handled);
        // The id is remembered after the handler and the mark-done commit: the copy must arrive after that, as 100ms's
        // retries and replays do (copies at the same instant can both run; docs/webhooks.md says so).
        await WebhookTestHost.WaitUntilAsync(async () => await shared.GetAsync("hms-webhook:fleet") is not null, "the first host remembers the id once it is handled");
        (await second.PostAsync(PeerJoin("fleet", replay: true))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await second.PostAsync(PeerJoin("fleet-2"))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await WebhookTestHost.NextAsync(second.Handled)).Id.Should().Be("fleet-2");

        // The second copy is stopped at the endpoint or, if it raced the first host's cache write, by the dispatcher.
        effects.Should().Be(2, "fleet once on the first host, fleet-2 once on the second");
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_back_off_then_dead_lettered_and_a_requeue_runs_it_again()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var attempts = new List<DateTimeOffset>();
        var healthy = false;
        await using var app = await WebhookTestHost.StartAsync(
            configure: o =>
            {
                o.MaxAttempts = 3;
                o.RetryDelay = TimeSpan.FromMinutes(1);
                o.PollInterval = TimeSpan.FromMinutes(1);
            },
            handlers: builder => builder.On<HmsWebhookEvent>((evt, _) =>
            {
                lock (attempts)
                {
                    attempts.Add(time.GetUtcNow());
                }

                return Volatile.Read(ref healthy) ? Task.CompletedTask : throw new InvalidOperationException("database down");
            }),
            store: builder => builder.UseSqliteStore(Database),
            services: s => s.AddSingleton<TimeProvider>(time));
        var store = app.Services.GetRequiredService<IHmsWebhookStore>();

        (await app.PostAsync(PeerJoin("flaky"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await AdvanceUntilAsync(time, async () => (await store.ListDeadLettersAsync()).Count == 1);

        var dead = (await store.ListDeadLettersAsync()).Single();
        dead.Webhook.EventId.Should().Be("flaky");
        dead.Attempts.Should().Be(3);
        dead.LastError.Should().Contain("database down");
        AttemptTimes().Should().HaveCount(3);
        (AttemptTimes()[1] - AttemptTimes()[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMinutes(1)).And.BeLessThan(TimeSpan.FromMinutes(2));
        (AttemptTimes()[2] - AttemptTimes()[1]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMinutes(2)).And.BeLessThan(TimeSpan.FromMinutes(3));

        Volatile.Write(ref healthy, true);
        (await store.RequeueDeadLettersAsync(new[] { dead.Sequence }, time.GetUtcNow())).Should().Be(1);
        await AdvanceUntilAsync(time, async () => (await store.GetStatisticsAsync()).Completed == 1);

        AttemptTimes().Should().HaveCount(4);
        (await store.ListDeadLettersAsync()).Should().BeEmpty();

        DateTimeOffset[] AttemptTimes()
        {
            lock (attempts)
            {
                return attempts.ToArray();
            }
        }
    }

    [Fact]
    public async Task Handlers_that_succeeded_are_not_run_again_when_another_handler_fails()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var good = 0;
        var bad = 0;
        await using var app = await WebhookTestHost.StartAsync(
            configure: o => o.RetryDelay = TimeSpan.FromSeconds(10),
            handlers: builder => builder
                .On<HmsWebhookEvent>((_, _) =>
                {
                    Interlocked.Increment(ref good);
                    return Task.CompletedTask;
                })
                .On<HmsWebhookEvent>((_, _) => Interlocked.Increment(ref bad) == 1 ? throw new InvalidOperationException("first time") : Task.CompletedTask),
            store: builder => builder.UseSqliteStore(Database),
            services: s => s.AddSingleton<TimeProvider>(time));
        var store = app.Services.GetRequiredService<IHmsWebhookStore>();

        (await app.PostAsync(PeerJoin("partial"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await AdvanceUntilAsync(time, async () => (await store.GetStatisticsAsync()).Completed == 1);

        good.Should().Be(1);
        bad.Should().Be(2);
    }

    [Fact]
    public async Task An_event_left_unfinished_by_a_stop_is_handled_after_the_restart()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = await WebhookTestHost.StartAsync(
            handlers: builder => builder.On<PeerJoinSucceededEvent>(async (_, ct) =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
            }),
            store: builder => builder.UseSqliteStore(Database));
        (await first.PostAsync(PeerJoin("survivor"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // A stop whose shutdown timeout has already passed: the handler is cancelled mid-flight.
        using (var expired = new CancellationTokenSource())
        {
            await expired.CancelAsync();
            await first.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHost>().StopAsync(expired.Token);
        }

        await first.DisposeAsync();

        await using var second = await WebhookTestHost.StartAsync(store: builder => builder.UseSqliteStore(Database));

        (await WebhookTestHost.NextAsync(second.Handled)).Id.Should().Be("survivor");
    }

    [Fact]
    public async Task No_store_chosen_fails_at_start_with_a_message_naming_both_choices()
    {
        var act = () => WebhookTestHost.StartAsync(store: _ => { });

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("UseSqliteStore").And.Contain("UseInMemoryQueue");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void UseSqliteStore_refuses_an_empty_path(string path)
    {
        var builder = new ServiceCollection().AddHmsWebhooks();

        var act = () => builder.UseSqliteStore(path);

        act.Should().Throw<ArgumentException>().WithParameterName("path");
    }

    [Fact]
    public void Sqlite_store_options_refuse_a_non_positive_capacity()
    {
        var act = () => new SqliteHmsWebhookStore(new SqliteHmsWebhookStoreOptions { Path = Database, Capacity = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Capacity");
    }

    [Fact]
    public async Task The_sqlite_store_keeps_waiting_events_and_checkpoints_across_reopen()
    {
        var options = new SqliteHmsWebhookStoreOptions { Path = Database };
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using (var store = new SqliteHmsWebhookStore(options))
        {
            (await store.AppendAsync(new HmsIncomingWebhook("e1", "peer.join.success", new byte[] { 1, 2, 3 }, at))).Should().Be(HmsWebhookAppendResult.Stored);
            (await store.AppendAsync(new HmsIncomingWebhook("e2", "peer.join.success", new byte[] { 4 }, at))).Should().Be(HmsWebhookAppendResult.Stored);
            var leased = await store.LeaseAsync(1, at);
            await store.CompleteAsync(leased.Single().Sequence, at, Array.Empty<HmsWebhookCompletionWork>());
            await store.SetCheckpointAsync("recovery", "2026-01-01T00:00:00.0000000+00:00");
        }

        await using var reopened = new SqliteHmsWebhookStore(options);
        var waiting = await reopened.LeaseAsync(10, at);

        waiting.Should().ContainSingle().Which.Webhook.EventId.Should().Be("e2");
        waiting[0].Webhook.Body.Should().Equal(4);
        (await reopened.AppendAsync(new HmsIncomingWebhook("e1", "peer.join.success", new byte[] { 1 }, at))).Should().Be(HmsWebhookAppendResult.Duplicate);
        (await reopened.GetCheckpointAsync("recovery")).Should().Be("2026-01-01T00:00:00.0000000+00:00");
        (await reopened.PurgeCompletedAsync(at.AddDays(1))).Should().Be(1);
        (await reopened.AppendAsync(new HmsIncomingWebhook("e1", "peer.join.success", new byte[] { 1 }, at))).Should().Be(HmsWebhookAppendResult.Stored);
    }

    [Fact]
    public async Task Enlisted_work_that_fails_rolls_back_the_mark_done_and_nothing_else_in_the_batch()
    {
        var at = DateTimeOffset.UnixEpoch;
        await using var store = new SqliteHmsWebhookStore(new SqliteHmsWebhookStoreOptions { Path = Database });
        await store.AppendAsync(new HmsIncomingWebhook("ok", "t", new byte[] { 1 }, at));
        await store.AppendAsync(new HmsIncomingWebhook("broken", "t", new byte[] { 1 }, at));
        var leased = await store.LeaseAsync(2, at);

        var broken = store.CompleteAsync(leased[1].Sequence, at, new HmsWebhookCompletionWork[] { (_, _) => throw new InvalidOperationException("effect failed") });
        var ok = store.CompleteAsync(leased[0].Sequence, at, Array.Empty<HmsWebhookCompletionWork>());

        await ok;
        (await broken.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>()).WithMessage("effect failed");
        var stats = await store.GetStatisticsAsync();
        stats.Completed.Should().Be(1);
        stats.Waiting.Should().Be(1);
    }

    internal static string PeerJoin(string id, bool replay = false) =>
        WebhookFixtures.Read("peer.join.success").Replace(
            "\"id\": \"9531985d-5d9d-49f8-9818-e811892f902b\"",
            $"\"id\": \"{id}\", \"is_replay\": {(replay ? "true" : "false")}",
            StringComparison.Ordinal);

    private static async Task AdvanceUntilAsync(FakeTimeProvider time, Func<Task<bool>> condition)
    {
        // Moves fake time in small steps while the dispatcher catches up; the bound only turns a hang into a failure.
        for (var i = 0; i < 2000; i++)
        {
            if (await condition())
            {
                return;
            }

            time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(2);
        }

        throw new TimeoutException("The condition never became true.");
    }

    private static string? ReadRow(string database, string eventId)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT event_type FROM hms_webhook_events WHERE event_id = $id;";
        select.Parameters.AddWithValue("$id", eventId);
        return select.ExecuteScalar() as string;
    }

    private sealed class FailingStore : IHmsWebhookStore
    {
        private readonly IHmsWebhookStore _inner;
        private int _failuresLeft;

        public FailingStore(IHmsWebhookStore inner, int failures)
        {
            _inner = inner;
            _failuresLeft = failures;
        }

        public int Failures { get; private set; }

        public bool IsDurable => _inner.IsDurable;

        public bool SupportsTransactionalCompletion => _inner.SupportsTransactionalCompletion;

        public Task<HmsWebhookAppendResult> AppendAsync(HmsIncomingWebhook webhook, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                Failures++;
                throw new IOException("disk I/O error (injected)");
            }

            return _inner.AppendAsync(webhook, cancellationToken);
        }

        public Task<IReadOnlyList<HmsStoredWebhook>> LeaseAsync(int maxCount, DateTimeOffset now, CancellationToken cancellationToken = default) => _inner.LeaseAsync(maxCount, now, cancellationToken);

        public Task<DateTimeOffset?> GetNextDueAsync(CancellationToken cancellationToken = default) => _inner.GetNextDueAsync(cancellationToken);

        public Task CompleteAsync(long sequence, DateTimeOffset completedAt, IReadOnlyList<HmsWebhookCompletionWork> work, CancellationToken cancellationToken = default) => _inner.CompleteAsync(sequence, completedAt, work, cancellationToken);

        public Task FailAsync(long sequence, int attempts, DateTimeOffset? retryAt, string error, IReadOnlyCollection<string> completedHandlers, CancellationToken cancellationToken = default) => _inner.FailAsync(sequence, attempts, retryAt, error, completedHandlers, cancellationToken);

        public Task ReleaseAsync(long sequence, CancellationToken cancellationToken = default) => _inner.ReleaseAsync(sequence, cancellationToken);

        public Task<IReadOnlyList<HmsStoredWebhook>> ListDeadLettersAsync(int maxCount = 100, CancellationToken cancellationToken = default) => _inner.ListDeadLettersAsync(maxCount, cancellationToken);

        public Task<int> RequeueDeadLettersAsync(IReadOnlyCollection<long>? sequences, DateTimeOffset now, CancellationToken cancellationToken = default) => _inner.RequeueDeadLettersAsync(sequences, now, cancellationToken);

        public Task<int> PurgeCompletedAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken = default) => _inner.PurgeCompletedAsync(completedBefore, cancellationToken);

        public Task<HmsWebhookStoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => _inner.GetStatisticsAsync(cancellationToken);

        public Task<string?> GetCheckpointAsync(string name, CancellationToken cancellationToken = default) => _inner.GetCheckpointAsync(name, cancellationToken);

        public Task SetCheckpointAsync(string name, string value, CancellationToken cancellationToken = default) => _inner.SetCheckpointAsync(name, value, cancellationToken);
    }
}
