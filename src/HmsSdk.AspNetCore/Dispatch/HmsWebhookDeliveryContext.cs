using System;
using System.Collections.Generic;

namespace HmsSdk.AspNetCore;

/// <summary>
/// The dispatch attempt a handler runs in. Inject it (it is scoped to one event) to see the attempt number, or to enlist
/// work in the event's completion: with the SQLite store that work runs in the same transaction that marks the event
/// done, so an effect written there is committed exactly once even if the process dies at any point.
/// </summary>
/// <example>
/// <code>
/// public sealed class AttendanceHandler(HmsWebhookDeliveryContext delivery) : IHmsWebhookHandler
/// {
///     public Task HandleAsync(HmsWebhookEvent evt, CancellationToken ct)
///     {
///         delivery.EnlistInCompletion(async (tx, token) =>
///         {
///             var cmd = tx.Connection!.CreateCommand();
///             cmd.Transaction = tx;
///             cmd.CommandText = "INSERT INTO attendance (event_id) VALUES ($id)";
///             // add parameters, then:
///             await cmd.ExecuteNonQueryAsync(token);
///         });
///         return Task.CompletedTask;
///     }
/// }
/// </code>
/// </example>
public sealed class HmsWebhookDeliveryContext
{
    private readonly List<HmsWebhookCompletionWork> _work = new();
    private bool _transactional;

    /// <summary>The store's id of the event (0 outside a dispatch).</summary>
    public long Sequence { get; private set; }

    /// <summary>The envelope id.</summary>
    public string? EventId { get; private set; }

    /// <summary>This attempt's number, 1 for the first.</summary>
    public int Attempt { get; private set; }

    /// <summary>Enlists <paramref name="work"/> in the completion of this event (see the class remarks).</summary>
    /// <param name="work">The work; it receives the store's open transaction.</param>
    /// <exception cref="ArgumentNullException"><paramref name="work"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The store has no transactions (the in-memory queue), or no event is being dispatched.</exception>
    public void EnlistInCompletion(HmsWebhookCompletionWork work)
    {
        if (work is null)
        {
            throw new ArgumentNullException(nameof(work));
        }

        if (Sequence == 0)
        {
            throw new InvalidOperationException("No webhook event is being dispatched in this scope.");
        }

        if (!_transactional)
        {
            throw new InvalidOperationException("The configured webhook store cannot run work in its completion transaction; use UseSqliteStore(...).");
        }

        lock (_work)
        {
            _work.Add(work);
        }
    }

    internal IReadOnlyList<HmsWebhookCompletionWork> TakeWork()
    {
        lock (_work)
        {
            var copy = _work.ToArray();
            _work.Clear();
            return copy;
        }
    }

    internal void Begin(HmsStoredWebhook stored, bool transactional)
    {
        Sequence = stored.Sequence;
        EventId = stored.Webhook.EventId;
        Attempt = stored.Attempts + 1;
        _transactional = transactional;
    }
}
