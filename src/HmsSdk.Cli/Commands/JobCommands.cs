using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Cli.Output;

namespace HmsSdk.Cli.Commands;

/// <summary>
/// <c>hms recordings|live-streams|external-streams start|stop|list|get</c>: the three beam job kinds share one shape
/// (start in a room, stop one by id or all in a room, list with filters).
/// </summary>
internal static class JobCommands
{
    private static readonly string[] Statuses = ["starting", "running", "stopping", "completed", "failed", "paused"];

    public static Command Recordings(GlobalOptions global)
    {
        var group = CommandKit.Command("recordings", "Composite (browser) recordings of a room.",
            "hms recordings start --room 6650a1b2c3d4e5f6a7b8c9d0 --resolution 1280x720", "hms recordings stop --room 6650a1b2c3d4e5f6a7b8c9d0");
        var resolution = Parsers.Resolution("--resolution");
        var audioOnly = new Option<bool>("--audio-only") { Description = "Record audio only." };
        group.Add(Start(global, "recordings", "Start recording a room.", [resolution, audioOnly], async (client, room, result, ct) =>
            await client.Recordings.StartAsync(room, new StartRecordingOptions
            {
                Resolution = result.GetValue(resolution),
                AudioOnly = result.GetValue(audioOnly) ? true : null,
            }, cancellationToken: ct).ConfigureAwait(false)));
        group.Add(Stop(global, "recordings", "recording-id",
            async (client, id, ct) => await client.Recordings.StopAsync(id, cancellationToken: ct).ConfigureAwait(false),
            async (client, room, ct) => Items(await client.Recordings.StopAllAsync(room, cancellationToken: ct).ConfigureAwait(false))));
        group.Add(List(global, "recordings", (client, filter, ct) =>
            client.Recordings.ListAsync(new RecordingListOptions { RoomId = filter.Room, SessionId = filter.Session, Status = filter.Status }, cancellationToken: ct)));
        group.Add(Get(global, "recordings", "recording-id", async (client, id, ct) => await client.Recordings.GetAsync(id, cancellationToken: ct).ConfigureAwait(false)));
        return group;
    }

    public static Command LiveStreams(GlobalOptions global)
    {
        var group = CommandKit.Command("live-streams", "HLS live streams of a room.",
            "hms live-streams start --room 6650a1b2c3d4e5f6a7b8c9d0", "hms live-streams list --status running --json");
        var record = new Option<bool>("--record") { Description = "Also record the stream (video on demand)." };
        group.Add(Start(global, "live-streams", "Start an HLS live stream of a room.", [record], async (client, room, result, ct) =>
            await client.LiveStreams.StartAsync(room, new StartLiveStreamOptions
            {
                Recording = result.GetValue(record) ? new LiveStreamRecordingSettings { HlsVod = true } : null,
            }, cancellationToken: ct).ConfigureAwait(false)));
        group.Add(Stop(global, "live-streams", "stream-id",
            async (client, id, ct) => await client.LiveStreams.StopAsync(id, cancellationToken: ct).ConfigureAwait(false),
            async (client, room, ct) => Items(await client.LiveStreams.StopAllAsync(room, cancellationToken: ct).ConfigureAwait(false))));
        group.Add(List(global, "live-streams", (client, filter, ct) =>
            client.LiveStreams.ListAsync(new LiveStreamListOptions { RoomId = filter.Room, SessionId = filter.Session, Status = filter.Status }, cancellationToken: ct)));
        group.Add(Get(global, "live-streams", "stream-id", async (client, id, ct) => await client.LiveStreams.GetAsync(id, cancellationToken: ct).ConfigureAwait(false)));
        return group;
    }

