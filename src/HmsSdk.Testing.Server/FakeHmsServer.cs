using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Testing.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HmsSdk.Testing;

/// <summary>
/// A Kestrel host on <c>127.0.0.1</c> and an ephemeral port that serves a <see cref="FakeHmsApi"/> over real HTTP.
/// It adapts each <see cref="HttpContext"/> to the same core as the in-memory handler, so behaviour is identical.
/// Dispose it to stop the server.
/// </summary>
public sealed class FakeHmsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private FakeHmsServer(WebApplication app, Uri baseUri, Uri authBaseUri)
    {
        _app = app;
        BaseUri = baseUri;
        AuthBaseUri = authBaseUri;
    }

    /// <summary>The API base on the loopback server, e.g. <c>http://127.0.0.1:54321/v2</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The auth host (room-code token exchange) on the same server, under a path prefix: <c>http://127.0.0.1:54321/auth/v2</c>.</summary>
    public Uri AuthBaseUri { get; }

    internal static async Task<FakeHmsServer> StartAsync(FakeApiCore core, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
            options.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        app.Run(context => ServeAsync(core, context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel did not report a listening address.");
        var origin = "http://127.0.0.1:" + new Uri(address).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new FakeHmsServer(app, new Uri(origin + "/v2"), new Uri(origin + "/" + FakeApiCore.AuthPrefix + "/v2"));
    }

    private static async Task ServeAsync(FakeApiCore core, HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (context.Request.PathBase + context.Request.Path + context.Request.QueryString).ToString();
        var split = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = split < 0 ? rawTarget : rawTarget.Substring(0, split);
        var rawQuery = split < 0 ? string.Empty : rawTarget.Substring(split + 1);

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in context.Request.Headers)
        {
            headers.Add(new(header.Key, header.Value.ToString()));
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);

        var response = await core.HandleAsync(new FakeRequest(context.Request.Method, rawPath, rawQuery, headers, buffer.ToArray()), context.RequestAborted)
            .ConfigureAwait(false);
        if (response.Transport == TransportBehavior.DropConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.StatusCode;
        if (response.ContentType is not null)
        {
            context.Response.ContentType = response.ContentType;
        }

        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers.Append(name, value);
        }

        context.Response.ContentLength = response.Body.Length;
        if (response.Transport == TransportBehavior.ResetMidBody)
        {
            await context.Response.Body.WriteAsync(response.Body.AsMemory(0, response.BytesBeforeReset), context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            context.Abort();
            return;
        }

        if (response.StatusCode != StatusCodes.Status204NoContent)
        {
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the server (waiting at most two seconds for in-flight requests) and releases it.</summary>
    /// <returns>A task that completes when the server is stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            try
            {
                await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // In-flight requests (e.g. a delay fault nobody advanced) must not block disposal.
            }
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
