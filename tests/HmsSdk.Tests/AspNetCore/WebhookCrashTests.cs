using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Threading.Channels;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace HmsSdk.Tests.AspNetCore;

/// <summary>
/// Persist-before-200 and exactly-once effects under SIGKILL: a real Kestrel host (tests/HmsSdk.WebhookHost) runs as a
/// child process on a SQLite file; 1,000 events are posted concurrently while the host is killed at seeded random points
/// and restarted on the same file. The sender retries every delivery that got no 200, as 100ms (plus its replay) would,
/// and re-sends a seeded tenth of acknowledged events as replays. At the end each event's effect, written by the handler
/// in the transaction that marks the event done, must be there exactly once.
/// </summary>
[Collection(nameof(WebhookCrashTests))]
public sealed class WebhookCrashTests
{
    private const int EventCount = 1000;
    private const int RandomKills = 5;
    private const int Senders = 32;

    private readonly ITestOutputHelper _output;

    public WebhookCrashTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(1515)]
    [InlineData(4242)]
    public async Task Killed_and_restarted_host_handles_every_acknowledged_event_exactly_once(int seed)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(0, EventCount).Select(_ => NewGuid(random).ToString()).ToArray();
        var replayAfterAck = ids.Select(_ => random.NextDouble() < 0.1).ToArray();
        var killPoints = Enumerable.Range(0, RandomKills).Select(_ => random.Next(50, EventCount - 50)).Order().ToArray();

        var directory = Directory.CreateTempSubdirectory("hms-crash-");
        var database = Path.Combine(directory.FullName, "webhooks.db");
        var port = WebhookHostProcess.FreePort();
        var receiver = new Uri($"http://127.0.0.1:{port}/hms/webhooks");
        WebhookHostProcess? host = null;
        var kills = 0;
        var attempts = 0;
        try
        {
            host = await WebhookHostProcess.StartAsync(port, database);
            var hostUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            hostUp.SetResult();

            var work = Channel.CreateUnbounded<(int Index, bool Replay)>();
            foreach (var index in Enumerable.Range(0, EventCount))
            {
                work.Writer.TryWrite((index, false));
            }

            var outstanding = EventCount + replayAfterAck.Count(r => r);
            var acked = 0;
            var ackWaiters = new ConcurrentDictionary<int, TaskCompletionSource>();
            TaskCompletionSource AckReached(int count) => ackWaiters.GetOrAdd(count, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromSeconds(5) })
            {
                Timeout = TimeSpan.FromSeconds(30),
            };

            async Task SendLoopAsync()
            {
                await foreach (var (index, replay) in work.Reader.ReadAllAsync())
                {
                    while (true)
                    {
                        await Volatile.Read(ref hostUp).Task;
                        Interlocked.Increment(ref attempts);
                        if (await TryDeliverAsync(http, receiver, ids[index], replay))
                        {
                            break;
                        }
                    }

                    if (!replay)
                    {
                        var count = Interlocked.Increment(ref acked);
                        AckReached(count).TrySetResult();
                        if (replayAfterAck[index])
                        {
                            work.Writer.TryWrite((index, true));
                        }
                    }

                    if (Interlocked.Decrement(ref outstanding) == 0)
                    {
                        work.Writer.TryComplete();
                    }
                }
            }

            var senders = Enumerable.Range(0, Senders).Select(_ => Task.Run(SendLoopAsync)).ToArray();

            async Task KillAndRestartAsync()
            {
                var down = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Volatile.Write(ref hostUp, down);
                host!.Dispose();
                kills++;
                host = await WebhookHostProcess.StartAsync(port, database);
                down.SetResult();
            }

            foreach (var point in killPoints)
            {
                await AckReached(point).Task.WaitAsync(TimeSpan.FromSeconds(60));
                await KillAndRestartAsync();
            }

            await Task.WhenAll(senders).WaitAsync(TimeSpan.FromSeconds(60));
            // Once more right after the last 200: the dispatcher is usually still working through the backlog.
            await KillAndRestartAsync();
            await WaitUntilDrainedAsync(http, port);
        }
        finally
        {
            host?.Dispose();
        }

        var effects = ReadEffects(database);
        var missing = ids.Where(id => !effects.ContainsKey(id)).ToList();
        var doubled = effects.Where(e => e.Value != 1).ToList();
        _output.WriteLine($"seed {seed}: {EventCount} events, {attempts} delivery attempts, {kills} SIGKILLs at acks [{string.Join(", ", killPoints)}] + after the last ack; lost {missing.Count}, doubled {doubled.Count}");
        missing.Should().BeEmpty("every acknowledged event must be handled");
        doubled.Should().BeEmpty("no event may be handled twice");
        effects.Keys.Should().BeEquivalentTo(ids);
        kills.Should().Be(RandomKills + 1);
        SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }

    private static async Task<bool> TryDeliverAsync(HttpClient http, Uri receiver, string id, bool replay)
    {
        var body = "{\"version\":\"2.0\",\"id\":\"" + id + "\",\"account_id\":\"60b8e13a6eb86d8101b57354\",\"timestamp\":\"2021-08-08T07:04:15Z\",\"type\":\"peer.join.success\""
            + (replay ? ",\"is_replay\":true" : string.Empty)
            + ",\"data\":{\"peer_id\":\"83b869e1-9a4b-4037-84b2-913cf76e4392\",\"role\":\"host\",\"room_id\":\"60b8e13a6eb86d8101b57354\",\"room_name\":\"test room\",\"session_id\":\"610f81ee870dde099a249948\",\"user_id\":\"user.001\",\"user_name\":\"test user\"}}";
        using var request = new HttpRequestMessage(HttpMethod.Post, receiver) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-Hms-Secret", "crash-test-secret");
        try
        {
            using var response = await http.SendAsync(request);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // Refused or reset by the kill: unanswered, so it is sent again.
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static async Task WaitUntilDrainedAsync(HttpClient http, int port)
    {
        // Bounded poll of the child's store; the bound only turns a hang into a failure.
        for (var i = 0; i < 3000; i++)
        {
            var json = await http.GetStringAsync($"http://127.0.0.1:{port}/stats");
            var stats = System.Text.Json.JsonDocument.Parse(json).RootElement;
            if (stats.GetProperty("waiting").GetInt64() == 0 && stats.GetProperty("leased").GetInt64() == 0)
            {
                stats.GetProperty("dead").GetInt64().Should().Be(0);
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The webhook host did not finish its backlog.");
    }

    private static Dictionary<string, long> ReadEffects(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT event_id, count FROM effects;";
        using var reader = select.ExecuteReader();
        var effects = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            effects[reader.GetString(0)] = reader.GetInt64(1);
        }

        return effects;
    }

    private static Guid NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
