using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace HmsSdk.Tests.Infrastructure;

/// <summary>
/// A FakeTimeProvider that reports the timers code under test creates, so a test can advance time
/// only once the delay it wants to probe is actually waiting (no sleeps, no polling of internals).
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _created = new();
    private readonly SemaphoreSlim _signal = new(0);

    public TestClock(DateTimeOffset start)
        : base(start)
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _created.Enqueue(dueTime);
        _signal.Release();
        return timer;
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
}
