using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Testing.Core;

namespace HmsSdk.Testing;

/// <summary>
/// Sends webhooks to a receiver the way 100ms does (<see cref="FakeHmsApi.Webhooks"/>): a JSON POST with the configured
/// secret headers, retried after 1 s, 3 s and 10 s (configurable) unless the receiver answers 200, the outcome recorded
/// in the webhook history (<c>GET /analytics/webhooks</c>) so replays (<c>POST /analytics/webhooks/replay</c>) can send
/// failed ones again, with <c>is_replay: true</c>.
/// </summary>
public sealed class FakeWebhooksApi
{
    private readonly FakeApiCore _core;

    internal FakeWebhooksApi(FakeApiCore core) => _core = core;

    /// <summary>The receiver URL (for example <c>http://127.0.0.1:5000/hms/webhooks</c>); starts as <see cref="FakeHmsApiOptions.WebhookReceiverUri"/>.</summary>
    /// <exception cref="ArgumentException">The value is not an absolute http(s) URI.</exception>
    public Uri? ReceiverUri
    {
        get => _core.WebhookReceiver;
        set
        {
            if (value is not null && (!value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttp && value.Scheme != Uri.UriSchemeHttps)))
            {
                throw new ArgumentException("The receiver must be an absolute http(s) URI.", nameof(value));
            }

            _core.WebhookReceiver = value;
        }
    }

    /// <summary>Builds an envelope (version 2.0, a fresh id, the fake's account and app ids, now) without sending it.</summary>
    /// <param name="type">The event type, for example <c>peer.join.success</c>.</param>
    /// <param name="data">The <c>data</c> object (copied).</param>
    /// <returns>The envelope.</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is blank or not a printable ASCII event name.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public JsonObject CreateEnvelope(string type, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (string.IsNullOrWhiteSpace(type))
        {
            throw new ArgumentException("'type' cannot be empty or whitespace.", nameof(type));
        }

        if (type.Length > 128 || !char.IsAsciiLetter(type[0]))
        {
            throw new ArgumentException("'type' must be a dotted event name such as peer.join.success.", nameof(type));
        }

        foreach (var c in type)
        {
            // Event types are dotted ASCII names (peer.join.success); anything else is a typo, not a type.
            if (c > '~' || char.IsControl(c) || char.IsWhiteSpace(c))
            {
                throw new ArgumentException("'type' must be a dotted event name such as peer.join.success.", nameof(type));
            }
        }

        ArgumentNullException.ThrowIfNull(data);
        return _core.CreateEnvelope(type, (JsonObject)data.DeepClone());
    }

    /// <summary>Builds an envelope and delivers it; see <see cref="SendAsync(JsonObject, CancellationToken)"/>.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="data">The <c>data</c> object (copied).</param>
    /// <param name="cancellationToken">Cancels the delivery (between attempts on the fake's clock).</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="InvalidOperationException">No receiver is configured.</exception>
    public Task<FakeWebhookDelivery> SendAsync(string type, JsonObject data, CancellationToken cancellationToken = default) =>
        SendAsync(CreateEnvelope(type, data), cancellationToken);

    /// <summary>Delivers <paramref name="envelope"/> with 100ms's retry schedule and records the outcome in the webhook history.</summary>
    /// <param name="envelope">The envelope, sent as is (copied).</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="envelope"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No receiver is configured.</exception>
    public async Task<FakeWebhookDelivery> SendAsync(JsonObject envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var copy = (JsonObject)envelope.DeepClone();
        var (delivered, attempts, error) = await _core.SendWebhookAsync(copy, cancellationToken).ConfigureAwait(false);
        return new FakeWebhookDelivery(copy["id"]?.GetValue<string>(), delivered, attempts, error);
    }
}

/// <summary>The outcome of <see cref="FakeWebhooksApi.SendAsync(JsonObject, CancellationToken)"/>.</summary>
/// <param name="EventId">The envelope id.</param>
/// <param name="Delivered">Whether an attempt got 200.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="Error">The last failure as the history reports it (<c>error_reason</c>), or null.</param>
public sealed record FakeWebhookDelivery(string? EventId, bool Delivered, int Attempts, string? Error);
