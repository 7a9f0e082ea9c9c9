using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Testing.Core;

namespace HmsSdk.Testing;

/// <summary>A fault that was actually applied to a request.</summary>
/// <param name="RequestSequence">The 1-based sequence number of the request (see <see cref="FakeRecordedRequest.Sequence"/>).</param>
/// <param name="Method">The request method.</param>
/// <param name="Path">The request path, e.g. <c>/v2/rooms</c>.</param>
/// <param name="Fault">The fault that was applied.</param>
public sealed record FakeInjectedFault(long RequestSequence, string Method, string Path, FakeFault Fault)
{
    /// <summary>The kind of the applied fault.</summary>
    public FakeFaultKind Kind => Fault.Kind;
}

/// <summary>
/// Fault injection for a <see cref="FakeHmsApi"/>. Faults are matched in registration order; each use consumes one.
/// Path patterns are relative to <c>/v2</c> (a leading <c>/v2</c> is also accepted): a segment <c>*</c> or <c>{name}</c>
/// matches any one segment and a final <c>**</c> matches the rest, e.g. <c>/rooms/*</c>, <c>/recordings/**</c>.
/// </summary>
public sealed class FakeFaults
{
    private readonly object _gate = new();
    private readonly List<Entry> _entries = new();
    private readonly List<FakeInjectedFault> _injected = new();
    private readonly List<(int Count, TaskCompletionSource Source)> _delayWaiters = new();
    private int _delaysStarted;

    internal FakeFaults()
    {
    }

    /// <summary>How many fault uses are still queued.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                var total = 0L;
                foreach (var entry in _entries)
                {
                    foreach (var use in entry.Queue)
                    {
                        total += use.Remaining;
                    }
                }

