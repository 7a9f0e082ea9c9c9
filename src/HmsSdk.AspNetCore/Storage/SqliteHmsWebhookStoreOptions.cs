using System;

namespace HmsSdk.AspNetCore;

/// <summary>Settings of <see cref="SqliteHmsWebhookStore"/>.</summary>
public sealed class SqliteHmsWebhookStoreOptions
{
    /// <summary>The default <see cref="Capacity"/>.</summary>
    public const int DefaultCapacity = 100_000;

    /// <summary>
    /// The database file, for example <c>/var/lib/myapp/hms-webhooks.db</c> (relative paths resolve against the current
    /// directory). Created when missing. Give each app instance its own file on a local disk: the store's leases live in
    /// the process, and SQLite's locking is not safe on network file systems.
    /// </summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>
    /// How many unfinished events (waiting, being dispatched or dead letters) the file may hold before the endpoint answers
    /// 503 (default 100,000). Completed events do not count.
    /// </summary>
    public int Capacity { get; set; } = DefaultCapacity;

    /// <summary>
    /// <see cref="SqliteSynchronousMode.Full"/> (default): a 200 survives power loss and OS crashes, because the WAL is
    /// fsynced at every commit. <see cref="SqliteSynchronousMode.Normal"/>: a 200 survives the app crashing or being
    /// killed, but the last commits can roll back on power loss; faster on slow disks.
    /// </summary>
    public SqliteSynchronousMode Synchronous { get; set; } = SqliteSynchronousMode.Full;

    /// <summary>The most store operations committed together in one transaction (group commit; default 256).</summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>Describes the settings.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        $"SqliteHmsWebhookStoreOptions {{ Path = {Path}, Capacity = {Capacity}, Synchronous = {Synchronous}, MaxBatchSize = {MaxBatchSize} }}";

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new ArgumentException($"{nameof(SqliteHmsWebhookStoreOptions)}.{nameof(Path)} must name the database file, for example \"hms-webhooks.db\".", nameof(Path));
        }

        if (Capacity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Capacity), Capacity, $"{nameof(SqliteHmsWebhookStoreOptions)}.{nameof(Capacity)} must be positive.");
        }

        if (MaxBatchSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBatchSize), MaxBatchSize, $"{nameof(SqliteHmsWebhookStoreOptions)}.{nameof(MaxBatchSize)} must be positive.");
        }

        if (Synchronous is not (SqliteSynchronousMode.Full or SqliteSynchronousMode.Normal))
        {
            throw new ArgumentOutOfRangeException(nameof(Synchronous), Synchronous, $"{nameof(SqliteHmsWebhookStoreOptions)}.{nameof(Synchronous)} must be Full or Normal.");
        }
    }

    internal SqliteHmsWebhookStoreOptions Clone() => (SqliteHmsWebhookStoreOptions)MemberwiseClone();
}

/// <summary>SQLite's <c>synchronous</c> setting in WAL mode; see <see cref="SqliteHmsWebhookStoreOptions.Synchronous"/>.</summary>
public enum SqliteSynchronousMode
{
    /// <summary>fsync the WAL at every commit: durable across power loss.</summary>
    Full,

    /// <summary>fsync only at checkpoints: durable across app crashes, not power loss.</summary>
    Normal,
}
