using System.CommandLine;
using System.Linq;
using HmsSdk.Cli.Output;

namespace HmsSdk.Cli.Commands;

/// <summary><c>hms room-codes list|create</c>.</summary>
internal static class RoomCodeCommands
{
    public static Command Build(GlobalOptions global)
    {
        var codes = CommandKit.Command("room-codes", "Room codes: short join codes, one per role.",
            "hms room-codes create --room 6650a1b2c3d4e5f6a7b8c9d0", "hms room-codes list --room 6650a1b2c3d4e5f6a7b8c9d0 --role guest");
        codes.Add(List(global));
        codes.Add(Create(global));
        return codes;
    }

    private static Command List(GlobalOptions global)
    {
        var room = CommandKit.RequiredText("--room", "The room id.");
        var role = CommandKit.Text("--role", "Only codes for this role.");
        var enabled = new Option<bool?>("--enabled") { Description = "Only enabled (true) or disabled (false) codes." };
        var limit = CommandKit.Limit();
        var command = CommandKit.Command("list", "List a room's codes.", "hms room-codes list --room 6650a1b2c3d4e5f6a7b8c9d0 --json");
        command.Add(room);
        command.Add(role);
        command.Add(enabled);
        command.Add(limit);
        command.SetClientAction(global, (result, client, output, ct) =>
            output.WriteListAsync(
                client.RoomCodes.ListAsync(result.GetValue(room)!, new RoomCodeListOptions { Role = result.GetValue(role), Enabled = result.GetValue(enabled) }, cancellationToken: ct),
                Views.RoomCode, Views.RoomCodeColumns, "room codes", result.GetValue(limit), ct));
        return command;
    }

    private static Command Create(GlobalOptions global)
    {
        var room = CommandKit.RequiredText("--room", "The room id.");
        var role = CommandKit.Text("--role", "Create the code of this role only (codes for every role of the room's template when omitted).");
        var command = CommandKit.Command("create", "Create room codes.", "hms room-codes create --room 6650a1b2c3d4e5f6a7b8c9d0 --role guest");
        command.Add(room);
        command.Add(role);
        command.SetClientAction(global, async (result, client, output, ct) =>
        {
            var roomId = result.GetValue(room)!;
            if (result.GetValue(role) is { } roleName)
            {
                output.WriteObject(Views.RoomCode(await client.RoomCodes.CreateForRoleAsync(roomId, roleName, cancellationToken: ct).ConfigureAwait(false)));
                return;
            }

            var codes = await client.RoomCodes.CreateAsync(roomId, cancellationToken: ct).ConfigureAwait(false);
            output.WriteRows(codes.Select(Views.RoomCode).ToList(), Views.RoomCodeColumns);
        });
        return command;
    }
}
