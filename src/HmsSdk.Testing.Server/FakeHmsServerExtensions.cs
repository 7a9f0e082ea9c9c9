using System;
using System.Threading;
using System.Threading.Tasks;

using HmsSdk.Testing.Core;

namespace HmsSdk.Testing;

/// <summary>Serves a <see cref="FakeHmsApi"/> over real HTTP on loopback and builds clients that talk to it.</summary>
/// <example>
/// <code>
/// var fake = new FakeHmsApi();
/// await using var server = await fake.StartServerAsync();
/// using var hms = fake.CreateClient(server);                   // real HTTP on 127.0.0.1
/// </code>
/// </example>
public static class FakeHmsServerExtensions
{
    /// <summary>Starts a Kestrel server on 127.0.0.1 with an ephemeral port serving this fake.</summary>
    /// <param name="fake">The fake to serve; the server and the in-memory handler share its state.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    /// <remarks>The auth host is served on the same port under <c>/auth/v2</c> (<see cref="FakeHmsServer.AuthBaseUri"/>).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="fake"/> is null.</exception>
    public static Task<FakeHmsServer> StartServerAsync(this FakeHmsApi fake, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fake);
        return FakeHmsServer.StartAsync(fake.Core, 0, cancellationToken);
    }

    /// <summary>Starts a Kestrel server on 127.0.0.1 and the given port serving this fake (e.g. for <c>hms fake serve --port</c>).</summary>
    /// <param name="fake">The fake to serve.</param>
    /// <param name="port">The TCP port; 0 picks a free one.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fake"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is outside 0..65535.</exception>
    /// <exception cref="System.IO.IOException">The port is in use.</exception>
    public static Task<FakeHmsServer> StartServerAsync(this FakeHmsApi fake, int port, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fake);
        FakeGuard.InRange(port, 0, 65535, nameof(port));
        return FakeHmsServer.StartAsync(fake.Core, port, cancellationToken);
    }

    /// <summary>Creates a client that talks to the fake over real HTTP through a loopback server started with <see cref="StartServerAsync(FakeHmsApi, CancellationToken)"/>.</summary>
    /// <param name="fake">The fake the server serves.</param>
    /// <param name="server">The running server.</param>
    /// <param name="configure">Adjusts the options after the fake's defaults are applied.</param>
    /// <returns>The client; dispose it before the server.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fake"/> or <paramref name="server"/> is null.</exception>
    public static HmsClient CreateClient(this FakeHmsApi fake, FakeHmsServer server, Action<HmsClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(fake);
        ArgumentNullException.ThrowIfNull(server);
        var options = FakeHmsApiClientExtensions.DefaultOptions(fake, server.BaseUri, server.AuthBaseUri);
        configure?.Invoke(options);
        return new HmsClient(options);
    }
}
