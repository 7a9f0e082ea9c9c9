using System.CommandLine;
using HmsSdk.Cli.Output;

namespace HmsSdk.Cli.Commands;

/// <summary><c>hms sessions list|get</c>.</summary>
internal static class SessionCommands
{
    public static Command Build(GlobalOptions global)
    {
        var sessions = CommandKit.Command("sessions", "List and inspect sessions (one run of a room, with its peers).",
            "hms sessions list --room 6650a1b2c3d4e5f6a7b8c9d0 --active", "hms sessions get 6650a1b2c3d4e5f6a7b8c9e1 --json");
        sessions.Add(List(global));
        sessions.Add(Get(global));
        return sessions;
    }

    private static Command List(GlobalOptions global)
    {
        var room = CommandKit.Text("--room", "Only sessions of this room id.");
        var active = new Option<bool>("--active") { Description = "Only sessions that are still running." };
        var after = Parsers.Instant("--after", "Only sessions created after this time.");
        var before = Parsers.Instant("--before", "Only sessions created before this time.");
        var limit = CommandKit.Limit();
        var command = CommandKit.Command("list", "List sessions.", "hms sessions list", "hms sessions list --room 6650a1b2c3d4e5f6a7b8c9d0 --active --json");
        command.Add(room);
        command.Add(active);
        command.Add(after);
        command.Add(before);
        command.Add(limit);
        command.SetClientAction(global, (result, client, output, ct) =>
            output.WriteListAsync(
                client.Sessions.ListAsync(
                    new SessionListOptions
                    {
                        RoomId = result.GetValue(room),
                        Active = result.GetValue(active) ? true : null,
                        After = result.GetValue(after),
                        Before = result.GetValue(before),
                    },
                    cancellationToken: ct),
                Views.Session, Views.SessionColumns, "sessions", result.GetValue(limit), ct));
        return command;
    }

    private static Command Get(GlobalOptions global) =>
        CommandKit.Get(global, "session-id", "The session id.", "Show one session with its peers.", "hms sessions get 6650a1b2c3d4e5f6a7b8c9e1",
            (client, id, ct) => client.Sessions.GetAsync(id, cancellationToken: ct), Views.Session);
}
