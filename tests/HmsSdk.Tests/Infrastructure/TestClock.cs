using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace HmsSdk.Tests.Infrastructure;

/// <summary>
/// A FakeTimeProvider that reports the timers code under test creates, so a test can advance time
/// only once the delay it wants to probe is actually waiting (no sleeps, no polling of internals).
/// It also tracks which timers are still pending, so a driver can jump straight to the next one.
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _created = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly object _gate = new();
    private readonly List<TrackedTimer> _pending = new();
    private TaskCompletionSource _nextCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TestClock(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>Completes when the next timer is created; read it before inspecting <see cref="PendingTimers"/> to avoid lost wake-ups.</summary>
    public Task NextTimerCreated
    {
        get
        {
            lock (_gate)
            {
                return _nextCreated.Task;
            }
        }
    }

    /// <summary>Timers that are scheduled and have not fired (one-shot) or been disposed, with their original due time.</summary>
    public IReadOnlyList<(DateTimeOffset DueAt, TimeSpan DueTime)> PendingTimers()
    {
        lock (_gate)
        {
            return _pending.Where(t => t.DueAt is not null).Select(t => (t.DueAt!.Value, t.DueTime)).OrderBy(t => t.Item1).ToArray();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this, dueTime, period);
        lock (_gate)
        {
            _pending.Add(tracked);
        }

        // A zero due time fires inside CreateTimer, so the tracker must exist first.
        tracked.Inner = base.CreateTimer(s => { tracked.Fired(); callback(s); }, state, dueTime, period);
        _created.Enqueue(dueTime);
        _signal.Release();
        TaskCompletionSource created;
        lock (_gate)
        {
            created = _nextCreated;
            _nextCreated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        created.TrySetResult();
        return tracked;
    }

    /// <summary>Waits until a timer with exactly <paramref name="dueTime"/> has been created.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // hang guard only
        while (!_created.Contains(dueTime))
        {
            await _signal.WaitAsync(guard.Token);
        }
    }

    private void Remove(TrackedTimer timer)
    {
        lock (_gate)
        {
            _pending.Remove(timer);
        }
    }

    private sealed class TrackedTimer : ITimer
    {
        private readonly TestClock _clock;
        private TimeSpan _period;

        public TrackedTimer(TestClock clock, TimeSpan dueTime, TimeSpan period)
        {
            _clock = clock;
            DueTime = dueTime;
            _period = period;
            DueAt = Schedule(dueTime);
        }

        public ITimer? Inner { get; set; }

        public TimeSpan DueTime { get; private set; }

        public DateTimeOffset? DueAt { get; private set; }

        public void Fired()
        {
            lock (_clock._gate)
            {
                DueAt = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan && DueAt is { } due ? due + _period : null;
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var dueAt = Schedule(dueTime); // read the clock outside our lock: the clock may call Fired under its own
            lock (_clock._gate)
            {
                DueTime = dueTime;
                _period = period;
                DueAt = dueAt;
            }

            return Inner?.Change(dueTime, period) ?? false;
        }

        public void Dispose()
        {
            _clock.Remove(this);
            lock (_clock._gate)
            {
                DueAt = null;
            }

            Inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }

        private DateTimeOffset? Schedule(TimeSpan dueTime) =>
            dueTime == Timeout.InfiniteTimeSpan ? null : _clock.GetUtcNow() + dueTime;
    }
}
