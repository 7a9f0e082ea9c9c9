using System;
using System.Runtime.InteropServices;
using System.Threading;
using HmsSdk.Cli;

// Ctrl+C and SIGTERM cancel the running command: servers and --follow stop cleanly (exit 0), one-shot calls exit 130.
using var stop = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
return await HmsCommandLine.RunAsync(args, CliContext.ForConsole(), stop.Token).ConfigureAwait(false);
