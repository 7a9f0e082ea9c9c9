using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HmsSdk.AspNetCore;

/// <summary>
/// The lossy option: events wait in process memory. Fast and dependency-free, but everything not yet handled is lost
/// when the process stops or crashes, and 100ms will not send it again (it was acknowledged). Choose it with
/// <see cref="HmsWebhooksBuilder.UseInMemoryQueue"/> only when losing events is acceptable or recovery
/// (<see cref="HmsWebhooksBuilder.AddRecovery"/>) cannot help either, for example in tests.
/// </summary>
/// <remarks>Capacity counts events waiting for their first or next attempt (not the ones being handled); completed events are forgotten.</remarks>
public sealed class InMemoryHmsWebhookStore : IHmsWebhookStore
{
    private readonly object _gate = new();
    private readonly SortedDictionary<long, Entry> _entries = new();
    private readonly Dictionary<string, long> _unfinishedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _checkpoints = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private long _sequence;

    /// <summary>Creates an empty queue.</summary>
    /// <param name="capacity">How many events may wait before the endpoint answers 503.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is not positive.</exception>
    public InMemoryHmsWebhookStore(int capacity)
    {
        if (capacity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be positive.");
        }

        _capacity = capacity;
    }

    /// <inheritdoc />
    public bool IsDurable => false;

    /// <inheritdoc />
    public bool SupportsTransactionalCompletion => false;

    /// <summary>How many events are not finished (waiting, being handled or dead letters).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task<HmsWebhookAppendResult> AppendAsync(HmsIncomingWebhook webhook, CancellationToken cancellationToken = default)
    {
        if (webhook is null)
        {
            throw new ArgumentNullException(nameof(webhook));
        }

        lock (_gate)
        {
            if (webhook.EventId is { } id && _unfinishedIds.ContainsKey(id))
            {
                return Task.FromResult(HmsWebhookAppendResult.Duplicate);
            }

            if (_entries.Values.Count(e => e.State == EntryState.Waiting) >= _capacity)
            {
                return Task.FromResult(HmsWebhookAppendResult.Full);
            }

            var sequence = ++_sequence;
            _entries[sequence] = new Entry(sequence, webhook) { NextAttemptAt = webhook.ReceivedAt };
            if (webhook.EventId is { } eventId)
            {
                _unfinishedIds[eventId] = sequence;
            }

            return Task.FromResult(HmsWebhookAppendResult.Stored);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<HmsStoredWebhook>> LeaseAsync(int maxCount, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (maxCount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, "The lease size must be positive.");
        }

        lock (_gate)
        {
            var due = _entries.Values.Where(e => e.State == EntryState.Waiting && e.NextAttemptAt <= now).Take(maxCount).ToList();
            foreach (var entry in due)
            {
                entry.State = EntryState.Leased;
            }

            return Task.FromResult<IReadOnlyList<HmsStoredWebhook>>(due.Select(e => e.ToStored()).ToList());
        }
    }

    /// <inheritdoc />
    public Task<DateTimeOffset?> GetNextDueAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var waiting = _entries.Values.Where(e => e.State == EntryState.Waiting).Select(e => (DateTimeOffset?)e.NextAttemptAt);
            return Task.FromResult(waiting.Min());
        }
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">Work was enlisted: the in-memory queue has no transaction to run it in.</exception>
    public Task CompleteAsync(long sequence, DateTimeOffset completedAt, IReadOnlyList<HmsWebhookCompletionWork> work, CancellationToken cancellationToken = default)
    {
        if (work is { Count: > 0 })
        {
            throw new InvalidOperationException("The in-memory webhook queue cannot run enlisted completion work; use UseSqliteStore(...).");
        }

        lock (_gate)
        {
            if (_entries.Remove(sequence, out var entry) && entry.Webhook.EventId is { } id)
            {
                _unfinishedIds.Remove(id);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task FailAsync(long sequence, int attempts, DateTimeOffset? retryAt, string error, IReadOnlyCollection<string> completedHandlers, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(sequence, out var entry))
            {
                entry.Attempts = attempts;
                entry.LastError = error;
                entry.CompletedHandlers = completedHandlers.ToArray();
                entry.State = retryAt is null ? EntryState.Dead : EntryState.Waiting;
                entry.NextAttemptAt = retryAt ?? DateTimeOffset.MaxValue;
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ReleaseAsync(long sequence, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(sequence, out var entry) && entry.State == EntryState.Leased)
            {
                entry.State = EntryState.Waiting;
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<HmsStoredWebhook>> ListDeadLettersAsync(int maxCount = 100, CancellationToken cancellationToken = default)
    {
        if (maxCount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, "The count must be positive.");
        }

        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<HmsStoredWebhook>>(
                _entries.Values.Where(e => e.State == EntryState.Dead).Take(maxCount).Select(e => e.ToStored()).ToList());
        }
    }

    /// <inheritdoc />
    public Task<int> RequeueDeadLettersAsync(IReadOnlyCollection<long>? sequences, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var requeued = 0;
            foreach (var entry in _entries.Values.Where(e => e.State == EntryState.Dead && (sequences is null || sequences.Contains(e.Sequence))))
            {
                entry.State = EntryState.Waiting;
                entry.Attempts = 0;
                entry.NextAttemptAt = now;
                requeued++;
            }

            return Task.FromResult(requeued);
        }
    }

    /// <inheritdoc />
    public Task<int> PurgeCompletedAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken = default) => Task.FromResult(0);

    /// <inheritdoc />
    public Task<HmsWebhookStoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(new HmsWebhookStoreStatistics(
                _entries.Values.Count(e => e.State == EntryState.Waiting),
                _entries.Values.Count(e => e.State == EntryState.Leased),
                0,
                _entries.Values.Count(e => e.State == EntryState.Dead)));
        }
    }

    /// <inheritdoc />
    public Task<string?> GetCheckpointAsync(string name, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_checkpoints.TryGetValue(name, out var value) ? value : null);
        }
    }

    /// <inheritdoc />
    public Task SetCheckpointAsync(string name, string value, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A checkpoint name is required.", nameof(name));
        }

        lock (_gate)
        {
            _checkpoints[name] = value ?? throw new ArgumentNullException(nameof(value));
        }

        return Task.CompletedTask;
    }

    /// <summary>Describes the queue.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"InMemoryHmsWebhookStore {{ Capacity = {_capacity} }}";

    private enum EntryState
    {
        Waiting,
        Leased,
        Dead,
    }

    private sealed class Entry
    {
        public Entry(long sequence, HmsIncomingWebhook webhook)
        {
            Sequence = sequence;
            Webhook = webhook;
        }

        public long Sequence { get; }

        public HmsIncomingWebhook Webhook { get; }

        public EntryState State { get; set; }

        public int Attempts { get; set; }

        public DateTimeOffset NextAttemptAt { get; set; }

        public string? LastError { get; set; }

        public IReadOnlyCollection<string> CompletedHandlers { get; set; } = Array.Empty<string>();

        public HmsStoredWebhook ToStored() => new(Sequence, Webhook, Attempts, NextAttemptAt, LastError, CompletedHandlers);
    }
}
