using System.Text;
using FluentAssertions;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using HmsSdk.Testing;
using HmsSdk.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace HmsSdk.Tests.Reliability;

/// <summary>The slice of a room the reliability tests read back (the typed services own the full model).</summary>
public sealed class ProbeRoom
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

/// <summary>The body of <c>POST /rooms</c>.</summary>
public sealed class ProbeRoomBody
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

[JsonSerializable(typeof(ProbeRoom))]
[JsonSerializable(typeof(ProbeRoomBody))]
internal sealed partial class ProbeJson : JsonSerializerContext
{
}

/// <summary>Shared set-up: a fake API on its own clock, an SDK client on a <see cref="TestClock"/>, and helpers.</summary>
internal static class ReliabilityHarness
{
    /// <summary>The fixed start of every fake clock: 2026-01-01T00:00:00Z (the same instant <see cref="TestClients.NewClock"/> uses).</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Anything shaped like a compact JWT.</summary>
    public static readonly Regex Jwt = new(@"eyJ[\w-]+\.[\w-]+\.[\w-]*", RegexOptions.CultureInvariant);

    /// <summary>
    /// A fake that accepts <see cref="TestClients"/>' credentials. Its clock is separate and never advanced unless
    /// <paramref name="clock"/> is given, so a delay fault is a true stall and only the SDK's timers live on the test clock.
    /// </summary>
    public static FakeHmsApi NewFake(TimeProvider? clock = null, int seed = 7) => new(new FakeHmsApiOptions
    {
        AccessKey = TestClients.AccessKey,
        Secret = TestClients.Secret,
        TimeProvider = clock ?? new FakeTimeProvider(Start),
        Seed = seed,
    });

    /// <summary>Decodes the payload of a compact JWT (no signature check).</summary>
    public static JsonElement JwtPayload(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        return document.RootElement.Clone();
    }

    /// <summary>The bearer token of a recorded request.</summary>
    public static string BearerToken(RecordedRequest request)
    {
        var header = request.Header("Authorization") ?? throw new Xunit.Sdk.XunitException("The request had no Authorization header: " + request.PathAndQuery);
        header.Should().StartWith("Bearer ");
        return header.Substring("Bearer ".Length);
    }

    /// <summary>A recording handler that forwards every request to <paramref name="inner"/> (and records it first).</summary>
    public static RecordingHandler Forwarding(HttpMessageHandler inner)
    {
        var invoker = new HttpMessageInvoker(inner, disposeHandler: false);
        return new RecordingHandler { Default = (request, ct) => invoker.SendAsync(request, ct) };
    }

    /// <summary>Runs <paramref name="call"/> to completion, also when it fails, and returns its exception (or null).</summary>
    public static async Task<Exception?> CaptureAsync(Task call)
    {
        try
        {
            await call;
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}

/// <summary>
/// Advances a <see cref="TestClock"/> from one pending timer to the next until a call completes, so retries and
/// timeouts play out instantly and deterministically. A timer whose due time equals the per-attempt timeout is only
/// fired once <paramref name="stallStarted"/> says the server is really stalling, so an attempt still in flight on
/// another thread is never timed out by the driver.
/// </summary>
internal sealed class FakeClockDriver
{
    private readonly TestClock _clock;
    private readonly TimeSpan _attemptTimeout;
    private readonly Func<int, Task> _stallStarted;
    private int _timeoutsFired;

    public FakeClockDriver(TestClock clock, TimeSpan attemptTimeout, Func<int, Task>? stallStarted = null)
    {
        _clock = clock;
        _attemptTimeout = attemptTimeout;
        _stallStarted = stallStarted ?? (_ => new TaskCompletionSource().Task);
    }

    /// <summary>Drives the clock until <paramref name="call"/> completes; returns the fake time that passed.</summary>
    public async Task<TimeSpan> RunAsync(Task call)
    {
        var started = _clock.GetUtcNow();
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // hang guard only, never a timing assertion
        var hang = Task.Delay(Timeout.Infinite, guard.Token);
        while (!call.IsCompleted)
        {
            var created = _clock.NextTimerCreated;
            var stall = _stallStarted(_timeoutsFired + 1);
            var next = _clock.PendingTimers().FirstOrDefault();
            var isTimeout = next.DueTime == _attemptTimeout;
            if (next != default && (!isTimeout || stall.IsCompleted))
            {
                if (isTimeout)
                {
                    _timeoutsFired++;
                }

                var step = next.DueAt - _clock.GetUtcNow();
                _clock.Advance(step > TimeSpan.Zero ? step : TimeSpan.Zero);
                await Task.Yield();
                continue;
            }

            await Task.WhenAny(call, created, stall, hang);
            if (hang.IsCompleted)
            {
                throw new TimeoutException("The call neither completed nor scheduled a timer within 30 s of real time (a hang).");
            }
        }

        return _clock.GetUtcNow() - started;
    }
}
