using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Cli.Fake;
using HmsSdk.Cli.Output;
using HmsSdk.Testing;

namespace HmsSdk.Cli.Commands;

/// <summary><c>hms fake serve</c>: the HmsSdk.Testing fake API as a standalone loopback server, for tests in any language.</summary>
internal static class FakeCommands
{
    public static Command Build(GlobalOptions global)
    {
        var fake = CommandKit.Command("fake", "The HmsSdk.Testing fake of the 100ms API, as a local server.",
            "hms fake serve --port 4010 --seed demo");
        fake.Add(Serve(global));
        return fake;
    }

    private static Command Serve(GlobalOptions global)
    {
        var port = Parsers.Port("--port", "Port on 127.0.0.1 (default 0: a free port, printed at start).", allowZero: true);
        var seed = Parsers.OneOf("--seed", "Initial data: none (empty) or demo (rooms, a live session with peers, history, events, codes, a recording).", "none", "demo");
        var jobDelay = Parsers.Duration("--job-delay", "How long recordings and streams stay starting/stopping (default 10s).");
        var command = CommandKit.Command("serve",
            "Run the stateful fake 100ms API on 127.0.0.1 until Ctrl+C/SIGTERM. Prints its base URL and its (fake) credentials; "
            + "with --json one JSON line {base_url, auth_base_url, access_key, secret}. --access-key/--secret set the fake's credentials; "
            + "HMS_* variables are ignored here so a real secret is never echoed.",
            "hms fake serve --port 4010 --seed demo",
            "hms fake serve --json > fake.json &   # then: hms rooms list --base-url \"$(jq -r .base_url fake.json)\" ...");
        command.Add(port);
        command.Add(seed);
        command.Add(jobDelay);
        command.SetAction(async (result, ct) =>
        {
            var options = new FakeHmsApiOptions();
            if (result.GetValue(global.AccessKey) is { } key)
            {
                options.AccessKey = key;
            }

            if (result.GetValue(global.Secret) is { } secret)
            {
                options.Secret = secret;
            }

            if (result.GetValue(jobDelay) is { } delay)
            {
                options.JobStartDelay = delay;
                options.JobStopDelay = delay;
                options.ReplayDuration = delay;
            }

            var fake = new FakeHmsApi(options);
            var seedName = result.GetValue(seed) ?? "none";
            if (seedName == "demo")
            {
                await DemoSeed.ApplyAsync(fake, ct).ConfigureAwait(false);
            }

            FakeHmsServer server;
            try
            {
                server = await fake.StartServerAsync(result.GetValue(port), ct).ConfigureAwait(false);
            }
            catch (System.IO.IOException ex)
            {
                throw new CliUsageException($"--port: cannot listen on 127.0.0.1:{result.GetValue(port)}: {ex.Message}", ex);
            }

            await using (server.ConfigureAwait(false))
            {
                var output = global.Output(result);
                output.WriteMessage(
                    $"fake 100ms API on {server.BaseUri} (seed {seedName}); Ctrl+C to stop\n"
                    + $"  HMS_BASE_URL={server.BaseUri}\n  HMS_ACCESS_KEY={fake.AccessKey}\n  HMS_SECRET={fake.Secret}\n"
                    + $"  auth host: {server.AuthBaseUri}",
                    new Row
                    {
                        { "base_url", server.BaseUri.ToString() },
                        { "auth_base_url", server.AuthBaseUri.ToString() },
                        { "access_key", fake.AccessKey },
                        { "secret", fake.Secret },
                        { "seed", seedName },
                    });
                global.Context.Output.Flush();
                global.Context.ServerStarted?.Invoke(server.BaseUri);
                try
                {
                    await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    // Ctrl+C/SIGTERM: stop the server below and exit 0.
                }
            }

            await global.Context.Error.WriteLineAsync("fake API stopped").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
