using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;

namespace HmsSdk.AspNetCore;

/// <summary>
/// Where verified webhook events wait for their handlers. The endpoint answers 200 only after
/// <see cref="AppendAsync"/> has returned <see cref="HmsWebhookAppendResult.Stored"/> or
/// <see cref="HmsWebhookAppendResult.Duplicate"/>; anything else (an exception, <see cref="HmsWebhookAppendResult.Full"/>)
/// becomes 503 so 100ms retries. The dispatcher is the only consumer: it leases due events, runs the handlers and then
/// completes, reschedules or dead-letters each one. Leases live in the process: a stop or crash releases them, so
/// unfinished events are dispatched again on the next start.
/// </summary>
/// <remarks>
/// Two implementations ship: <see cref="SqliteHmsWebhookStore"/> (durable, the recommended default) and the lossy
/// in-memory queue (<see cref="HmsWebhooksBuilder.UseInMemoryQueue"/>). Implementations must be thread-safe.
/// </remarks>
public interface IHmsWebhookStore
{
    /// <summary>
    /// <see langword="true"/> when an acknowledged event survives a process crash (the endpoint then promises
    /// "stored before 200"); <see langword="false"/> for the in-memory queue.
    /// </summary>
    bool IsDurable { get; }

    /// <summary>Whether <see cref="CompleteAsync"/> runs enlisted work in the same transaction as the mark-done.</summary>
    bool SupportsTransactionalCompletion { get; }

    /// <summary>Stores one verified event. Must not return before the event is as durable as <see cref="IsDurable"/> says.</summary>
    /// <param name="webhook">The event to store.</param>
    /// <param name="cancellationToken">Cancels the wait; the event may or may not have been stored.</param>
    /// <returns>Stored, Duplicate (an event with the same envelope id is already stored) or Full.</returns>
    Task<HmsWebhookAppendResult> AppendAsync(HmsIncomingWebhook webhook, CancellationToken cancellationToken = default);

