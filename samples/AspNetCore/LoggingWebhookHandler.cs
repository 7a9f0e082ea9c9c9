using HmsSdk.AspNetCore;
using HmsSdk.Webhooks;

namespace HmsSdk.Samples.AspNetCore;

/// <summary>Logs a few typed 100ms events. Resolved per event from a DI scope, so it may inject scoped services.</summary>
internal sealed class LoggingWebhookHandler : IHmsWebhookHandler
{
    private readonly ILogger<LoggingWebhookHandler> _logger;

    public LoggingWebhookHandler(ILogger<LoggingWebhookHandler> logger)
    {
        _logger = logger;
    }

    public Task HandleAsync(HmsWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
    {
        switch (webhookEvent)
        {
            case PeerJoinSucceededEvent joined:
                _logger.LogInformation("{User} joined room {Room} as {Role}", joined.Data.UserName, joined.Data.RoomName, joined.Data.Role);
                break;
            case PeerLeaveSucceededEvent left:
                _logger.LogInformation("{User} left room {Room} after {Seconds} s ({Reason})", left.Data.UserName, left.Data.RoomName, left.Data.Duration, left.Data.Reason);
                break;
            case SessionCloseSucceededEvent closed:
                _logger.LogInformation("Session {Session} of room {Room} ended after {Seconds} s", closed.Data.SessionId, closed.Data.RoomName, closed.Data.SessionDuration);
                break;
            case RecordingSucceededEvent recording:
                _logger.LogInformation("Recording of session {Session} is ready at {Path}", recording.Data.SessionId, recording.Data.RecordingPath);
                break;
            case BeamFailedEvent or HlsFailedEvent or RecordingFailedEvent:
                _logger.LogWarning("100ms reported a failure: {Type} {Id}", webhookEvent.Type, webhookEvent.Id);
                break;
            default:
                _logger.LogDebug("Received {Type} {Id} (replay: {IsReplay})", webhookEvent.Type, webhookEvent.Id, webhookEvent.IsReplay);
                break;
        }

        return Task.CompletedTask;
    }
}
