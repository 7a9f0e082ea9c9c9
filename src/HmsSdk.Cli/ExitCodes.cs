namespace HmsSdk.Cli;

/// <summary>The process exit codes of <c>hms</c> (documented in docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The API (or a webhook receiver) answered with an error, or the request failed in transport.</summary>
    public const int ApiError = 1;

    /// <summary>Bad command line: unknown command or flag, missing or malformed value, missing credentials.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted by Ctrl+C/SIGTERM while a one-shot command was running.</summary>
    public const int Interrupted = 130;
}
