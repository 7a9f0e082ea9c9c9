namespace HmsSdk.Tests.Infrastructure;

/// <summary>Builds clients wired to an in-memory handler with a fake clock and deterministic retries.</summary>
public static class TestClients
{
    public const string AccessKey = "test-access-key";
    public const string Secret = "test-app-secret-with-enough-length-for-hs256!";
    public static readonly Uri BaseUri = new("https://api.test.local/v2");

    /// <summary>A fixed start time: 2026-01-01T00:00:00Z.</summary>
    public static TestClock NewClock() => new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static HmsClientOptions Options(HttpMessageHandler handler, TimeProvider? clock = null, Action<HmsClientOptions>? configure = null)
    {
        var options = new HmsClientOptions
        {
            AccessKey = AccessKey,
            Secret = Secret,
            BaseUri = BaseUri,
            HttpMessageHandler = handler,
            TimeProvider = clock ?? NewClock(),
        };
        options.Retry.UseJitter = false;
        options.Retry.Delay = TimeSpan.Zero;
        options.Retry.MaxDelay = TimeSpan.FromSeconds(60);
        configure?.Invoke(options);
        return options;
    }

    public static HmsClient Create(HttpMessageHandler handler, TimeProvider? clock = null, Action<HmsClientOptions>? configure = null) =>
        new(Options(handler, clock, configure), _ => null);
}
