using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Webhooks;
using Xunit;

namespace HmsSdk.Cli.Tests;

/// <summary><c>webhooks trigger</c> and <c>webhooks listen</c> over real loopback sockets.</summary>
public sealed class WebhookTests
{
    // Verbatim from 100mslive/100ms-docs@ef3cd80 docs/server-side/v2/how-to-guides/configure-webhooks/webhook.md,
    // "Sample peer.join.success event" (the independent reference for what trigger must send).
    private const string DocsPeerJoinSample = """
        {
            "version": "2.0",
            "id": "********-****-****-****-***********",
            "account_id": "************************",
            "timestamp": "2021-11-30T12:58:49Z",
            "type": "peer.join.success",
            "data": {
                "joined_at": "2021-11-30T12:58:49.97291247Z",
                "peer_id": "********-****-****-****-***********",
                "role": "********",
                "room_id": "************************",
                "room_name": "**********",
                "session_id": "************************",
                "template_id": "************************",
                "type": "regular",
                "user_id": "************************",
                "user_name": "********",
                "user_data": "",
                "session_started_at": "2021-11-30T12:58:49.97291247Z"
            }
        }
        """;

    [Fact]
    public async Task Trigger_all_reaches_listen_and_every_one_of_the_33_types_arrives_typed()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listenTask = Run(["webhooks", "listen", "--port", "0", "--header", "X-Hms-Secret=s3cret", "--max-events", "33", "--json"], stop.Token, address.SetResult);
        var url = await address.Task.WaitAsync(stop.Token);

        var trigger = await Run(["webhooks", "trigger", "--all", "--url", url + "hooks", "--header", "X-Hms-Secret=s3cret", "--json"], stop.Token);
        var listen = await listenTask;

        trigger.ExitCode.Should().Be(0, trigger.ToString());
        listen.ExitCode.Should().Be(0, listen.ToString());
        var sent = trigger.Lines.Select(l => JsonNode.Parse(l)!).ToList();
        var received = listen.Lines.Select(l => JsonNode.Parse(l)!).ToList();
        sent.Should().HaveCount(33).And.OnlyContain(s => s["status"]!.GetValue<int>() == 200);
        received.Select(r => r["type"]!.GetValue<string>()).Should().Equal(sent.Select(s => s["type"]!.GetValue<string>()));
        received.Select(r => r["id"]!.GetValue<string>()).Should().Equal(sent.Select(s => s["id"]!.GetValue<string>()));
        // Typed: the SDK recognised every type (an unknown one would come back as the plain base class).
        received.Should().OnlyContain(r => r["event"]!.GetValue<string>() != nameof(HmsWebhookEvent));
        received.Select(r => r["type"]!.GetValue<string>()).Should().OnlyHaveUniqueItems().And.Contain(["peer.join.success", "transcription.failed", "ingest.failure"]);
    }

    [Fact]
    public async Task Listen_refuses_a_delivery_without_the_required_header_and_trigger_exits_1()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listenTask = Run(["webhooks", "listen", "--port", "0", "--header", "X-Hms-Secret=s3cret"], stop.Token, address.SetResult);
        var url = await address.Task.WaitAsync(stop.Token);

        var trigger = await Run(["webhooks", "trigger", "peer.leave.success", "--url", url.ToString(), "--header", "X-Hms-Secret=wrong"], stop.Token);
        await stop.CancelAsync();
        var listen = await listenTask;

        trigger.ExitCode.Should().Be(ExitCodes.ApiError);
        trigger.Output.Should().StartWith("401 ");
        trigger.Error.Should().Contain("refused 1 of 1");
        listen.ExitCode.Should().Be(0, "Ctrl+C ends listen normally");
        listen.Output.Should().BeEmpty();
        listen.Error.Should().Contain("rejected").And.Contain("X-Hms-Secret").And.NotContain("wrong").And.NotContain("s3cret");
    }

    [Fact]
    public async Task Trigger_sends_the_docs_sample_with_masks_filled_a_fresh_id_and_now()
    {
        var bodies = new List<string>();
        var headers = new List<string?>();
        using var listener = new HttpListener();
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serve = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream);
            bodies.Add(await reader.ReadToEndAsync());
            headers.Add(context.Request.Headers["X-Test"]);
            context.Response.StatusCode = 204;
            context.Response.Close();
        });

        var run = await Run(["webhooks", "trigger", "peer.join.success", "--url", $"http://127.0.0.1:{port}/", "--header", "X-Test=yes"], CancellationToken.None);
        await serve;

        run.ExitCode.Should().Be(0, run.ToString());
        headers.Should().Equal("yes");
        var sent = JsonNode.Parse(bodies.Single())!.AsObject();
        var docs = JsonNode.Parse(DocsPeerJoinSample)!.AsObject();
        sent.Select(p => p.Key).Should().Equal(docs.Select(p => p.Key), "the envelope keeps the documented fields in order");
        sent["data"]!.AsObject().Select(p => p.Key).Should().Equal(docs["data"]!.AsObject().Select(p => p.Key));
        foreach (var (name, value) in docs["data"]!.AsObject())
        {
            var text = value!.GetValue<string>();
            var actual = sent["data"]![name]!.GetValue<string>();
            if (text.Trim('*', '-').Length == 0)
            {
                actual.Should().NotContain("*", $"the masked {name} is filled");
            }
            else
            {
                actual.Should().Be(text, $"{name} is the documented sample value");
            }
        }

        Guid.TryParse(sent["id"]!.GetValue<string>(), out _).Should().BeTrue();
        sent["data"]!["room_id"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f]{24}$");
        sent["timestamp"]!.GetValue<string>().Should().Be(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + sent["timestamp"]!.GetValue<string>()[10..]);
        HmsWebhook.Parse(bodies.Single()).Should().BeOfType<PeerJoinSucceededEvent>();
    }

    private static Task<CliRun> Run(string[] args, CancellationToken cancellationToken, Action<Uri>? started = null) =>
        CliHarness.Execute(args, new Dictionary<string, string>(), cancellationToken, started, null, TimeProvider.System);

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
