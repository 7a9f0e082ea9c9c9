using System;
using System.Threading;
using System.Threading.Tasks;

namespace HmsSdk.Http;

/// <summary>
/// The per-attempt timeout's <see cref="CancellationTokenSource"/>s on the client's <see cref="TimeProvider"/>, reused
/// across calls on .NET 8+ with the system clock: a source whose timer never fired is reset (<c>CancellationTokenSource.TryReset</c>
/// stops its timer and drops its registrations) and parked in one of a few slots; the next attempt re-arms it with
/// <see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/>. A source that fired or was cancelled is never reused,
/// and on any other <see cref="TimeProvider"/> (a fake clock) TryReset refuses, because it cannot prove that timer did
/// not fire, so those sources are created per attempt as before.
/// </summary>
/// <remarks>
/// Reuse saves the source and its timer object per attempt (alloc-profile retrieve, sampled: TimerQueueTimer ~105 B and
/// the source ~40 B per call; measured together with the invoker, see HmsPipeline.SendMessageAsync: 4,096 to 3,720 B per call). Before .NET 8 the
/// source is the TimeProvider package's own, whose timer <c>CancelAfter</c> cannot re-arm, so it is created per attempt.
/// </remarks>
internal sealed class AttemptTimeoutSources
{
    private readonly TimeProvider _timeProvider;
#if NET8_0_OR_GREATER
    private readonly CancellationTokenSource?[] _spare = new CancellationTokenSource?[4];
#endif

    public AttemptTimeoutSources(TimeProvider timeProvider) => _timeProvider = timeProvider;

    /// <summary>A source that cancels after <paramref name="timeout"/> (positive, finite) on the client's clock.</summary>
    public CancellationTokenSource Rent(TimeSpan timeout)
    {
#if NET8_0_OR_GREATER
        // CancelAfter works in whole milliseconds; any other timeout gets a fresh source so it fires exactly when asked.
        if (timeout.Ticks % TimeSpan.TicksPerMillisecond == 0)
        {
            for (var i = 0; i < _spare.Length; i++)
            {
                if (Interlocked.Exchange(ref _spare[i], null) is { } spare)
                {
                    spare.CancelAfter(timeout);
                    return spare;
                }
            }
        }

        return new CancellationTokenSource(timeout, _timeProvider);
#else
        return _timeProvider.CreateCancellationTokenSource(timeout);
#endif
    }

    /// <summary>Takes back a source once its attempt is over (nothing else holds its token any more).</summary>
    public void Return(CancellationTokenSource source)
    {
#if NET8_0_OR_GREATER
        if (source.TryReset())
        {
            for (var i = 0; i < _spare.Length; i++)
            {
                if (Interlocked.CompareExchange(ref _spare[i], source, null) is null)
                {
                    return;
                }
            }
        }
#endif
        source.Dispose();
    }
}
