using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace HmsSdk.Tests.AspNetCore;

/// <summary>
/// The crash test's child process: tests/HmsSdk.WebhookHost started with <c>dotnet &lt;dll&gt;</c> on 127.0.0.1. Killed
/// with SIGKILL (<see cref="Process.Kill(bool)"/>); disposing always kills and reaps it, so no process outlives a test.
/// </summary>
internal sealed class WebhookHostProcess : IDisposable
{
    // Generous bound so a broken host fails the test instead of hanging it; never waited out on success.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private WebhookHostProcess(Process process) => _process = process;

    public static string HostDll =>
        typeof(WebhookHostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WebhookHostPath").Value!;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<WebhookHostProcess> StartAsync(int port, string database)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostDll);
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(database);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new WebhookHostProcess(process);
        try
        {
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            using var timeout = new CancellationTokenSource(StartTimeout);
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"The webhook host exited with code {(process.WaitForExit(5000) ? process.ExitCode : -1)} before it was ready.");
                if (line.StartsWith("READY ", StringComparison.Ordinal))
                {
                    break;
                }
            }

            // Keep draining stdout so the child never blocks on a full pipe.
            _ = process.StandardOutput.ReadToEndAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; whatever SQLite has not committed is gone.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        _process.WaitForExit(30_000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