    public static Command ExternalStreams(GlobalOptions global)
    {
        var group = CommandKit.Command("external-streams", "RTMP streams of a room to external services (YouTube, Twitch, ...). RTMP URLs are never printed: they embed stream keys.",
            "hms external-streams start --room 6650a1b2c3d4e5f6a7b8c9d0 --rtmp-url rtmp://a.rtmp.youtube.com/live2/$KEY", "hms external-streams stop --room 6650a1b2c3d4e5f6a7b8c9d0");
        var rtmpUrls = new Option<string[]>("--rtmp-url") { Description = "An RTMP(S) ingest URL; repeat for up to 5 destinations.", Required = true, Arity = ArgumentArity.OneOrMore };
        rtmpUrls.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!Uri.TryCreate(token.Value, UriKind.Absolute, out var uri) || !uri.Scheme.StartsWith("rtmp", StringComparison.OrdinalIgnoreCase))
                {
                    result.AddError("--rtmp-url: each value must be an absolute rtmp:// or rtmps:// URL");
                    return;
                }
            }

            if (result.Tokens.Count > StartExternalStreamOptions.MaxRtmpUrls)
            {
                result.AddError($"--rtmp-url: at most {StartExternalStreamOptions.MaxRtmpUrls} destinations");
            }
        });
        var resolution = Parsers.Resolution("--resolution");
        var record = new Option<bool>("--record") { Description = "Also record the stream." };
        group.Add(Start(global, "external-streams", "Start streaming a room to RTMP destinations.", [rtmpUrls, resolution, record], async (client, room, result, ct) =>
            await client.ExternalStreams.StartAsync(room, new StartExternalStreamOptions(result.GetValue(rtmpUrls)!.ToList())
            {
                Resolution = result.GetValue(resolution),
                Recording = result.GetValue(record) ? true : null,
            }, cancellationToken: ct).ConfigureAwait(false)));
        group.Add(Stop(global, "external-streams", "stream-id",
            async (client, id, ct) => await client.ExternalStreams.StopAsync(id, cancellationToken: ct).ConfigureAwait(false),
            async (client, room, ct) => Items(await client.ExternalStreams.StopAllAsync(room, cancellationToken: ct).ConfigureAwait(false))));
        group.Add(List(global, "external-streams", (client, filter, ct) =>
            client.ExternalStreams.ListAsync(new ExternalStreamListOptions { RoomId = filter.Room, SessionId = filter.Session, Status = filter.Status }, cancellationToken: ct)));
        group.Add(Get(global, "external-streams", "stream-id", async (client, id, ct) => await client.ExternalStreams.GetAsync(id, cancellationToken: ct).ConfigureAwait(false)));
        return group;
    }

    private static IReadOnlyList<BeamJob> Items<T>(StopAllResult<T> result)
        where T : BeamJob
    {
        if (result.HasError)
        {
            throw new CliStopAllException(result.Error!);
        }

        return result.Items.Cast<BeamJob>().ToList();
    }

    private static Command Start(GlobalOptions global, string group, string summary, Option[] extra, Func<HmsClient, string, ParseResult, CancellationToken, Task<BeamJob>> start)
    {
        var room = CommandKit.RequiredText("--room", "The room id.");
        var command = CommandKit.Command("start", summary, $"hms {group} start --room 6650a1b2c3d4e5f6a7b8c9d0");
        command.Add(room);
        foreach (var option in extra)
        {
            command.Add(option);
        }

        command.SetClientAction(global, async (result, client, output, ct) =>
            output.WriteObject(Views.Job(await start(client, result.GetValue(room)!, result, ct).ConfigureAwait(false))));
        return command;
    }

    private static Command Stop(GlobalOptions global, string group, string idName, Func<HmsClient, string, CancellationToken, Task<BeamJob>> stopOne, Func<HmsClient, string, CancellationToken, Task<IReadOnlyList<BeamJob>>> stopAll)
    {
        var id = new Argument<string?>(idName) { Description = "The job to stop.", Arity = ArgumentArity.ZeroOrOne };
        var room = CommandKit.Text("--room", "Stop every running job in this room instead.");
        var command = CommandKit.Command("stop", "Stop one job by id, or all of them in a room with --room.",
            $"hms {group} stop 6650a1b2c3d4e5f6a7b8c9f0", $"hms {group} stop --room 6650a1b2c3d4e5f6a7b8c9d0");
        command.Add(id);
        command.Add(room);
        command.SetClientAction(global, async (result, client, output, ct) =>
        {
            var jobId = result.GetValue(id);
            var roomId = result.GetValue(room);
            if (string.IsNullOrWhiteSpace(jobId) == (roomId is null))
            {
                throw new CliUsageException($"{group} stop: give either <{idName}> or --room");
            }

            if (roomId is not null)
            {
                output.WriteRows((await stopAll(client, roomId, ct).ConfigureAwait(false)).Select(Views.Job).ToList(), Views.JobColumns);
            }
            else
            {
                output.WriteObject(Views.Job(await stopOne(client, jobId!, ct).ConfigureAwait(false)));
            }
        });
        return command;
    }

    private static Command List<T>(GlobalOptions global, string group, Func<HmsClient, JobFilter, CancellationToken, IAsyncEnumerable<T>> list)
        where T : BeamJob
    {
        var room = CommandKit.Text("--room", "Only jobs of this room id.");
        var session = CommandKit.Text("--session", "Only jobs of this session id.");
        var status = Parsers.OneOf("--status", "Only jobs in this state.", Statuses);
        var limit = CommandKit.Limit();
        var command = CommandKit.Command("list", $"List {group.Replace('-', ' ')}.", $"hms {group} list --room 6650a1b2c3d4e5f6a7b8c9d0 --status running --json");
        command.Add(room);
        command.Add(session);
        command.Add(status);
        command.Add(limit);
        command.SetClientAction(global, (result, client, output, ct) =>
        {
            var filter = new JobFilter(result.GetValue(room), result.GetValue(session), result.GetValue(status) is { } s ? (BeamJobStatus?)new BeamJobStatus(s) : null);
            return output.WriteListAsync(list(client, filter, ct), job => Views.Job(job), Views.JobColumns, group.Replace('-', ' '), result.GetValue(limit), ct);
        });
        return command;
    }

    private static Command Get(GlobalOptions global, string group, string idName, Func<HmsClient, string, CancellationToken, Task<BeamJob>> get) =>
        CommandKit.Get(global, idName, "The job id.", "Show one job with its assets.", $"hms {group} get 6650a1b2c3d4e5f6a7b8c9f0", get, Views.Job);

    private sealed record JobFilter(string? Room, string? Session, BeamJobStatus? Status);
}

/// <summary>A stop-all the API answered with an error message instead of the stopped jobs.</summary>
internal sealed class CliStopAllException : HmsException
{
    public CliStopAllException(string message)
        : base(message)
    {
    }
}
