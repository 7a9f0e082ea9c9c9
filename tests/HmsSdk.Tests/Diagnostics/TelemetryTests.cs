using System.Diagnostics;
using System.Diagnostics.Metrics;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace HmsSdk.Tests.Diagnostics;

// Activity and meter listeners are process-wide: keep these tests out of parallel runs with each other.
[Collection(nameof(TelemetryTests))]
public class TelemetryTests
{
    private static (FakeLogCollector Logs, ILoggerFactory Factory) CaptureLogs()
    {
        var collector = new FakeLogCollector();
        var factory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        return (collector, factory);
    }

    [Fact]
    public async Task A_successful_call_logs_method_path_template_status_and_request_id_without_secrets()
    {
        var (logs, factory) = CaptureLogs();
        var handler = new RecordingHandler().Enqueue(401).Enqueue(200, """{"id":"r1"}""", ("X-Request-Id", "rid-ok"));
        using var client = TestClients.Create(handler, configure: o => { o.LoggerFactory = factory; o.LogBodies = true; });

        await client.Api.GetAsync("/rooms/r1");

        var lines = logs.GetSnapshot().Select(r => r.Message).ToList();
        lines.Should().Contain(l => l.Contains("Api.Get") && l.Contains("GET") && l.Contains("/rooms/r1") && l.Contains("200") && l.Contains("rid-ok"));
        lines.Should().Contain(l => l.Contains("refreshed management token"));
        var authorization = handler.Requests[0].Header("Authorization")!["Bearer ".Length..];
        lines.Should().NotContain(l => l.Contains(TestClients.Secret) || l.Contains(authorization) || l.Contains("eyJ"));
    }

    [Fact]
    public async Task A_failing_call_logs_a_warning_with_status_and_request_id()
    {
        var (logs, factory) = CaptureLogs();
        var handler = new RecordingHandler().Enqueue(404, """{"message":"room not found"}""", ("X-Request-Id", "rid-404"));
        using var client = TestClients.Create(handler, configure: o => o.LoggerFactory = factory);

        await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms/missing")).Should().ThrowAsync<HmsNotFoundException>();

        var warning = logs.GetSnapshot().Single(r => r.Level == LogLevel.Warning);
        warning.Message.Should().Contain("404").And.Contain("rid-404").And.Contain("HmsNotFoundException");
    }

    [Fact]
    public async Task One_activity_per_operation_with_http_attributes_and_error_status()
    {
        var activities = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "HmsSdk",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var handler = new RecordingHandler()
            .Enqueue(503).Enqueue(200, "{}", ("X-Request-Id", "rid-a"))
            .Enqueue(400, """{"message":"bad"}""", ("X-Request-Id", "rid-b"));
        // A host of its own: the listener is process-wide and other tests run in parallel.
        using var client = TestClients.Create(handler, configure: o => o.BaseUri = new Uri("https://telemetry-activity.test.local/v2"));

        await client.Api.GetAsync("/rooms");
        await FluentActions.Awaiting(() => client.Api.PostAsync("/rooms")).Should().ThrowAsync<HmsBadRequestException>();

        var mine = activities.Where(a => a.GetTagItem("server.address") as string == "telemetry-activity.test.local").ToList();
        mine.Should().HaveCount(2);
        mine[0].DisplayName.Should().Be("Api.Get");
        mine[0].GetTagItem("http.request.method").Should().Be("GET");
        mine[0].GetTagItem("http.response.status_code").Should().Be(200);
        mine[0].GetTagItem("hms.request_id").Should().Be("rid-a");
        mine[0].GetTagItem("http.request.resend_count").Should().Be(1);
        mine[0].Status.Should().NotBe(ActivityStatusCode.Error);
        mine[1].Status.Should().Be(ActivityStatusCode.Error);
        mine[1].GetTagItem("http.response.status_code").Should().Be(400);
        mine[1].GetTagItem("hms.request_id").Should().Be("rid-b");
    }

    [Fact]
    public async Task Duration_histogram_and_retry_counter_are_recorded()
    {
        var durations = new System.Collections.Concurrent.ConcurrentQueue<(double Value, string? Operation)>();
        var retries = new System.Collections.Concurrent.ConcurrentQueue<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "HmsSdk")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "hms.client.request.duration")
            {
                durations.Enqueue((value, tags.ToArray().FirstOrDefault(t => t.Key == "hms.operation").Value as string));
            }
        });
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "hms.client.retries")
            {
                retries.Enqueue(value);
            }
        });
        listener.Start();
        var handler = new RecordingHandler().Enqueue(500).Enqueue(200, "{}");
        using var client = TestClients.Create(handler);

        await client.Api.GetAsync("/telemetry-probe");

        durations.Should().Contain(d => d.Operation == "Api.Get" && d.Value >= 0);
        retries.Should().NotBeEmpty().And.OnlyContain(v => v == 1);
    }
}

public class BodyRedactionTests
{
    [Theory]
    [InlineData("""{"credentials":{"key":"AKIA123","secret":"s3cr3t-value"}}""", new[] { "AKIA123", "s3cr3t-value" })]
    [InlineData("""{"id":"k1","key":"live_stream_key_value","url":"rtmp://x"}""", new[] { "live_stream_key_value" })]
    [InlineData("""{"password":"hunter2","secretKey":"abc\"def"}""", new[] { "hunter2", "abc\\\"def" })]
    [InlineData("""{"recording_presigned_url":"https://bucket/x?X-Amz-Signature=sig"}""", new[] { "X-Amz-Signature=sig" })]
    [InlineData("""{"token":"opaque-token"}""", new[] { "opaque-token" })]
    public void Credential_like_fields_are_redacted_from_logged_bodies(string body, string[] secrets)
    {
        var redacted = Http.HmsErrorMapper.RedactBody(body);

        foreach (var secret in secrets)
        {
            redacted.Should().NotContain(secret);
        }

        redacted.Should().Contain("[redacted]");
    }

    [Fact]
    public void Ordinary_fields_are_kept()
    {
        Http.HmsErrorMapper.RedactBody("""{"id":"room-1","name":"standup","customer_id":"c1"}""")
            .Should().Be("""{"id":"room-1","name":"standup","customer_id":"c1"}""");
    }

    [Fact]
    public async Task A_logged_body_never_shows_a_stream_key_or_upload_secret()
    {
        var collector = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        var handler = new RecordingHandler().Enqueue(200, """{"id":"sk1","key":"super-secret-stream-key","room_id":"r1","recording_info":{"upload_info":{"credentials":{"key":"AKIA","secret":"bucket-secret"}}}}""");
        using var client = TestClients.Create(handler, configure: o => { o.LoggerFactory = factory; o.LogBodies = true; });

        await client.Api.GetAsync("/stream-keys/room/r1");

        var all = string.Join("\n", collector.GetSnapshot().Select(r => r.Message));
        all.Should().Contain("response body").And.Contain("room_id");
        all.Should().NotContain("super-secret-stream-key").And.NotContain("bucket-secret");
    }
}
