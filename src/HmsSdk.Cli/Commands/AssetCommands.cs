using System.CommandLine;
using HmsSdk.Cli.Output;

namespace HmsSdk.Cli.Commands;

/// <summary><c>hms assets list|url</c>: recording assets and their presigned download URLs.</summary>
internal static class AssetCommands
{
    public static Command Build(GlobalOptions global)
    {
        var assets = CommandKit.Command("assets", "Recording assets (files produced by recordings and streams).",
            "hms assets list --room 6650a1b2c3d4e5f6a7b8c9d0", "hms assets url 6650a1b2c3d4e5f6a7b8c9a1 --valid-for 10m");
        assets.Add(List(global));
        assets.Add(Url(global));
        return assets;
    }

    private static Command List(GlobalOptions global)
    {
        var room = CommandKit.Text("--room", "Only assets of this room id.");
        var session = CommandKit.Text("--session", "Only assets of this session id.");
        var status = Parsers.OneOf("--status", "Only assets in this state.", "completed", "failed");
        var limit = CommandKit.Limit();
        var command = CommandKit.Command("list", "List recording assets.", "hms assets list --room 6650a1b2c3d4e5f6a7b8c9d0 --json");
        command.Add(room);
        command.Add(session);
        command.Add(status);
        command.Add(limit);
        command.SetClientAction(global, (result, client, output, ct) =>
            output.WriteListAsync(
                client.RecordingAssets.ListAsync(
                    new RecordingAssetListOptions
                    {
                        RoomId = result.GetValue(room),
                        SessionId = result.GetValue(session),
                        Status = result.GetValue(status) is { } s ? (RecordingAssetStatus?)new RecordingAssetStatus(s) : null,
                    },
                    cancellationToken: ct),
                Views.Asset, Views.AssetColumns, "assets", result.GetValue(limit), ct));
        return command;
    }

    private static Command Url(GlobalOptions global)
    {
        var id = CommandKit.Id("asset-id", "The asset id.");
        var validFor = Parsers.Duration("--valid-for", "How long the URL works (default 1h).");
        var command = CommandKit.Command("url", "Print a presigned download URL for an asset (with --json: also its path and expiry).",
            "curl -o recording.mp4 \"$(hms assets url 6650a1b2c3d4e5f6a7b8c9a1)\"");
        command.Add(id);
        command.Add(validFor);
        command.SetClientAction(global, async (result, client, output, ct) =>
        {
            var url = await client.RecordingAssets.GetPresignedUrlAsync(result.GetValue(id)!, result.GetValue(validFor), cancellationToken: ct).ConfigureAwait(false);
            output.WriteMessage(url.Url ?? string.Empty, Views.PresignedUrl(url));
        });
        return command;
    }
}
