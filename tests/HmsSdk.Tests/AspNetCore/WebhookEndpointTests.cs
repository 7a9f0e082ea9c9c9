using System.Net;
using FluentAssertions;
using HmsSdk.AspNetCore;
using HmsSdk.Tests.Webhooks;
using HmsSdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace HmsSdk.Tests.AspNetCore;

public class WebhookEndpointTests
{
    private const string UnknownEvent = """
        {"version":"2.0","id":"u-1","timestamp":"2025-05-01T08:00:00Z","type":"whiteboard.opened.success","data":{"board_id":"b-9"}}
        """;

    private static string PeerJoin(string id) =>
        WebhookFixtures.Read("peer.join.success").Replace("\"9531985d-5d9d-49f8-9818-e811892f902b\"", $"\"{id}\"", StringComparison.Ordinal);

    [Fact]
    public async Task Good_request_answers_200_and_the_typed_handler_gets_the_event()
    {
        await using var app = await WebhookTestHost.StartAsync();

        var response = await app.PostAsync(WebhookFixtures.Read("peer.join.success"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var evt = await WebhookTestHost.NextAsync(app.Handled);
        var joined = evt.Should().BeOfType<PeerJoinSucceededEvent>().Subject;
        joined.Id.Should().Be("9531985d-5d9d-49f8-9818-e811892f902b");
        joined.Data.PeerId.Should().Be(WebhookFixtures.PeerId);
        joined.Data.RoomId.Should().Be(WebhookFixtures.RoomId);
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("WHSEC-7F3A9C1E")]
    [InlineData(null)]
    public async Task Bad_or_missing_secret_answers_401_and_no_handler_runs(string? secret)
    {
        await using var app = await WebhookTestHost.StartAsync();

        var rejected = await app.PostAsync(PeerJoin("rejected-1"), secret);
        var accepted = await app.PostAsync(PeerJoin("accepted-2"));

        rejected.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        // Events are dispatched in arrival order by one reader: had the rejected one been queued, it would come first.
        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("accepted-2");
        app.Handled.Reader.TryRead(out _).Should().BeFalse();
        app.Logs.Should().Contain(l => l.Level == LogLevel.Warning && l.Message.Contains("X-Hms-Secret", StringComparison.Ordinal));
        app.Logs.Should().NotContain(l => l.Message.Contains(WebhookTestHost.Secret, StringComparison.Ordinal) || (secret != null && l.Message.Contains(secret, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Secret_header_name_is_matched_ignoring_case()
    {
        await using var app = await WebhookTestHost.StartAsync();

        var response = await app.Client.SendAsync(WebhookTestHost.Request(PeerJoin("lower-1"), WebhookTestHost.Secret, "x-hms-secret"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("lower-1");
    }

    [Fact]
    public async Task Secret_header_sent_twice_is_rejected()
    {
        await using var app = await WebhookTestHost.StartAsync();
        var request = WebhookTestHost.Request(PeerJoin("twice"));
        request.Headers.TryAddWithoutValidation(WebhookTestHost.SecretHeader, WebhookTestHost.Secret);

        var response = await app.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("{ \"type\": \"peer.join.success\", ")]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("{\"version\":\"2.0\"}")]
    public async Task Malformed_body_answers_400_and_no_handler_runs(string body)
    {
        await using var app = await WebhookTestHost.StartAsync();

        var malformed = await app.PostAsync(body);
        var good = await app.PostAsync(PeerJoin("after-malformed"));

        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        good.StatusCode.Should().Be(HttpStatusCode.OK);
        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("after-malformed");
        app.Logs.Should().Contain(l => l.Level == LogLevel.Warning && l.Message.Contains("malformed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_event_type_answers_200_and_reaches_the_generic_handler_only()
    {
        await using var app = await WebhookTestHost.StartAsync();

        var response = await app.PostAsync(UnknownEvent);
        await app.PostAsync(PeerJoin("known-after-unknown"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var unknown = await WebhookTestHost.NextAsync(app.Unknown);
        unknown.GetType().Should().Be(typeof(HmsWebhookEvent));
        unknown.Type.ToString().Should().Be("whiteboard.opened.success");
        unknown.RawData.GetProperty("board_id").GetString().Should().Be("b-9");
        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("known-after-unknown");
        app.Unknown.Reader.TryRead(out _).Should().BeFalse("a known event must not reach OnUnknown");
    }

    [Fact]
    public async Task A_throwing_handler_is_logged_and_does_not_stop_other_handlers_or_events()
    {
        await using var app = await WebhookTestHost.StartAsync(handlers: builder => builder
            .On<HmsWebhookEvent>((evt, _) => evt.Id == "boom" ? throw new InvalidOperationException("handler bug") : Task.CompletedTask));

        var first = await app.PostAsync(PeerJoin("boom"));
        var second = await app.PostAsync(PeerJoin("fine"));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("boom", "the typed handler registered before the throwing one still ran");
        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("fine");
        app.Logs.Should().ContainSingle(l => l.Level == LogLevel.Error && l.Exception is InvalidOperationException)
            .Which.Message.Should().Contain("On<HmsWebhookEvent>").And.Contain("peer.join.success").And.Contain("boom");
    }

    [Fact]
    public async Task A_handler_that_overruns_its_timeout_is_cancelled_and_logged()
    {
        await using var app = await WebhookTestHost.StartAsync(
            options => options.HandlerTimeout = TimeSpan.FromMilliseconds(1),
            builder => builder.On<PeerJoinSucceededEvent>(async (evt, ct) =>
            {
                if (evt.Id == "slow")
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
            }));

        await app.PostAsync(PeerJoin("slow"));
        await app.PostAsync(PeerJoin("next"));

        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("slow");
        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("next");
        app.Logs.Should().Contain(l => l.Level == LogLevel.Error && l.Message.Contains("did not finish", StringComparison.Ordinal) && l.Message.Contains("slow", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Class_handler_is_resolved_per_event_with_scoped_dependencies()
    {
        await using var app = await WebhookTestHost.StartAsync(handlers: builder =>
        {
            builder.Services.AddScoped<ScopedCounter>();
            builder.Services.AddSingleton<SeenScopes>();
            builder.AddHandler<RecordingHandler>();
        });

        await app.PostAsync(PeerJoin("scope-1"));
        await app.PostAsync(PeerJoin("scope-2"));
        await WebhookTestHost.NextAsync(app.Handled);
        await WebhookTestHost.NextAsync(app.Handled);

        var seen = app.Services.GetRequiredService<SeenScopes>();
        seen.Entries.Select(e => e.EventId).Should().Equal("scope-1", "scope-2");
        seen.Entries.Select(e => e.ScopeId).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Oversized_body_answers_413()
    {
        await using var app = await WebhookTestHost.StartAsync(options => options.MaxBodySize = 256);

        var response = await app.PostAsync(WebhookFixtures.Read("hls.recording.success"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Full_queue_answers_503_so_100ms_retries()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await WebhookTestHost.StartAsync(
            options => options.QueueCapacity = 1,
            builder => builder.On<PeerJoinSucceededEvent>(async (evt, ct) =>
            {
                if (evt.Id == "blocker")
                {
                    started.TrySetResult();
                    await release.Task.WaitAsync(ct);
                }
            }));

        (await app.PostAsync(PeerJoin("blocker"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        (await app.PostAsync(PeerJoin("queued"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var overflow = await app.PostAsync(PeerJoin("overflow"));
        release.SetResult();

        overflow.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("blocker");
        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("queued");
    }

    [Fact]
    public async Task Stopping_the_app_finishes_events_already_acknowledged()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await WebhookTestHost.StartAsync(handlers: builder => builder.On<PeerJoinSucceededEvent>(async (evt, ct) =>
        {
            if (evt.Id == "in-flight")
            {
                started.TrySetResult();
                await release.Task.WaitAsync(ct);
            }
        }));

        (await app.PostAsync(PeerJoin("in-flight"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        (await app.PostAsync(PeerJoin("waiting"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var stopping = app.StopAsync();
        release.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("in-flight");
        (await WebhookTestHost.NextAsync(app.Handled)).Id.Should().Be("waiting");
        app.Logs.Should().NotContain(l => l.Message.Contains("lost", StringComparison.Ordinal));
        app.Logs.Should().NotContain(l => l.Level == LogLevel.Error);
    }

    [Fact]
    public async Task The_in_memory_queue_refuses_past_capacity_and_suppresses_waiting_duplicates()
    {
        var queue = new InMemoryHmsWebhookStore(capacity: 1);
        var at = DateTimeOffset.UnixEpoch;

        (await queue.AppendAsync(new HmsIncomingWebhook("1", "peer.join.success", new byte[] { 1 }, at))).Should().Be(HmsWebhookAppendResult.Stored);
        (await queue.AppendAsync(new HmsIncomingWebhook("1", "peer.join.success", new byte[] { 1 }, at))).Should().Be(HmsWebhookAppendResult.Duplicate);
        (await queue.AppendAsync(new HmsIncomingWebhook("2", "peer.join.success", new byte[] { 2 }, at))).Should().Be(HmsWebhookAppendResult.Full);
        var leased = await queue.LeaseAsync(10, at);

        leased.Should().ContainSingle().Which.Webhook.EventId.Should().Be("1");
        queue.IsDurable.Should().BeFalse();
    }

    [Fact]
    public async Task Get_is_not_allowed()
    {
        await using var app = await WebhookTestHost.StartAsync();

        var response = await app.Client.GetAsync(WebhookTestHost.Path);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("34.100.213.146", HttpStatusCode.OK)]
    [InlineData("::ffff:34.100.213.146", HttpStatusCode.OK)]
    [InlineData("10.1.2.3", HttpStatusCode.Unauthorized)]
    [InlineData("::ffff:10.1.2.3", HttpStatusCode.Unauthorized)]
    public async Task Source_address_check_uses_the_connection_address(string address, HttpStatusCode expected)
    {
        await using var app = await WebhookTestHost.StartAsync(options => options.Verification.VerifySourceAddress = true);

        var context = await app.PostFromAsync(PeerJoin("ip"), IPAddress.Parse(address));

        context.Response.StatusCode.Should().Be((int)expected);
    }

    [Fact]
    public async Task Forwarded_for_is_ignored_unless_trusted()
    {
        await using var app = await WebhookTestHost.StartAsync(options => options.Verification.VerifySourceAddress = true);

        var context = await app.PostFromAsync(PeerJoin("spoof"), IPAddress.Parse("10.1.2.3"), forwardedFor: "34.100.213.146");

        context.Response.StatusCode.Should().Be(401);
    }

    [Theory]
    [InlineData("198.51.100.1, 34.100.213.146", 200)]
    [InlineData("34.100.213.146, 198.51.100.1", 401)]
    [InlineData("not-an-ip", 401)]
    public async Task Trusted_forwarded_for_uses_the_right_most_entry(string forwardedFor, int expected)
    {
        await using var app = await WebhookTestHost.StartAsync(options =>
        {
            options.Verification.VerifySourceAddress = true;
            options.TrustForwardedFor = true;
        });

        var context = await app.PostFromAsync(PeerJoin("proxied"), IPAddress.Parse("10.1.2.3"), forwardedFor);

        context.Response.StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task Mapping_without_AddHmsWebhooks_fails_fast()
    {
        using var host = new HostBuilder()
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureServices(services => services.AddRouting())
                .Configure(app => app.UseRouting().UseEndpoints(e => e.MapHmsWebhooks())))
            .Build();

        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("AddHmsWebhooks");
    }

    [Fact]
    public async Task Unverified_endpoint_logs_a_startup_warning()
    {
        await using var app = await WebhookTestHost.StartAsync(options => options.Verification.RequiredHeaders.Clear());

        var response = await app.PostAsync(PeerJoin("open"), secret: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        app.Logs.Should().Contain(l => l.Level == LogLevel.Warning && l.Message.Contains("accepts every request", StringComparison.Ordinal));
    }

    [Fact]
    public void Receiver_options_to_string_hides_secrets()
    {
        var options = new HmsWebhookReceiverOptions().RequireHeader("X-Hms-Secret", "top-secret-value");

        options.ToString().Should().Contain("X-Hms-Secret").And.NotContain("top-secret-value");
    }

    public sealed class ScopedCounter
    {
        public Guid ScopeId { get; } = Guid.NewGuid();
    }

    public sealed class SeenScopes
    {
        public List<(string? EventId, Guid ScopeId)> Entries { get; } = new();
    }

    public sealed class RecordingHandler : IHmsWebhookHandler
    {
        private readonly ScopedCounter _counter;
        private readonly SeenScopes _seen;

        public RecordingHandler(ScopedCounter counter, SeenScopes seen)
        {
            _counter = counter;
            _seen = seen;
        }

        public Task HandleAsync(HmsWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
        {
            lock (_seen.Entries)
            {
                _seen.Entries.Add((webhookEvent.Id, _counter.ScopeId));
            }

            return Task.CompletedTask;
        }
    }
}
