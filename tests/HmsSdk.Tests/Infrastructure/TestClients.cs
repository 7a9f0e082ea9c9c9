using FluentAssertions;

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

    /// <summary>
    /// Answers one call with <paramref name="status"/> and <paramref name="body"/>, asserts that the call throws
    /// <typeparamref name="TException"/> after exactly one request, and returns the exception.
    /// </summary>
    public static async Task<TException> FailedCallAsync<TException>(
        int status, string body, Func<HmsClient, Task> call, params (string Name, string Value)[] headers)
        where TException : Exception
    {
        var handler = new RecordingHandler().Enqueue(status, body, headers);
        using var client = Create(handler);

        var error = (await FluentActions.Awaiting(() => call(client)).Should().ThrowAsync<TException>()).Which;

        handler.Requests.Should().ContainSingle();
        return error;
    }
}
