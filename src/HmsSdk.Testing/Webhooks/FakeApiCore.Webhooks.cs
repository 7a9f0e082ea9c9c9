using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>
/// Webhook delivery, as 100ms does it: POST the envelope (JSON) with the configured secret headers to the receiver;
/// anything but 200 is retried after the configured delays (1 s, 3 s, 10 s by default); the outcome lands in the
/// webhook history. Replays re-send stored envelopes with <c>is_replay: true</c> at the configured rate. Plain
/// <see cref="HttpClient"/>: no ASP.NET Core here, so the in-memory fake delivers just like the hosted one.
/// </summary>
internal sealed partial class FakeApiCore
{
    private readonly object _senderGate = new();
    private HttpClient? _webhookHttp;
    private Uri? _webhookReceiver;

    public Uri? WebhookReceiver
    {
        get
        {
            lock (_senderGate)
            {
                return _webhookReceiver ?? Options.WebhookReceiverUri;
            }
        }

        set
        {
            lock (_senderGate)
            {
                _webhookReceiver = value;
            }
        }
    }

    /// <summary>Builds a 100ms envelope (version 2.0) for <paramref name="type"/> with a fresh id and the fake's ids and clock.</summary>
    public JsonObject CreateEnvelope(string type, JsonObject data) => Locked(now => new JsonObject
    {
        ["version"] = "2.0",
        ["id"] = Ids.Uuid(),
        ["account_id"] = CustomerId,
        ["app_id"] = AppId,
        ["template_id"] = data["template_id"]?.GetValue<string>() ?? DefaultTemplateId,
        ["timestamp"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["type"] = type,
        ["data"] = data,
    });

    /// <summary>Delivers one envelope with 100ms's retry schedule and records the outcome in the history.</summary>
    public async Task<(bool Delivered, int Attempts, string? Error)> SendWebhookAsync(JsonObject envelope, CancellationToken cancellationToken)
    {
        var receiver = WebhookReceiver ?? throw new InvalidOperationException("No webhook receiver: set FakeHmsApiOptions.WebhookReceiverUri or FakeWebhooksApi.ReceiverUri.");
        var delays = Options.WebhookRetryDelays ?? Array.Empty<TimeSpan>();
        string? error = null;
        var attempts = 0;
        for (var i = 0; i <= delays.Count; i++)
        {
            if (i > 0)
            {
                await Task.Delay(delays[i - 1], Time, cancellationToken).ConfigureAwait(false);
            }

            attempts++;
            error = await PostWebhookAsync(receiver, envelope, cancellationToken).ConfigureAwait(false);
            if (error is null)
            {
                break;
            }
        }

        RecordDelivery(envelope, receiver, error);
        return (error is null, attempts, error);
    }

    /// <summary>Starts delivering a replay workflow's webhooks in the background (called under the lock).</summary>
    public void StartReplayDelivery(ReplayWorkflowState workflow, IReadOnlyList<WebhookDeliveryState> selected, Uri receiver)
    {
        var envelopes = selected.Select(ReplayEnvelope).ToList();
        var interval = Options.ReplayEventsPerSecond > 0 ? TimeSpan.FromSeconds(1 / Options.ReplayEventsPerSecond) : TimeSpan.Zero;
        _ = Task.Run(async () =>
        {
            for (var i = 0; i < envelopes.Count; i++)
            {
                if (i > 0 && interval > TimeSpan.Zero)
                {
                    await Task.Delay(interval, Time).ConfigureAwait(false);
                }

                var error = await PostWebhookAsync(receiver, envelopes[i], CancellationToken.None).ConfigureAwait(false);
                lock (_gate)
                {
                    if (error is null)
                    {
                        workflow.Delivered++;
                    }
                    else
                    {
                        workflow.Failed++;
                        workflow.FailedEvents.Add(envelopes[i]["id"]?.GetValue<string>() ?? string.Empty);
                    }
                }
            }

            lock (_gate)
            {
                workflow.FinishedAt = Time.GetUtcNow();
            }
        });
    }

    private static JsonObject ReplayEnvelope(WebhookDeliveryState delivery)
    {
        var envelope = (JsonObject?)delivery.Envelope?.DeepClone() ?? new JsonObject
        {
            ["version"] = "2.0",
            ["id"] = delivery.EventId,
            ["timestamp"] = delivery.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["type"] = delivery.EventName,
            ["data"] = delivery.EventData.DeepClone(),
        };
        envelope["is_replay"] = true;
        return envelope;
    }

    private void RecordDelivery(JsonObject envelope, Uri receiver, string? error)
    {
        var data = envelope["data"] as JsonObject ?? new JsonObject();
        Locked(now =>
        {
            WebhookDeliveries.Add(new WebhookDeliveryState
            {
                EventId = envelope["id"]?.GetValue<string>() ?? Ids.Uuid(),
                EventName = envelope["type"]?.GetValue<string>() ?? string.Empty,
                RoomId = data["room_id"]?.GetValue<string>() ?? string.Empty,
                Timestamp = now,
                Success = error is null,
                ErrorReason = error,
                WebhookUrl = receiver.ToString(),
                EventData = (JsonObject)data.DeepClone(),
                Envelope = (JsonObject)envelope.DeepClone(),
            });
            return true;
        });
    }

    /// <summary>One POST; null when the receiver answered 200, else the reason as the history reports it.</summary>
    private async Task<string?> PostWebhookAsync(Uri receiver, JsonObject envelope, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, receiver)
        {
            Content = new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        foreach (var header in Options.WebhookHeaders)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        try
        {
            using var response = await WebhookHttp().SendAsync(request, cancellationToken).ConfigureAwait(false);
            return (int)response.StatusCode == 200 ? null : "endpoint returned " + (int)response.StatusCode;
        }
        catch (HttpRequestException ex)
        {
            return "connection failed: " + ex.HttpRequestError;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "timeout";
        }
    }

    private HttpClient WebhookHttp()
    {
        lock (_senderGate)
        {
            // One client for the fake's lifetime; no proxy, so loopback receivers are reached directly.
            return _webhookHttp ??= new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
            {
                Timeout = TimeSpan.FromSeconds(15),
            };
        }
    }
}
