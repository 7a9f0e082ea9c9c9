using System.Collections.Concurrent;
using FluentAssertions;
using System.Net;
using System.Text;
using System.Threading.Channels;
using HmsSdk.AspNetCore;
using HmsSdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmsSdk.Tests.AspNetCore;

/// <summary>An in-memory app with the webhook endpoint; handlers report what they saw through channels.</summary>
internal sealed class WebhookTestHost : IAsyncDisposable
{
    public const string SecretHeader = "X-Hms-Secret";
    public const string Secret = "whsec-7f3a9c1e";
    public const string Path = "/hms/webhooks";

    // Generous upper bound so a broken dispatcher fails the test instead of hanging it; never used to wait for time to pass.
    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(30);

    private readonly IHost _host;

    private WebhookTestHost(IHost host, Channel<HmsWebhookEvent> handled, Channel<HmsWebhookEvent> unknown, ConcurrentQueue<(LogLevel, string, Exception?)> logs)
    {
        _host = host;
        Handled = handled;
        Unknown = unknown;
        Logs = logs;
    }

    public Channel<HmsWebhookEvent> Handled { get; }

    public Channel<HmsWebhookEvent> Unknown { get; }

    public ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> Logs { get; }

    public TestServer Server => _host.GetTestServer();

    public IServiceProvider Services => _host.Services;

    public HttpClient Client => _host.GetTestClient();

    public static async Task<WebhookTestHost> StartAsync(
        Action<HmsWebhookReceiverOptions>? configure = null,
        Action<HmsWebhooksBuilder>? handlers = null,
        Action<HmsWebhooksBuilder>? store = null,
        Action<IServiceCollection>? services = null)
    {
        var handled = Channel.CreateUnbounded<HmsWebhookEvent>();
        var unknown = Channel.CreateUnbounded<HmsWebhookEvent>();
        var logs = new ConcurrentQueue<(LogLevel, string, Exception?)>();
        var host = new HostBuilder()
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureLogging(logging => logging.AddProvider(new ListLoggerProvider(logs)))
                .ConfigureServices(collection =>
                {
                    services?.Invoke(collection);
                    var builder = collection.AddHmsWebhooks(options =>
                    {
                        options.RequireHeader(SecretHeader, Secret);
                        configure?.Invoke(options);
                    });
                    if (store is null)
                    {
                        builder.UseInMemoryQueue();
                    }
                    else
                    {
                        store(builder);
                    }

                    builder
                        // TryWrite ignores the token, so a short handler timeout in one test cannot cancel the recording itself.
                        .On<PeerJoinSucceededEvent>((evt, _) => Record(handled, evt))
                        .OnUnknown((evt, _) => Record(unknown, evt));
                    handlers?.Invoke(builder);
                    collection.AddRouting();
                })
                .Configure(app =>
                {
                    app.UseRouting();
                    app.UseEndpoints(endpoints => endpoints.MapHmsWebhooks(Path));
                }))
            .Build();
        await host.StartAsync();
        return new WebhookTestHost(host, handled, unknown, logs);
    }

    private static Task Record(Channel<HmsWebhookEvent> channel, HmsWebhookEvent evt)
    {
        channel.Writer.TryWrite(evt).Should().BeTrue();
        return Task.CompletedTask;
    }

    public static HttpRequestMessage Request(string body, string? secret = Secret, string secretHeader = SecretHeader)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation(secretHeader, secret);
        }

        return request;
    }

    public async Task<HttpResponseMessage> PostAsync(string body, string? secret = Secret) => await Client.SendAsync(Request(body, secret));

    public async Task<HttpContext> PostFromAsync(string body, IPAddress remoteAddress, string? forwardedFor = null) =>
        await Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = Path;
            context.Request.Headers[SecretHeader] = Secret;
            if (forwardedFor is not null)
            {
                context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }

            context.Connection.RemoteIpAddress = remoteAddress;
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
        });

    /// <summary>Bounded poll for work on other threads (the fake's replay, the dispatcher, a cache write); never asserts on time.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string because)
    {
        for (var i = 0; i < 3000 && !await condition(); i++)
        {
            await Task.Delay(10);
        }

        (await condition()).Should().BeTrue(because);
    }

    public static async Task<T> NextAsync<T>(Channel<T> channel) =>
        await channel.Reader.ReadAsync().AsTask().WaitAsync(SafetyTimeout);

    public Task StopAsync() => _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private sealed class ListLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<(LogLevel, string, Exception?)> _sink;

        public ListLoggerProvider(ConcurrentQueue<(LogLevel, string, Exception?)> sink) => _sink = sink;

        public ILogger CreateLogger(string categoryName) => new ListLogger(_sink);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger : ILogger
    {
        private readonly ConcurrentQueue<(LogLevel, string, Exception?)> _sink;

        public ListLogger(ConcurrentQueue<(LogLevel, string, Exception?)> sink) => _sink = sink;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _sink.Enqueue((logLevel, formatter(state, exception), exception));
    }
}
