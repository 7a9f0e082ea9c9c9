using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Cli.Commands;

namespace HmsSdk.Cli;

/// <summary>The <c>hms</c> command line: parses, runs one command and maps the outcome to an exit code.</summary>
public static class HmsCommandLine
{
    /// <summary>Runs <c>hms</c> with the given arguments.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="context">Streams, environment, clock and test hooks.</param>
    /// <param name="cancellationToken">Ctrl+C/SIGTERM: stops a server or a follow cleanly (exit 0), interrupts anything else (exit 130).</param>
    /// <returns>The exit code: 0 ok, 1 API error, 2 usage error, 130 interrupted.</returns>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var root = Build(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpWithExamples)
        {
            foreach (var error in parsed.Errors)
            {
                await context.Error.WriteLineAsync("error: " + error.Message).ConfigureAwait(false);
            }

            var path = parsed.CommandResult.Command == root ? "hms" : "hms " + CommandPath(parsed.CommandResult.Command);
            await context.Error.WriteLineAsync($"Run '{path} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            // Signals are turned into cancellationToken by the caller (Program), so tests never install process-wide handlers.
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Errors.Describe(ex, cancellationToken) is { } failure)
        {
            if (failure.Message.Length > 0)
            {
                await context.Error.WriteLineAsync("error: " + failure.Message).ConfigureAwait(false);
            }

            return failure.ExitCode;
        }
    }

    private static RootCommand Build(CliContext context)
    {
        var global = new GlobalOptions(context);
        var root = new RootCommand(
            "hms: the 100ms REST API from your terminal (tokens, rooms, sessions, peers, recordings, streams, analytics, webhooks) "
            + "and a local fake of it.\n\n"
            + "Credentials come from --access-key/--secret or HMS_ACCESS_KEY/HMS_SECRET; HMS_ENV=nonprod or --env picks the API, "
            + "--base-url (or HMS_BASE_URL) points at `hms fake serve`.\n"
            + "Output is a table; --json prints one JSON object per line. Exit codes: 0 ok, 1 API error, 2 usage error.");
        global.AddTo(root);
        root.Add(TokenCommands.Build(global));
        root.Add(RoomCommands.Build(global));
        root.Add(SessionCommands.Build(global));
        root.Add(PeerCommands.Build(global));
        root.Add(JobCommands.Recordings(global));
        root.Add(AssetCommands.Build(global));
        root.Add(JobCommands.LiveStreams(global));
        root.Add(JobCommands.ExternalStreams(global));
        root.Add(RoomCodeCommands.Build(global));
        root.Add(AnalyticsCommands.Build(global));
        root.Add(WebhookCommands.Build(global));
        root.Add(ApiCommands.Build(global));
        root.Add(FakeCommands.Build(global));
        CommandKit.AddExamplesToHelp(
            root,
            "hms fake serve --port 4010 --seed demo",
            "hms rooms list --base-url http://127.0.0.1:4010/v2 --access-key fake-access-key --secret <printed by fake serve>",
            "hms token app --room <room-id> --role host --valid-for 1h");
        return root;
    }

    private static string CommandPath(Command command)
    {
        var path = command.Name;
        for (var parent = command.Parents; ;)
        {
            Command? next = null;
            foreach (var p in parent)
            {
                if (p is Command c and not RootCommand)
                {
                    next = c;
                }
            }

            if (next is null)
            {
                return path;
            }

            path = next.Name + " " + path;
            parent = next.Parents;
        }
    }
}
