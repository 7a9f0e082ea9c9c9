using System.CommandLine;
using System.Linq;
using HmsSdk.Cli.Output;

namespace HmsSdk.Cli.Commands;

/// <summary><c>hms peers list|get|remove</c>: peers of an active room.</summary>
internal static class PeerCommands
{
    public static Command Build(GlobalOptions global)
    {
        var peers = CommandKit.Command("peers", "Peers in an active room: list, inspect (with tracks), remove.",
            "hms peers list --room 6650a1b2c3d4e5f6a7b8c9d0", "hms peers remove --room 6650a1b2c3d4e5f6a7b8c9d0 --role guest --reason \"meeting over\"");
        peers.Add(List(global));
        peers.Add(Get(global));
        peers.Add(Remove(global));
        return peers;
    }

    private static Command List(GlobalOptions global)
    {
        var room = CommandKit.RequiredText("--room", "The active room id.");
        var role = CommandKit.Text("--role", "Only peers with this role.");
        var user = CommandKit.Text("--user", "Only peers with this user id.");
        var command = CommandKit.Command("list", "List the peers currently in a room.", "hms peers list --room 6650a1b2c3d4e5f6a7b8c9d0 --role host --json");
        command.Add(room);
        command.Add(role);
        command.Add(user);
        command.SetClientAction(global, async (result, client, output, ct) =>
        {
            var peers = await client.ActiveRooms.ListPeersAsync(
                result.GetValue(room)!, new PeerListOptions { Role = result.GetValue(role), UserId = result.GetValue(user) }, cancellationToken: ct).ConfigureAwait(false);
            output.WriteRows(peers.Values.Select(Views.Peer).ToList(), Views.PeerColumns);
        });
        return command;
    }

    private static Command Get(GlobalOptions global)
    {
        var room = CommandKit.RequiredText("--room", "The active room id.");
        var id = CommandKit.Id("peer-id", "The peer id.");
        var command = CommandKit.Command("get", "Show one peer and its tracks.", "hms peers get 1f2e3d4c-0000-4000-8000-000000000001 --room 6650a1b2c3d4e5f6a7b8c9d0");
        command.Add(id);
        command.Add(room);
        command.SetClientAction(global, async (result, client, output, ct) =>
            output.WriteObject(Views.Peer(await client.ActiveRooms.GetPeerAsync(result.GetValue(room)!, result.GetValue(id)!, cancellationToken: ct).ConfigureAwait(false))));
        return command;
    }

    private static Command Remove(GlobalOptions global)
    {
        var room = CommandKit.RequiredText("--room", "The active room id.");
        var peer = CommandKit.Text("--peer", "Remove this peer id.");
        var role = CommandKit.Text("--role", "Remove every peer with this role.");
        var reason = new Option<string?>("--reason") { Description = "Shown to the removed peers." };
        var command = CommandKit.Command("remove", "Remove a peer, or all peers of a role, from an active room (give --peer or --role).",
            "hms peers remove --room 6650a1b2c3d4e5f6a7b8c9d0 --peer 1f2e3d4c-0000-4000-8000-000000000001");
        command.Add(room);
        command.Add(peer);
        command.Add(role);
        command.Add(reason);
        command.SetClientAction(global, async (result, client, output, ct) =>
        {
            var peerId = result.GetValue(peer);
            var roleName = result.GetValue(role);
            if ((peerId is null) == (roleName is null))
            {
                throw new CliUsageException("peers remove: give exactly one of --peer or --role");
            }

            var response = await client.ActiveRooms.RemovePeersAsync(
                result.GetValue(room)!, new RemovePeersOptions { PeerId = peerId, Role = roleName, Reason = result.GetValue(reason) }, cancellationToken: ct).ConfigureAwait(false);
            output.WriteMessage(response.Message ?? "removed", new Row { { "message", response.Message } });
        });
        return command;
    }
}
