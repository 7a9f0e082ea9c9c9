// A minimal webhook receiver for the crash test (tests/HmsSdk.Tests/AspNetCore/WebhookCrashTests.cs).
// Usage: dotnet HmsSdk.WebhookHost.dll --port <port> --db <sqlite file>
//        dotnet HmsSdk.WebhookHost.dll --load [--events 20000] [--concurrency 64]   (ack throughput and latency, see LoadMode.cs)
// Prints "READY <url>" once Kestrel listens on 127.0.0.1:<port> (port 0 picks a free one). Each handled event writes its effect into the table
// `effects` of the same SQLite file, inside the transaction that marks the event done, counting every commit:
// a lost event shows as a missing row, a doubled one as count 2.
using System.Globalization;
using HmsSdk.AspNetCore;
using HmsSdk.Webhooks;
using Microsoft.Data.Sqlite;

if (args.Contains("--load"))
{
    return await LoadMode.RunAsync(args);
}

var port = int.Parse(Option("--port") ?? throw new ArgumentException("--port is required"), CultureInfo.InvariantCulture);
var db = Option("--db") ?? throw new ArgumentException("--db is required");

using (var setup = new SqliteConnection("Data Source=" + db))
{
    setup.Open();
    using var create = setup.CreateCommand();
    create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS effects (event_id TEXT PRIMARY KEY, count INTEGER NOT NULL);";
    create.ExecuteNonQuery();
}

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture));
builder.Services
    .AddHmsWebhooks(options =>
    {
        options.RequireHeader("X-Hms-Secret", "crash-test-secret");
        options.DispatchConcurrency = 4;
    })
    .UseSqliteStore(db)
    .AddHandler<EffectHandler>();

var app = builder.Build();
app.MapHmsWebhooks("/hms/webhooks");
app.MapGet("/stats", async (IHmsWebhookStore store, CancellationToken ct) =>
{
    var stats = await store.GetStatisticsAsync(ct);
    return Results.Ok(new { waiting = stats.Waiting, leased = stats.Leased, completed = stats.Completed, dead = stats.DeadLetters });
});

await app.StartAsync();
Console.WriteLine("READY " + app.Urls.First());
await app.WaitForShutdownAsync();
return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

/// <summary>Records the event's effect in the completion transaction: committed exactly when the event is marked done.</summary>
internal sealed class EffectHandler : IHmsWebhookHandler
{
    private readonly HmsWebhookDeliveryContext _delivery;

    public EffectHandler(HmsWebhookDeliveryContext delivery) => _delivery = delivery;

    public async Task HandleAsync(HmsWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
    {
        // Some work before the effect, so kills land between handler start and commit too.
        await Task.Yield();
        var id = webhookEvent.Id ?? throw new InvalidOperationException("The crash test sends ids.");
        _delivery.EnlistInCompletion(async (transaction, ct) =>
        {
            using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO effects (event_id, count) VALUES ($id, 1) ON CONFLICT (event_id) DO UPDATE SET count = count + 1;";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$id";
            parameter.Value = id;
            command.Parameters.Add(parameter);
            await command.ExecuteNonQueryAsync(ct);
        });
    }
}
