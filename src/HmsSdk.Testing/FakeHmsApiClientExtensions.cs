using System;

namespace HmsSdk.Testing;

/// <summary>
/// Builds <see cref="HmsClient"/> instances wired to a <see cref="FakeHmsApi"/>: the fake's access key and secret,
/// its base URI and its clock (so management tokens are valid at the fake's "now").
/// </summary>
/// <remarks>
/// Retries keep the SDK's count but back off without delay or jitter, so an injected 5xx resolves without advancing a
/// fake clock; a server <c>Retry-After</c> is still honoured and waits on the fake's <see cref="FakeHmsApi.TimeProvider"/>.
/// Override anything in <c>configure</c>. For real HTTP on loopback, see the HmsSdk.Testing.Server package.
/// </remarks>
/// <example>
/// <code>
/// var fake = new FakeHmsApi(new FakeHmsApiOptions { TimeProvider = new FakeTimeProvider() });
/// using var hms = fake.CreateClient();                         // in memory, no sockets
/// var room = await hms.Rooms.CreateAsync(new CreateRoomOptions { Name = "standup" });
/// </code>
/// </example>
public static class FakeHmsApiClientExtensions
{
    /// <summary>Creates a client that talks to the fake through its in-memory handler (<see cref="FakeHmsApi.CreateHandler"/>).</summary>
    /// <param name="fake">The fake.</param>
    /// <param name="configure">Adjusts the options after the fake's defaults are applied; e.g. set a wrong <c>Secret</c> to test auth failures.</param>
    /// <returns>The client; dispose it when done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fake"/> is null.</exception>
    public static HmsClient CreateClient(this FakeHmsApi fake, Action<HmsClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(fake);
        var options = DefaultOptions(fake, fake.BaseUri, fake.AuthBaseUri);
        // The fake's handler holds no resources, so the client (which never disposes a supplied handler) may own it.
        options.HttpMessageHandler = fake.CreateHandler();
        configure?.Invoke(options);
        return new HmsClient(options);
    }

    internal static HmsClientOptions DefaultOptions(FakeHmsApi fake, Uri baseUri, Uri authBaseUri)
    {
        var options = new HmsClientOptions
        {
            AccessKey = fake.AccessKey,
            Secret = fake.Secret,
            BaseUri = baseUri,
            AuthBaseUri = authBaseUri,
            TimeProvider = fake.TimeProvider,
            UserAgentSuffix = "HmsSdk.Testing",
        };
        options.Retry.Delay = TimeSpan.Zero;
        options.Retry.UseJitter = false;
        return options;
    }
}
