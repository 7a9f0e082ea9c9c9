using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace HmsSdk.AspNetCore;

/// <summary>
/// The durable webhook store: one SQLite file in WAL mode. Every operation goes through a single writer that commits
/// whatever has queued up in one transaction (group commit), each operation in its own savepoint so one failure never
/// undoes another; callers are answered only after the commit (and, with <see cref="SqliteSynchronousMode.Full"/>, the fsync).
/// Completed events keep their id (not their body) so duplicates stay suppressed until they are purged.
/// </summary>
public sealed class SqliteHmsWebhookStore : IHmsWebhookStore, IAsyncDisposable, IDisposable
{
    private const int Waiting = 0;
    private const int Done = 2;
    private const int Dead = 3;

    private readonly SqliteConnection _connection;
    private readonly Channel<WorkItem> _work = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HashSet<long> _leased = new();
    private readonly object _leaseGate = new();
    private readonly int _capacity;
    private readonly int _maxBatch;
    private readonly Task _writer;
    private long _unfinished;
    private int _disposed;

    /// <summary>Opens (or creates) the database file and starts the writer.</summary>
    /// <param name="options">The settings; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The path is missing or a number is out of range.</exception>
    /// <exception cref="SqliteException">The file cannot be opened or is not a webhook store.</exception>
    public SqliteHmsWebhookStore(SqliteHmsWebhookStoreOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var settings = options.Clone();
        settings.Validate();
        _capacity = settings.Capacity;
        _maxBatch = settings.MaxBatchSize;
        Path = System.IO.Path.GetFullPath(settings.Path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            System.IO.Directory.CreateDirectory(directory);
        }

        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        _connection.Open();
        try
        {
            Execute("PRAGMA journal_mode=WAL;");
            Execute(settings.Synchronous == SqliteSynchronousMode.Full ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;");
            Execute("PRAGMA busy_timeout=5000;");
            Execute(
                """
                CREATE TABLE IF NOT EXISTS hms_webhook_events (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    event_id TEXT UNIQUE,
                    event_type TEXT NOT NULL,
                    body BLOB,
                    state INTEGER NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    received_at INTEGER NOT NULL,
                    next_attempt_at INTEGER NOT NULL,
                    completed_at INTEGER,
                    last_error TEXT,
                    completed_handlers TEXT
                );
                CREATE INDEX IF NOT EXISTS hms_webhook_events_due ON hms_webhook_events (state, next_attempt_at);
                CREATE INDEX IF NOT EXISTS hms_webhook_events_completed ON hms_webhook_events (state, completed_at);
                CREATE TABLE IF NOT EXISTS hms_webhook_checkpoints (
                    name TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                );
                """);
            using var count = _connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM hms_webhook_events WHERE state <> 2;";
            _unfinished = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }

        _writer = Task.Run(RunWriterAsync);
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public bool IsDurable => true;

    /// <inheritdoc />
    public bool SupportsTransactionalCompletion => true;

    /// <inheritdoc />
    public Task<HmsWebhookAppendResult> AppendAsync(HmsIncomingWebhook webhook, CancellationToken cancellationToken = default)
    {
        if (webhook is null)
        {
            throw new ArgumentNullException(nameof(webhook));
        }

        return Enqueue((connection, transaction, batch, _) =>
        {
            if (_unfinished + batch.UnfinishedDelta >= _capacity)
            {
                return Task.FromResult(HmsWebhookAppendResult.Full);
            }

            using var insert = Command(connection, transaction,
                """
                INSERT INTO hms_webhook_events (event_id, event_type, body, state, attempts, received_at, next_attempt_at)
                VALUES ($id, $type, $body, 0, 0, $received, $received)
                ON CONFLICT (event_id) DO NOTHING;
                """);
            insert.Parameters.AddWithValue("$id", (object?)webhook.EventId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$type", webhook.EventType);
            insert.Parameters.AddWithValue("$body", webhook.Body);
            insert.Parameters.AddWithValue("$received", webhook.ReceivedAt.ToUnixTimeMilliseconds());
            if (insert.ExecuteNonQuery() == 0)
            {
                return Task.FromResult(HmsWebhookAppendResult.Duplicate);
            }

            batch.UnfinishedDelta++;
            return Task.FromResult(HmsWebhookAppendResult.Stored);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<HmsStoredWebhook>> LeaseAsync(int maxCount, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (maxCount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, "The lease size must be positive.");
        }

        long[] leased;
        lock (_leaseGate)
        {
            leased = _leased.ToArray();
        }

        var result = await Enqueue<IReadOnlyList<HmsStoredWebhook>>((connection, transaction, _, _) =>
        {
            using var select = Command(connection, transaction,
                """
                SELECT seq, event_id, event_type, body, attempts, received_at, next_attempt_at, last_error, completed_handlers
                FROM hms_webhook_events WHERE state = 0 AND next_attempt_at <= $now ORDER BY seq LIMIT $limit;
                """);
            select.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            select.Parameters.AddWithValue("$limit", maxCount + leased.Length);
            var rows = new List<HmsStoredWebhook>(Math.Min(maxCount, 64));
            using var reader = select.ExecuteReader();
            while (rows.Count < maxCount && reader.Read())
            {
                if (Array.IndexOf(leased, reader.GetInt64(0)) < 0)
                {
                    rows.Add(ReadStored(reader));
                }
            }

            return Task.FromResult<IReadOnlyList<HmsStoredWebhook>>(rows);
        }, cancellationToken).ConfigureAwait(false);

        // Taken only once the read is known good: a failed batch must not leave rows leased until the next start.
        lock (_leaseGate)
        {
            foreach (var stored in result)
            {
                _leased.Add(stored.Sequence);
            }
        }

        return result;
    }

    /// <inheritdoc />
    public Task<DateTimeOffset?> GetNextDueAsync(CancellationToken cancellationToken = default) =>
        Enqueue<DateTimeOffset?>((connection, transaction, _, _) =>
        {
            long[] leased;
            lock (_leaseGate)
            {
                leased = _leased.ToArray();
            }

            using var select = Command(connection, transaction,
                "SELECT seq, next_attempt_at FROM hms_webhook_events WHERE state = 0 ORDER BY next_attempt_at LIMIT $limit;");
            select.Parameters.AddWithValue("$limit", leased.Length + 1);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                if (Array.IndexOf(leased, reader.GetInt64(0)) < 0)
                {
                    return Task.FromResult<DateTimeOffset?>(DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)));
                }
            }

            return Task.FromResult<DateTimeOffset?>(null);
        }, cancellationToken);

    /// <inheritdoc />
    public async Task CompleteAsync(long sequence, DateTimeOffset completedAt, IReadOnlyList<HmsWebhookCompletionWork> work, CancellationToken cancellationToken = default)
    {
        if (work is null)
        {
            throw new ArgumentNullException(nameof(work));
        }

        try
        {
            await Enqueue(async (connection, transaction, batch, ct) =>
            {
                foreach (var item in work)
                {
                    await item(transaction, ct).ConfigureAwait(false);
                }

                using var update = Command(connection, transaction,
                    "UPDATE hms_webhook_events SET state = 2, body = NULL, completed_at = $at, last_error = NULL, completed_handlers = NULL WHERE seq = $seq AND state <> 2;");
                update.Parameters.AddWithValue("$seq", sequence);
                update.Parameters.AddWithValue("$at", completedAt.ToUnixTimeMilliseconds());
                batch.UnfinishedDelta -= update.ExecuteNonQuery();
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Unlease(sequence);
        }
    }

    /// <inheritdoc />
    public async Task FailAsync(long sequence, int attempts, DateTimeOffset? retryAt, string error, IReadOnlyCollection<string> completedHandlers, CancellationToken cancellationToken = default)
    {
        try
        {
            await Enqueue((connection, transaction, _, _) =>
            {
                using var update = Command(connection, transaction,
                    "UPDATE hms_webhook_events SET state = $state, attempts = $attempts, next_attempt_at = $next, last_error = $error, completed_handlers = $handlers WHERE seq = $seq AND state = 0;");
                update.Parameters.AddWithValue("$seq", sequence);
                update.Parameters.AddWithValue("$state", retryAt is null ? Dead : Waiting);
                update.Parameters.AddWithValue("$attempts", attempts);
                update.Parameters.AddWithValue("$next", (retryAt ?? DateTimeOffset.MaxValue).ToUnixTimeMilliseconds());
                update.Parameters.AddWithValue("$error", error ?? string.Empty);
                update.Parameters.AddWithValue("$handlers", completedHandlers is { Count: > 0 } ? string.Join("\n", completedHandlers) : DBNull.Value);
                update.ExecuteNonQuery();
                return Task.FromResult(true);
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Unlease(sequence);
        }
    }

    /// <inheritdoc />
    public Task ReleaseAsync(long sequence, CancellationToken cancellationToken = default)
    {
        Unlease(sequence);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<HmsStoredWebhook>> ListDeadLettersAsync(int maxCount = 100, CancellationToken cancellationToken = default)
    {
        if (maxCount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, "The count must be positive.");
        }

        return Enqueue<IReadOnlyList<HmsStoredWebhook>>((connection, transaction, _, _) =>
        {
            using var select = Command(connection, transaction,
                """
                SELECT seq, event_id, event_type, body, attempts, received_at, next_attempt_at, last_error, completed_handlers
                FROM hms_webhook_events WHERE state = 3 ORDER BY seq LIMIT $limit;
                """);
            select.Parameters.AddWithValue("$limit", maxCount);
            var result = new List<HmsStoredWebhook>();
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                result.Add(ReadStored(reader));
            }

            return Task.FromResult<IReadOnlyList<HmsStoredWebhook>>(result);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> RequeueDeadLettersAsync(IReadOnlyCollection<long>? sequences, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Enqueue((connection, transaction, _, _) =>
        {
            var requeued = 0;
            if (sequences is null)
            {
                using var all = Command(connection, transaction, "UPDATE hms_webhook_events SET state = 0, attempts = 0, next_attempt_at = $now WHERE state = 3;");
                all.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                return Task.FromResult(all.ExecuteNonQuery());
            }

            using var one = Command(connection, transaction, "UPDATE hms_webhook_events SET state = 0, attempts = 0, next_attempt_at = $now WHERE state = 3 AND seq = $seq;");
            one.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            var seq = one.Parameters.Add("$seq", SqliteType.Integer);
            foreach (var sequence in sequences)
            {
                seq.Value = sequence;
                requeued += one.ExecuteNonQuery();
            }

            return Task.FromResult(requeued);
        }, cancellationToken);

    /// <inheritdoc />
    public Task<int> PurgeCompletedAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken = default) =>
        Enqueue((connection, transaction, _, _) =>
        {
            using var delete = Command(connection, transaction, "DELETE FROM hms_webhook_events WHERE state = 2 AND completed_at < $before;");
            delete.Parameters.AddWithValue("$before", completedBefore.ToUnixTimeMilliseconds());
            return Task.FromResult(delete.ExecuteNonQuery());
        }, cancellationToken);

    /// <inheritdoc />
    public Task<HmsWebhookStoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Enqueue((connection, transaction, _, _) =>
        {
            using var select = Command(connection, transaction, "SELECT state, COUNT(*) FROM hms_webhook_events GROUP BY state;");
            long waiting = 0, completed = 0, dead = 0;
            using (var reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    switch (reader.GetInt32(0))
                    {
                        case Waiting: waiting = reader.GetInt64(1); break;
                        case Done: completed = reader.GetInt64(1); break;
                        case Dead: dead = reader.GetInt64(1); break;
                    }
                }
            }

            long leased;
            lock (_leaseGate)
            {
                leased = _leased.Count;
            }

            return Task.FromResult(new HmsWebhookStoreStatistics(waiting - leased, leased, completed, dead));
        }, cancellationToken);

    /// <inheritdoc />
    public Task<string?> GetCheckpointAsync(string name, CancellationToken cancellationToken = default)
    {
        CheckName(name);
        return Enqueue((connection, transaction, _, _) =>
        {
            using var select = Command(connection, transaction, "SELECT value FROM hms_webhook_checkpoints WHERE name = $name;");
            select.Parameters.AddWithValue("$name", name);
            return Task.FromResult(select.ExecuteScalar() as string);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task SetCheckpointAsync(string name, string value, CancellationToken cancellationToken = default)
    {
        CheckName(name);
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        return Enqueue((connection, transaction, _, _) =>
        {
            using var upsert = Command(connection, transaction,
                "INSERT INTO hms_webhook_checkpoints (name, value) VALUES ($name, $value) ON CONFLICT (name) DO UPDATE SET value = excluded.value;");
            upsert.Parameters.AddWithValue("$name", name);
            upsert.Parameters.AddWithValue("$value", value);
            upsert.ExecuteNonQuery();
            return Task.FromResult(true);
        }, cancellationToken);
    }

    /// <summary>Stops the writer after the queued operations and closes the file.</summary>
    /// <returns>A task that completes when closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _work.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Stops the writer after the queued operations and closes the file.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Describes the store (its file); never contents.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"SqliteHmsWebhookStore {{ Path = {Path} }}";

    private static void CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A checkpoint name is required.", nameof(name));
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static HmsStoredWebhook ReadStored(SqliteDataReader reader)
    {
        var body = reader.IsDBNull(3) ? Array.Empty<byte>() : (byte[])reader.GetValue(3);
        var webhook = new HmsIncomingWebhook(
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.GetString(2),
            body,
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)));
        var handlers = reader.IsDBNull(8) ? null : reader.GetString(8).Split('\n');
        return new HmsStoredWebhook(
            reader.GetInt64(0),
            webhook,
            reader.GetInt32(4),
            DateTimeOffset.FromUnixTimeMilliseconds(Math.Min(reader.GetInt64(6), DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())),
            reader.IsDBNull(7) ? null : reader.GetString(7),
            handlers);
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Unlease(long sequence)
    {
        lock (_leaseGate)
        {
            _leased.Remove(sequence);
        }
    }

    private Task<T> Enqueue<T>(Func<SqliteConnection, SqliteTransaction, Batch, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw new ObjectDisposedException(nameof(SqliteHmsWebhookStore));
        }

        var item = new WorkItem<T>(operation, cancellationToken);
        if (!_work.Writer.TryWrite(item))
        {
            throw new ObjectDisposedException(nameof(SqliteHmsWebhookStore));
        }

        return item.Task;
    }

    private async Task RunWriterAsync()
    {
        var batch = new List<WorkItem>(_maxBatch);
        var state = new Batch();
        while (await _work.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < _maxBatch && _work.Reader.TryRead(out var item))
            {
                if (!item.IsCancelled)
                {
                    batch.Add(item);
                }
            }

            if (batch.Count == 0)
            {
                continue;
            }

            state.UnfinishedDelta = 0;
            try
            {
                using var transaction = _connection.BeginTransaction();
                for (var i = 0; i < batch.Count; i++)
                {
                    var savepoint = "op" + i.ToString(CultureInfo.InvariantCulture);
                    var deltaBefore = state.UnfinishedDelta;
                    transaction.Save(savepoint);
                    try
                    {
                        await batch[i].RunAsync(_connection, transaction, state).ConfigureAwait(false);
                        transaction.Release(savepoint);
                    }
#pragma warning disable CA1031 // One operation's failure (a handler's enlisted work, say) is its caller's to see; the rest of the batch commits.
                    catch (Exception ex)
#pragma warning restore CA1031
                    {
                        transaction.Rollback(savepoint);
                        transaction.Release(savepoint);
                        state.UnfinishedDelta = deltaBefore;
                        batch[i].SetFailed(ex);
                    }
                }

                transaction.Commit();
                _unfinished += state.UnfinishedDelta;
                foreach (var item in batch)
                {
                    item.Publish();
                }
            }
#pragma warning disable CA1031 // A failed commit fails every caller of the batch (the endpoint answers 503); the writer keeps running.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                foreach (var item in batch)
                {
                    item.SetFailed(ex);
                    item.Publish();
                }
            }
        }
    }

    private sealed class Batch
    {
        public long UnfinishedDelta { get; set; }
    }

    private abstract class WorkItem
    {
        public abstract bool IsCancelled { get; }

        public abstract Task RunAsync(SqliteConnection connection, SqliteTransaction transaction, Batch batch);

        public abstract void SetFailed(Exception exception);

        public abstract void Publish();
    }

    private sealed class WorkItem<T> : WorkItem
    {
        private readonly Func<SqliteConnection, SqliteTransaction, Batch, CancellationToken, Task<T>> _operation;
        private readonly CancellationToken _cancellationToken;
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;
        private Exception? _error;

        public WorkItem(Func<SqliteConnection, SqliteTransaction, Batch, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
        {
            _operation = operation;
            _cancellationToken = cancellationToken;
        }

        public Task<T> Task => _completion.Task;

        public override bool IsCancelled
        {
            get
            {
                if (!_cancellationToken.IsCancellationRequested)
                {
                    return false;
                }

                _completion.TrySetCanceled(_cancellationToken);
                return true;
            }
        }

        public override async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction, Batch batch)
        {
            _error = null;
            _result = await _operation(connection, transaction, batch, _cancellationToken).ConfigureAwait(false);
        }

        public override void SetFailed(Exception exception) => _error ??= exception;

        public override void Publish()
        {
            if (_error is not null)
            {
                _completion.TrySetException(_error);
            }
            else
            {
                _completion.TrySetResult(_result);
            }
        }
    }
}
