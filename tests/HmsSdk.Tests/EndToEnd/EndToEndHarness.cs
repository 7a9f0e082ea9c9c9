using HmsSdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HmsSdk.Tests.EndToEnd;

/// <summary>How the SDK reaches the fake: the in-memory handler, or real HTTP to a Kestrel loopback server.</summary>
public enum FakeTransport
{
    InMemory,
    Loopback,
}

/// <summary>A fake 100ms API on a fake clock and an <see cref="HmsClient"/> wired to it through one transport.</summary>
internal sealed class EndToEndHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    private EndToEndHarness(FakeTimeProvider time, FakeHmsApi fake, FakeHmsServer? server, HmsClient client)
    {
        Time = time;
        Fake = fake;
        Server = server;
        Client = client;
    }

    /// <summary>Both transports, for <c>[MemberData]</c> theories.</summary>
    public static TheoryData<FakeTransport> Transports => new() { FakeTransport.InMemory, FakeTransport.Loopback };

    public FakeTimeProvider Time { get; }

    public FakeHmsApi Fake { get; }

    public FakeHmsServer? Server { get; }

    public HmsClient Client { get; }

    public static async Task<EndToEndHarness> StartAsync(FakeTransport transport, Action<FakeHmsApiOptions>? configureFake = null)
    {
        var time = new FakeTimeProvider(Start);
        var options = new FakeHmsApiOptions { AccessKey = "e2e-access-key", Secret = "e2e-secret-long-enough-for-hs256-0123456789", TimeProvider = time, Seed = 11 };
        configureFake?.Invoke(options);
        var fake = new FakeHmsApi(options);
        var server = transport == FakeTransport.Loopback ? await fake.StartServerAsync() : null;
        var client = server is null ? fake.CreateClient() : fake.CreateClient(server);
        return new EndToEndHarness(time, fake, server, client);
    }

    /// <summary>Another client on the same transport, e.g. with wrong credentials.</summary>
    public HmsClient CreateClient(Action<HmsClientOptions> configure) =>
        Server is null ? Fake.CreateClient(configure) : Fake.CreateClient(Server, configure);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