                return (int)Math.Min(total, int.MaxValue);
            }
        }
    }

    /// <summary>Every fault applied so far, in order.</summary>
    public IReadOnlyList<FakeInjectedFault> Injected
    {
        get
        {
            lock (_gate)
            {
                return _injected.ToArray();
            }
        }
    }

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="times"/> requests, whatever their route.</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="times">How many requests it applies to; <see cref="int.MaxValue"/> means every request until <see cref="Clear"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is less than 1.</exception>
    public void Add(FakeFault fault, int times = 1) => Add(null, "/**", fault, times);

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="times"/> requests matching the method and path pattern.</summary>
    /// <param name="method">HTTP method such as <c>GET</c> (an HTTP token, any case), or null for any.</param>
    /// <param name="pathPattern">Path pattern, e.g. <c>/rooms/*</c> (<c>/</c> alone matches <c>/v2</c> itself).</param>
    /// <param name="fault">The fault.</param>
    /// <param name="times">How many matching requests it applies to; <see cref="int.MaxValue"/> means every one until <see cref="Clear"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> or <paramref name="pathPattern"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="method"/> is not an HTTP token, or <paramref name="pathPattern"/> is blank or malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is less than 1.</exception>
    public void Add(string? method, string pathPattern, FakeFault fault, int times = 1)
    {
        var entry = NewEntry(method, pathPattern);
        ArgumentNullException.ThrowIfNull(fault);
        FakeGuard.InRange(times, 1, int.MaxValue, nameof(times));
        entry.Queue.Enqueue(new Use(fault, times));
        Register(entry);
    }

    /// <summary>Scripts a sequence: the first matching request gets <c>faults[0]</c>, the next <c>faults[1]</c>, and so on.</summary>
    /// <param name="method">HTTP method, or null for any.</param>
    /// <param name="pathPattern">Path pattern, e.g. <c>/sessions</c>.</param>
    /// <param name="faults">The faults in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pathPattern"/> or <paramref name="faults"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// No faults were given or one is null, <paramref name="method"/> is not an HTTP token, or <paramref name="pathPattern"/> is blank or malformed.
    /// </exception>
    public void AddSequence(string? method, string pathPattern, params FakeFault[] faults)
    {
        var entry = NewEntry(method, pathPattern);
        ArgumentNullException.ThrowIfNull(faults);
        if (faults.Length == 0)
        {
            throw new ArgumentException("'faults' cannot be empty; give at least one fault.", nameof(faults));
        }

        foreach (var fault in faults)
        {
            entry.Queue.Enqueue(new Use(fault ?? throw new ArgumentException("'faults' cannot contain null entries.", nameof(faults)), 1));
        }

        Register(entry);
    }

    /// <summary>Removes every queued fault (the <see cref="Injected"/> history is kept).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>
    /// Completes once at least <paramref name="count"/> delays (from <see cref="FakeFault.DelayBy"/> or <see cref="FakeFault.WithDelay"/>)
    /// have started waiting, so a test can then advance its fake clock.
    /// </summary>
    /// <param name="count">The number of started delays to wait for; 0 completes at once.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when enough delays started.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public Task WaitForDelaysStartedAsync(int count = 1, CancellationToken cancellationToken = default)
    {
        FakeGuard.NotNegative(count, nameof(count));
        lock (_gate)
        {
            if (_delaysStarted >= count)
            {
                return Task.CompletedTask;
            }

            var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _delayWaiters.Add((count, source));
            return source.Task.WaitAsync(cancellationToken);
        }
    }

    internal void NotifyDelayStarted()
    {
        lock (_gate)
        {
            _delaysStarted++;
            for (var i = _delayWaiters.Count - 1; i >= 0; i--)
            {
                if (_delaysStarted >= _delayWaiters[i].Count)
                {
                    _delayWaiters[i].Source.TrySetResult();
                    _delayWaiters.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>Finds and consumes the first fault matching the request, recording it as injected.</summary>
    internal FakeInjectedFault? Take(long sequence, string method, string[] segmentsAfterBase, string path)
    {
        lock (_gate)
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                var entry = _entries[i];
                if ((entry.Method is null || entry.Method == method) && Matches(entry.Pattern, segmentsAfterBase))
                {
                    var use = entry.Queue.Peek();
                    var fault = use.Fault;
                    if (--use.Remaining == 0)
                    {
                        entry.Queue.Dequeue();
                    }

                    if (entry.Queue.Count == 0)
                    {
                        _entries.RemoveAt(i);
                    }

                    var injected = new FakeInjectedFault(sequence, method, path, fault);
                    _injected.Add(injected);
                    return injected;
                }
            }

            return null;
        }
    }

    private static Entry NewEntry(string? method, string pathPattern)
    {
        if (method is not null)
        {
            FakeGuard.Token(method, nameof(method));
        }

        FakeGuard.Text(pathPattern, nameof(pathPattern));
        return new Entry(method?.ToUpperInvariant(), SplitPattern(pathPattern), new Queue<Use>());
    }

    private void Register(Entry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    private static string[] SplitPattern(string pattern)
    {
        var trimmed = pattern.Trim().Trim('/');
        if (trimmed == "v2" || trimmed.StartsWith("v2/", StringComparison.Ordinal))
        {
            trimmed = trimmed.Length == 2 ? string.Empty : trimmed.Substring(3);
        }

        return trimmed.Length == 0 ? Array.Empty<string>() : trimmed.Split('/');
    }

    private static bool Matches(string[] pattern, string[] segments)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            var part = pattern[i];
            if (part == "**" && i == pattern.Length - 1)
            {
                return true;
            }

            if (i >= segments.Length)
            {
                return false;
            }

            var wildcard = part == "*" || (part.StartsWith('{') && part.EndsWith('}'));
            if (!wildcard && !string.Equals(part, segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return pattern.Length == segments.Length;
    }

    private sealed record Entry(string? Method, string[] Pattern, Queue<Use> Queue);

    /// <summary>A fault and how many more requests it applies to (a count, so <c>times: int.MaxValue</c> costs nothing).</summary>
    private sealed class Use
    {
        public Use(FakeFault fault, int remaining)
        {
            Fault = fault;
            Remaining = remaining;
        }

        public FakeFault Fault { get; }

        public int Remaining { get; set; }
    }
}
