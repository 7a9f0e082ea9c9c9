using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Cli.Output;

namespace HmsSdk.Cli.Commands;

/// <summary><c>hms analytics events --room R [--type track|recording|error] [--follow]</c>.</summary>
internal static class AnalyticsCommands
{
    // Remembered ids while following; older ones are forgotten first (the API lists oldest first, so they will not come back).
    private const int FollowMemory = 100_000;

    public static Command Build(GlobalOptions global)
    {
        var analytics = CommandKit.Command("analytics", "Analytics events of a room.",
            "hms analytics events --room 6650a1b2c3d4e5f6a7b8c9d0 --type track --follow");
        analytics.Add(Events(global));
        return analytics;
    }

    private static Command Events(GlobalOptions global)
    {
        var room = CommandKit.RequiredText("--room", "The room id.");
        var type = Parsers.OneOf("--type", "Event family (all families when omitted).", "track", "recording", "error");
        var user = CommandKit.Text("--user", "Only events of this user id.");
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep polling and print new events as they appear, until Ctrl+C." };
        var interval = Parsers.Duration("--interval", "Polling interval with --follow (default 5s).");
        var limit = CommandKit.Limit();
        var command = CommandKit.Command("events", "List a room's analytics events (track, recording, error), oldest first; --follow keeps watching.",
            "hms analytics events --room 6650a1b2c3d4e5f6a7b8c9d0",
            "hms analytics events --room 6650a1b2c3d4e5f6a7b8c9d0 --type error --json",
            "hms analytics events --room 6650a1b2c3d4e5f6a7b8c9d0 --follow --interval 2s --json | jq .type");
        command.Add(room);
        command.Add(type);
        command.Add(user);
        command.Add(follow);
        command.Add(interval);
        command.Add(limit);
        command.SetClientAction(global, async (result, client, output, ct) =>
        {
            var roomId = result.GetValue(room)!;
            var source = Source(client, roomId, result.GetValue(type), result.GetValue(user));
            if (!result.GetValue(follow))
            {
                await output.WriteListAsync(source(ct), e => e.Row, Views.EventColumns, "events", result.GetValue(limit), ct).ConfigureAwait(false);
                return;
            }

            if (!output.Json)
            {
                global.Context.Error.WriteLine($"following events of room {roomId}; Ctrl+C to stop");
            }

            await FollowAsync(source, output, result.GetValue(interval) ?? TimeSpan.FromSeconds(5), global.Context.TimeProvider, ct).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>
    /// Polls the whole list every <paramref name="interval"/> (on <paramref name="time"/>, so tests drive it with a fake clock)
    /// and prints events not seen before, until cancelled. Cancellation is the normal way out, so it is not an error.
    /// </summary>
    internal static async Task FollowAsync(Func<CancellationToken, IAsyncEnumerable<EventRow>> source, CliOutput output, TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new Queue<string>();
        try
        {
            while (true)
            {
                await foreach (var item in source(cancellationToken).ConfigureAwait(false))
                {
                    if (!seen.Add(item.Id))
                    {
                        continue;
                    }

                    order.Enqueue(item.Id);
                    if (order.Count > FollowMemory)
                    {
                        seen.Remove(order.Dequeue());
                    }

                    output.WriteStreamLine(item.Row, Views.EventColumns);
                }

                await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C ends a follow successfully.
        }
    }

    private static Func<CancellationToken, IAsyncEnumerable<EventRow>> Source(HmsClient client, string roomId, string? type, string? user) => type switch
    {
        "track" => ct => Map(client.Analytics.ListTrackEventsAsync(new TrackEventListOptions(roomId) { UserId = user }, cancellationToken: ct), e => new EventRow(e.Id, Views.Event(e)), ct),
        "recording" => ct => Map(client.Analytics.ListRecordingEventsAsync(new RecordingEventListOptions(roomId), cancellationToken: ct), e => new EventRow(e.Id, Views.Event(e)), ct),
        "error" => ct => Map(client.Analytics.ListErrorEventsAsync(new ErrorEventListOptions(roomId) { UserId = user }, cancellationToken: ct), e => new EventRow(e.Id, Views.Event(e)), ct),
        _ => ct => Map(client.Analytics.ListEventsAsync(new EventListOptions(roomId) { UserId = user }, cancellationToken: ct), e => new EventRow(e.Id, Views.Event(e)), ct),
    };

    private static async IAsyncEnumerable<EventRow> Map<T>(IAsyncEnumerable<T> items, Func<T, EventRow> map, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return map(item);
        }
    }

    internal sealed record EventRow(string Id, Row Row);
}
