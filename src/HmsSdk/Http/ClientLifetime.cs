using System;
using System.Threading;

namespace HmsSdk;

/// <summary>
/// Whether the client that owns a pipeline is disposed. Every request checks it first, so after
/// the client is disposed every call, and every pager created earlier, throws
/// <see cref="ObjectDisposedException"/> naming the client before any HTTP, whatever handler the client used.
/// </summary>
internal sealed class ClientLifetime
{
    private int _disposed;

    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>Marks the client disposed; true only for the first call.</summary>
    public bool Dispose() => Interlocked.Exchange(ref _disposed, 1) == 0;

    public void ThrowIfDisposed()
    {
        if (IsDisposed)
        {
            throw new ObjectDisposedException("HmsClient", "The HmsClient was disposed; create a new client to send requests.");
        }
    }
}
