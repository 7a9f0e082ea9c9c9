using System;

namespace HmsSdk.Cli;

/// <summary>A command line the user must fix (exit code 2). The message names the flag.</summary>
public sealed class CliUsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the flag or argument.</param>
    public CliUsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CliUsageException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
