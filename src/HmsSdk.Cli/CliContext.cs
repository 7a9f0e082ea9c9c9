using System;
using System.IO;
using System.Net.Http;

namespace HmsSdk.Cli;

/// <summary>
/// Everything a command touches outside its arguments: the output streams, whether stdout is a terminal, the
/// environment, the clock and (for in-process tests) the HTTP handler. <see cref="ForConsole"/> is the real process.
/// </summary>
public sealed class CliContext
{
    /// <summary>Creates a context over the given writers; the environment is empty and the clock is the system clock.</summary>
    /// <param name="output">Receives results (tables, JSON lines, tokens).</param>
    /// <param name="error">Receives errors and diagnostics.</param>
    public CliContext(TextWriter output, TextWriter error)
    {
        Output = output ?? throw new ArgumentNullException(nameof(output));
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    /// <summary>Results go here.</summary>
    public TextWriter Output { get; }

    /// <summary>Errors and status lines go here.</summary>
    public TextWriter Error { get; }

    /// <summary>True when <see cref="Output"/> is an interactive terminal: colour, progress and live status are shown only then.</summary>
    public bool IsOutputTerminal { get; init; }

    /// <summary>Reads an environment variable (HMS_ACCESS_KEY, HMS_SECRET, HMS_ENV, HMS_BASE_URL); returns null when unset.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = static _ => null;

    /// <summary>The clock for token timestamps, follow/poll intervals and the fake.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>An HTTP handler for every SDK client the commands create (tests pass the fake's in-memory handler); null for real sockets.</summary>
    public HttpMessageHandler? HttpMessageHandler { get; init; }

    /// <summary>Called once a long-running server (<c>fake serve</c>, <c>webhooks listen</c>) is accepting requests, with its base address.</summary>
    public Action<Uri>? ServerStarted { get; init; }

    /// <summary>Seeds the generated ids of <c>webhooks trigger</c> payloads; null for a fresh random seed per run.</summary>
    public int? RandomSeed { get; init; }

    /// <summary>The context of the real process: console streams, process environment, system clock.</summary>
    /// <returns>The context.</returns>
    public static CliContext ForConsole() => new(Console.Out, Console.Error)
    {
        IsOutputTerminal = !Console.IsOutputRedirected,
        GetEnvironmentVariable = Environment.GetEnvironmentVariable,
    };
}
