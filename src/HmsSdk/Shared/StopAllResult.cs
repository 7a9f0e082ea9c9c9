using System;
using System.Collections.Generic;

namespace HmsSdk;

/// <summary>
/// The outcome of stopping every recording, live stream or external stream of a room: the jobs the server stopped, and the
/// <c>error</c> text the API may add next to them (for example when one of several jobs could not be stopped).
/// </summary>
/// <typeparam name="T">The job type: <see cref="Recording"/>, <see cref="LiveStream"/> or <see cref="ExternalStream"/>.</typeparam>
public sealed class StopAllResult<T>
{
    /// <summary>Creates a result (for tests and mocks).</summary>
    /// <param name="items">The stopped jobs.</param>
    /// <param name="error">The server's error text, if any.</param>
    public StopAllResult(IReadOnlyList<T> items, string? error = null)
    {
        Items = items ?? throw new ArgumentNullException(nameof(items));
        Error = string.IsNullOrEmpty(error) ? null : error;
    }

    /// <summary>The jobs the server reported as stopped; empty when it returned <c>data: null</c> or none.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>The server's <c>error</c> text, or null when it sent none (or an empty string).</summary>
    public string? Error { get; }

    /// <summary>True when the server reported an error alongside the stopped jobs.</summary>
    public bool HasError => Error is not null;
}
