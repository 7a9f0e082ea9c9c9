using System.Threading.Channels;
using HmsSdk.Webhooks;
using Microsoft.Extensions.Options;

namespace HmsSdk.AspNetCore;

/// <summary>The bounded hand-off between the endpoint (writer) and <see cref="HmsWebhookDispatchService"/> (single reader).</summary>
internal sealed class HmsWebhookQueue
{
    private readonly Channel<HmsWebhookEvent> _channel;

    public HmsWebhookQueue(IOptions<HmsWebhookReceiverOptions> options)
    {
        _channel = Channel.CreateBounded<HmsWebhookEvent>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            // TryWrite returns false when full, so the endpoint can answer 503 instead of waiting.
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public ChannelReader<HmsWebhookEvent> Reader => _channel.Reader;

    /// <summary>False when the queue is full or completed (the app is stopping).</summary>
    public bool TryEnqueue(HmsWebhookEvent webhookEvent) => _channel.Writer.TryWrite(webhookEvent);

    /// <summary>Stops accepting events; those already queued can still be read.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
