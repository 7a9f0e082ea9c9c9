using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Mime;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Cli.Output;
using HmsSdk.Cli.Webhooks;
using HmsSdk.Webhooks;

namespace HmsSdk.Cli.Commands;

/// <summary><c>hms webhooks trigger|listen|history|replay</c>.</summary>
internal static class WebhookCommands
{
    public static Command Build(GlobalOptions global)
    {
        var webhooks = CommandKit.Command("webhooks", "Try webhook receivers locally (trigger, listen) and use the delivery history and replay APIs.",
            "hms webhooks listen --port 8088 --header X-Hms-Secret=s3cret",
            "hms webhooks trigger --all --url http://127.0.0.1:8088/webhooks --header X-Hms-Secret=s3cret");
        webhooks.Add(Trigger(global));
        webhooks.Add(Listen(global));
        webhooks.Add(History(global));
        webhooks.Add(Replay(global));
        return webhooks;
    }

    private static Command Trigger(GlobalOptions global)
    {
        var type = new Argument<string?>("event-type") { Description = "The event type, e.g. peer.join.success.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Send one event of every type, in the docs' order." };
        var url = new Option<Uri>("--url")
        {
            Description = "The receiver URL (POST, application/json).",
            Required = true,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    return uri;
                }

                result.AddError($"--url: '{text}' is not an absolute http(s) URL");
                return null;
            },
        };
        var headers = Parsers.Headers("--header", "A header to send, name=value (repeatable), e.g. the secret your receiver checks.");
        var command = CommandKit.Command("trigger",
            "Send realistic 100ms webhook events (built from the 100ms docs' samples, fresh ids, now as timestamp) to a receiver. "
            + "Exit code 1 if the receiver answers any event with a non-2xx status.\n\nEvent types: " + string.Join(", ", WebhookPayloads.Types),
            "hms webhooks trigger peer.join.success --url http://127.0.0.1:8088/webhooks",
            "hms webhooks trigger --all --url https://my-app.example/hms/webhooks --header X-Hms-Secret=s3cret --json");
        command.Add(type);
        command.Add(all);
        command.Add(url);
        command.Add(headers);
        command.SetAction(async (result, ct) =>
        {
            var selected = result.GetValue(type);
            var everything = result.GetValue(all);
            if (everything == !string.IsNullOrWhiteSpace(selected))
            {
                throw new CliUsageException("webhooks trigger: give either <event-type> or --all");
            }

            if (!everything && !WebhookPayloads.IsKnown(selected!.Trim().ToLowerInvariant()))
            {
                throw new CliUsageException($"<event-type>: '{selected}' is not a 100ms webhook event type; see 'hms webhooks trigger --help'");
            }

            var types = everything ? WebhookPayloads.Types : [selected!.Trim().ToLowerInvariant()];
            var output = global.Output(result);
            var payloads = new WebhookPayloads(global.Context.RandomSeed);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var failures = 0;
            foreach (var eventType in types)
            {
                var body = payloads.Build(eventType, global.Context.TimeProvider.GetUtcNow());
                using var request = new HttpRequestMessage(HttpMethod.Post, result.GetValue(url))
                {
                    Content = new StringContent(body.ToJsonString(), Encoding.UTF8, MediaTypeNames.Application.Json),
                };
                foreach (var (name, value) in result.GetValue(headers) ?? [])
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                var ok = response.IsSuccessStatusCode;
                failures += ok ? 0 : 1;
                var id = body["id"]!.GetValue<string>();
                output.WriteMessage(
                    string.Create(CultureInfo.InvariantCulture, $"{status} {response.ReasonPhrase}  {eventType}  {id}"),
                    new Row { { "type", eventType }, { "id", id }, { "status", status }, { "ok", ok } });
            }

            if (failures > 0)
            {
                await global.Context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"error: the receiver refused {failures} of {types.Count} events")).ConfigureAwait(false);
                return ExitCodes.ApiError;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Listen(GlobalOptions global)
    {
        var port = Parsers.Port("--port", "Port on 127.0.0.1 (0 picks a free one; default 8088).", allowZero: true);
        port.DefaultValueFactory = _ => 8088;
        var headers = Parsers.Headers("--header", "A header every delivery must carry, name=value (repeatable); others are refused with 401.");
        var maxEvents = Parsers.Positive("--max-events", "Exit (code 0) after accepting this many events.");
        var command = CommandKit.Command("listen",
            "Receive webhooks on 127.0.0.1, verify the required headers, and print each typed event (one JSON line each with --json) until Ctrl+C. "
            + "Point 100ms at it through a tunnel, or use `hms webhooks trigger`.",
            "hms webhooks listen --port 8088 --header X-Hms-Secret=s3cret",
            "hms webhooks listen --port 0 --max-events 33 --json > events.jsonl");
        command.Add(port);
        command.Add(headers);
        command.Add(maxEvents);
        command.SetAction(async (result, ct) =>
        {
            var output = global.Output(result);
            var verification = new HmsWebhookOptions();
            foreach (var (name, value) in result.GetValue(headers) ?? [])
            {
                verification.RequireHeader(name, value);
            }

            var limit = result.GetValue(maxEvents);
            var count = 0;
            var gate = new object();
            using var done = CancellationTokenSource.CreateLinkedTokenSource(ct);
            Task Accepted(HmsWebhookEvent webhook)
            {
                lock (gate)
                {
                    if (limit is { } max && count >= max)
                    {
                        return Task.CompletedTask;
                    }

                    output.WriteStreamLine(Views.Webhook(webhook, global.Context.TimeProvider.GetUtcNow()), Views.WebhookColumns);
                    if (++count == limit)
                    {
                        done.Cancel();
                    }
                }

                return Task.CompletedTask;
            }

            void Rejected(string reason)
            {
                lock (gate)
                {
                    global.Context.Error.WriteLine(reason);
                }
            }

            await using var listener = await WebhookListener.StartAsync(result.GetValue(port), verification, Accepted, Rejected, ct).ConfigureAwait(false);
            await global.Context.Error.WriteLineAsync($"listening on {listener.Address} (Ctrl+C to stop)").ConfigureAwait(false);
            global.Context.ServerStarted?.Invoke(listener.Address);
            try
            {
                await Task.Delay(Timeout.Infinite, done.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (done.IsCancellationRequested)
            {
                // Ctrl+C, SIGTERM or --max-events reached: a normal stop.
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command History(GlobalOptions global)
    {
        var filters = new DeliveryFilters();
        var limit = CommandKit.Limit();
        var command = CommandKit.Command("history", "List webhook deliveries from the last 30 days (GET /analytics/webhooks).",
            "hms webhooks history --status failed --since 2025-03-01T00:00:00Z", "hms webhooks history --room 6650a1b2c3d4e5f6a7b8c9d0 --event peer.join.success --json");
        filters.AddTo(command);
        command.Add(limit);
        command.SetClientAction(global, (result, client, output, ct) =>
            output.WriteListAsync(
                client.Analytics.ListWebhookDeliveriesAsync(
                    new WebhookHistoryOptions
                    {
                        RoomId = result.GetValue(filters.Room),
                        EventNames = filters.Events(result),
                        Status = filters.Status(result),
                        StartTime = result.GetValue(filters.Since),
                        EndTime = result.GetValue(filters.Until),
                    },
                    cancellationToken: ct),
                Views.Delivery, Views.DeliveryColumns, "deliveries", result.GetValue(limit), ct));
        return command;
    }

    private static Command Replay(GlobalOptions global)
    {
        var filters = new DeliveryFilters();
        var wait = new Option<bool>("--wait") { Description = "Poll the replay until it finishes and print its outcome." };
        var command = CommandKit.Command("replay", "Ask 100ms to send past deliveries again (POST /analytics/webhooks/replay); --wait follows the workflow.",
            "hms webhooks replay --status failed --since 2025-03-01T00:00:00Z --until 2025-03-02T00:00:00Z --wait");
        filters.AddTo(command);
        command.Add(wait);
        command.SetClientAction(global, async (result, client, output, ct) =>
        {
            var started = await client.Analytics.ReplayWebhooksAsync(
                new WebhookReplayOptions
                {
                    RoomId = result.GetValue(filters.Room),
                    EventNames = filters.Events(result),
                    Status = filters.Status(result),
                    StartTime = result.GetValue(filters.Since),
                    EndTime = result.GetValue(filters.Until),
                },
                cancellationToken: ct).ConfigureAwait(false);
            if (!result.GetValue(wait) || string.IsNullOrEmpty(started.WorkflowId))
            {
                output.WriteObject(Views.ReplayStarted(started));
                return;
            }

            if (!output.Json)
            {
                await global.Context.Error.WriteLineAsync($"replay {started.WorkflowId} started; waiting").ConfigureAwait(false);
            }

            while (true)
            {
                var workflow = await client.Analytics.GetWebhookReplayStatusAsync(started.WorkflowId, cancellationToken: ct).ConfigureAwait(false);
                if (workflow.Status.IsFinished)
                {
                    output.WriteObject(Views.ReplayWorkflow(workflow));
                    return;
                }

                await Task.Delay(TimeSpan.FromSeconds(2), global.Context.TimeProvider, ct).ConfigureAwait(false);
            }
        });
        return command;
    }

    private sealed class DeliveryFilters
    {
        public Option<string?> Room { get; } = CommandKit.Text("--room", "Only deliveries for this room id.");

        public Option<string[]> Event { get; } = new("--event") { Description = "Only this event name (repeatable).", Arity = ArgumentArity.ZeroOrMore };

        public Option<string?> StatusOption { get; } = Parsers.OneOf("--status", "Only deliveries with this outcome.", "all", "failed", "success");

        public Option<DateTimeOffset?> Since { get; } = Parsers.Instant("--since", "Start of the time window.");

        public Option<DateTimeOffset?> Until { get; } = Parsers.Instant("--until", "End of the time window.");

        public void AddTo(Command command)
        {
            command.Add(Room);
            command.Add(Event);
            command.Add(StatusOption);
            command.Add(Since);
            command.Add(Until);
        }

        public IList<string>? Events(ParseResult result) => result.GetValue(Event) is { Length: > 0 } names ? names.ToList() : null;

        public WebhookDeliveryStatus? Status(ParseResult result) => result.GetValue(StatusOption) is { } s ? (WebhookDeliveryStatus?)new WebhookDeliveryStatus(s) : null;
    }
}
