using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HmsSdk.Cli.Webhooks;

/// <summary>
/// A minimal Kestrel receiver on 127.0.0.1 for <c>hms webhooks listen</c>: verifies the configured headers with the SDK
/// (<see cref="HmsWebhook.Verify(Func{string, string?}, HmsWebhookOptions, IPAddress?)"/>), parses the typed event and
/// hands it to a callback. Kestrel rather than HttpListener: the tool already carries ASP.NET Core for <c>fake serve</c>,
/// Kestrel's empty builder is trimming/NativeAOT-safe, and HttpListener is a legacy API on Linux/macOS.
/// </summary>
internal sealed class WebhookListener : IAsyncDisposable
{
    private const int MaxBodyBytes = 1024 * 1024;

    private readonly WebApplication _app;

    private WebhookListener(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<WebhookListener> StartAsync(
        int port, HmsWebhookOptions verification, Func<HmsWebhookEvent, Task> accepted, Action<string> rejected, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = MaxBodyBytes;
            options.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        app.Run(context => HandleAsync(context, verification, accepted, rejected));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new CliUsageException($"--port: cannot listen on 127.0.0.1:{port}: {ex.Message}", ex);
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel did not report a listening address.");
        return new WebhookListener(app, new Uri("http://127.0.0.1:" + new Uri(address).Port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/"));
    }

    private static async Task HandleAsync(HttpContext context, HmsWebhookOptions verification, Func<HmsWebhookEvent, Task> accepted, Action<string> rejected)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var check = HmsWebhook.Verify(name => context.Request.Headers.TryGetValue(name, out var values) ? values.ToString() : null, verification);
        if (!check.IsValid)
        {
            rejected($"rejected {context.Request.Path}: {check.Message}");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        HmsWebhookEvent webhook;
        try
        {
            webhook = HmsWebhook.Parse(body.GetBuffer().AsSpan(0, (int)body.Length));
        }
        catch (HmsWebhookFormatException ex)
        {
            rejected($"rejected {context.Request.Path}: {ex.Message}");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await accepted(webhook).ConfigureAwait(false);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            try
            {
                await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A hung client must not keep the tool from exiting.
            }
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
