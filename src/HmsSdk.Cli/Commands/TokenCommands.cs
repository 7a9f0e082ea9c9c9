using System;
using System.CommandLine;
using HmsSdk.Cli.Output;

namespace HmsSdk.Cli.Commands;

/// <summary><c>hms token app|management</c>: mints JWTs locally (no HTTP). The only commands that print a secret, by design.</summary>
internal static class TokenCommands
{
    public static Command Build(GlobalOptions global)
    {
        var token = CommandKit.Command("token", "Mint tokens locally with the app secret (no network call).",
            "hms token app --room 6650a1b2c3d4e5f6a7b8c9d0 --role host --user u-42 --valid-for 1h",
            "curl -H \"Authorization: Bearer $(hms token management)\" https://api.100ms.live/v2/rooms");
        token.Add(App(global));
        token.Add(Management(global));
        return token;
    }

    private static Command App(GlobalOptions global)
    {
        var room = CommandKit.RequiredText("--room", "The room id the token admits to.");
        var role = CommandKit.RequiredText("--role", "The role the peer joins with, e.g. host.");
        var user = CommandKit.Text("--user", "Your user id for the peer (a random UUID when omitted).");
        var validFor = Parsers.Duration("--valid-for", "Lifetime (default 24h).");
        var command = CommandKit.Command("app", "Mint a client (app) auth token for joining a room; prints only the token (with --json: the token and its claims).",
            "hms token app --room 6650a1b2c3d4e5f6a7b8c9d0 --role host",
            "hms token app --room 6650a1b2c3d4e5f6a7b8c9d0 --role guest --user u-42 --valid-for 2h --json");
        command.Add(room);
        command.Add(role);
        command.Add(user);
        command.Add(validFor);
        command.SetAction(result =>
        {
            var (key, secret) = global.Credentials(result);
            using var client = new HmsClient(new HmsClientOptions { AccessKey = key, Secret = secret, TimeProvider = global.Context.TimeProvider });
            var minted = client.Auth.CreateAuthToken(new AuthTokenOptions(result.GetValue(room)!, result.GetValue(role)!)
            {
                UserId = result.GetValue(user),
                ValidFor = result.GetValue(validFor),
            });
            global.Output(result).WriteMessage(minted.Token, new Row
            {
                { "token", minted.Token },
                { "id", minted.Id },
                { "room_id", minted.RoomId },
                { "role", minted.Role },
                { "user_id", minted.UserId },
                { "issued_at", minted.IssuedAt },
                { "expires_at", minted.ExpiresAt },
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Management(GlobalOptions global)
    {
        var validFor = Parsers.Duration("--valid-for", "Lifetime (default 24h).");
        var command = CommandKit.Command("management", "Mint a management token for the REST API; prints only the token (with --json: the token and its times).",
            "hms token management --valid-for 15m");
        command.Add(validFor);
        command.SetAction(result =>
        {
            var (key, secret) = global.Credentials(result);
            using var client = new HmsClient(new HmsClientOptions { AccessKey = key, Secret = secret, TimeProvider = global.Context.TimeProvider });
            var minted = client.Auth.GetManagementToken(new ManagementTokenOptions { ValidFor = result.GetValue(validFor), ForceNew = true });
            global.Output(result).WriteMessage(minted.Token, new Row
            {
                { "token", minted.Token },
                { "id", minted.Id },
                { "issued_at", minted.IssuedAt },
                { "expires_at", minted.ExpiresAt },
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