    /// <summary>Leases up to <paramref name="maxCount"/> events that are due at <paramref name="now"/>, oldest first.</summary>
    /// <param name="maxCount">The most events to lease.</param>
    /// <param name="now">The dispatcher's clock.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The leased events; empty when none is due.</returns>
    Task<IReadOnlyList<HmsStoredWebhook>> LeaseAsync(int maxCount, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The earliest time a waiting (not leased, not dead) event becomes due, or null when none waits.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The time, or null.</returns>
    Task<DateTimeOffset?> GetNextDueAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks a leased event done, running <paramref name="work"/> in the same transaction when supported.</summary>
    /// <param name="sequence">The event's <see cref="HmsStoredWebhook.Sequence"/>.</param>
    /// <param name="completedAt">The dispatcher's clock.</param>
    /// <param name="work">Work handlers enlisted through <see cref="HmsWebhookDeliveryContext.EnlistInCompletion"/>; empty when none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the mark-done (and the work) is committed.</returns>
    Task CompleteAsync(long sequence, DateTimeOffset completedAt, IReadOnlyList<HmsWebhookCompletionWork> work, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt: the event is retried at <paramref name="retryAt"/>, or parked as a dead letter when it is null.</summary>
    /// <param name="sequence">The event's sequence.</param>
    /// <param name="attempts">Attempts made so far, including this one.</param>
    /// <param name="retryAt">When to try again; null to dead-letter the event.</param>
    /// <param name="error">What went wrong (exception types and messages; never the payload).</param>
    /// <param name="completedHandlers">Handlers that already succeeded for this event; they are skipped on the next attempt.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the outcome is stored.</returns>
    Task FailAsync(long sequence, int attempts, DateTimeOffset? retryAt, string error, IReadOnlyCollection<string> completedHandlers, CancellationToken cancellationToken = default);

    /// <summary>Returns a leased event to the waiting events unchanged (used when the app stops mid-dispatch).</summary>
    /// <param name="sequence">The event's sequence.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once released.</returns>
    Task ReleaseAsync(long sequence, CancellationToken cancellationToken = default);

    /// <summary>Lists dead letters, oldest first.</summary>
    /// <param name="maxCount">The most to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The dead letters with their attempts and last error.</returns>
    Task<IReadOnlyList<HmsStoredWebhook>> ListDeadLettersAsync(int maxCount = 100, CancellationToken cancellationToken = default);

    /// <summary>Puts dead letters back in line with a fresh attempt count, due at <paramref name="now"/>.</summary>
    /// <param name="sequences">The dead letters to requeue; null requeues all of them.</param>
    /// <param name="now">When they become due.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were requeued.</returns>
    Task<int> RequeueDeadLettersAsync(IReadOnlyCollection<long>? sequences, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Deletes completed events older than <paramref name="completedBefore"/> (their ids stop suppressing duplicates).</summary>
    /// <param name="completedBefore">The cut-off.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were deleted.</returns>
    Task<int> PurgeCompletedAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken = default);

    /// <summary>Counts events by state.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counts.</returns>
    Task<HmsWebhookStoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads a named progress value (the recovery service keeps its checkpoint here).</summary>
    /// <param name="name">The checkpoint name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The value, or null when never written.</returns>
    Task<string?> GetCheckpointAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Writes a named progress value durably.</summary>
    /// <param name="name">The checkpoint name.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once stored.</returns>
    Task SetCheckpointAsync(string name, string value, CancellationToken cancellationToken = default);
}

/// <summary>
/// Work a handler enlists in the completion of the event it handles. The SQLite store runs it inside the transaction that
/// marks the event done, on the store's own connection, so an effect written here is committed exactly once per stored event.
/// </summary>
/// <param name="transaction">The open transaction; use <c>transaction.Connection</c> and set <c>command.Transaction</c>.</param>
/// <param name="cancellationToken">Cancels the work (and with it the completion, which is then retried).</param>
/// <returns>A task that completes when the work is done.</returns>
public delegate Task HmsWebhookCompletionWork(DbTransaction transaction, CancellationToken cancellationToken);

/// <summary>The outcome of <see cref="IHmsWebhookStore.AppendAsync"/>.</summary>
public enum HmsWebhookAppendResult
{
    /// <summary>The event was stored and will be dispatched.</summary>
    Stored,

    /// <summary>An event with the same envelope id is already stored (waiting, done or dead); nothing was added.</summary>
    Duplicate,

    /// <summary>The store is at capacity; the endpoint answers 503.</summary>
    Full,
}

/// <summary>A verified event as the endpoint hands it to the store: the raw body plus the envelope fields the store indexes.</summary>
public sealed class HmsIncomingWebhook
{
    /// <summary>Creates the record.</summary>
    /// <param name="eventId">The envelope id (null when 100ms sent none; such events are never de-duplicated).</param>
    /// <param name="eventType">The envelope type, for example <c>peer.join.success</c>.</param>
    /// <param name="body">The verified request body, exactly as received.</param>
    /// <param name="receivedAt">When the endpoint received it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="eventType"/> or <paramref name="body"/> is null.</exception>
    public HmsIncomingWebhook(string? eventId, string eventType, byte[] body, DateTimeOffset receivedAt)
    {
        EventId = eventId;
        EventType = eventType ?? throw new ArgumentNullException(nameof(eventType));
        Body = body ?? throw new ArgumentNullException(nameof(body));
        ReceivedAt = receivedAt;
    }

    /// <summary>The envelope id.</summary>
    public string? EventId { get; }

    /// <summary>The envelope type.</summary>
    public string EventType { get; }

    /// <summary>The raw body.</summary>
    public byte[] Body { get; }

    /// <summary>When it was received.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Describes the event by type and id; never the payload.</summary>
    /// <returns>For example <c>peer.join.success 6c75de35-...</c>.</returns>
    public override string ToString() => $"{EventType} {EventId}";
}

/// <summary>An event held by a store, with its dispatch state.</summary>
public sealed class HmsStoredWebhook
{
    /// <summary>Creates the record (stores call this).</summary>
    /// <param name="sequence">The store's id, increasing with arrival.</param>
    /// <param name="webhook">The event as received.</param>
    /// <param name="attempts">Dispatch attempts made so far.</param>
    /// <param name="nextAttemptAt">When the event is (or was) due.</param>
    /// <param name="lastError">The last failure, if any.</param>
    /// <param name="completedHandlers">Handlers that already succeeded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="webhook"/> is null.</exception>
    public HmsStoredWebhook(long sequence, HmsIncomingWebhook webhook, int attempts, DateTimeOffset nextAttemptAt, string? lastError, IReadOnlyCollection<string>? completedHandlers)
    {
        Sequence = sequence;
        Webhook = webhook ?? throw new ArgumentNullException(nameof(webhook));
        Attempts = attempts;
        NextAttemptAt = nextAttemptAt;
        LastError = lastError;
        CompletedHandlers = completedHandlers ?? Array.Empty<string>();
    }

    /// <summary>The store's id for the event.</summary>
    public long Sequence { get; }

    /// <summary>The event as received.</summary>
    public HmsIncomingWebhook Webhook { get; }

    /// <summary>Dispatch attempts made so far.</summary>
    public int Attempts { get; }

    /// <summary>When the event is (or was) due.</summary>
    public DateTimeOffset NextAttemptAt { get; }

    /// <summary>The last failure, if any.</summary>
    public string? LastError { get; }

    /// <summary>Handlers that already succeeded for this event.</summary>
    public IReadOnlyCollection<string> CompletedHandlers { get; }

    /// <summary>Describes the record; never the payload.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"#{Sequence} {Webhook} attempts={Attempts}";
}

/// <summary>Counts of a store's events by state.</summary>
/// <param name="Waiting">Stored and not yet handled (including those waiting for a retry).</param>
/// <param name="Leased">Being dispatched right now by this process.</param>
/// <param name="Completed">Handled and kept for duplicate suppression.</param>
/// <param name="DeadLetters">Parked after too many failed attempts.</param>
public sealed record HmsWebhookStoreStatistics(long Waiting, long Leased, long Completed, long DeadLetters);
