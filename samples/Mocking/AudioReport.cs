using HmsSdk;

namespace Mocking;

/// <summary>The "application code" under test: counts muted audio tracks in a room, using only IHmsClient.</summary>
public sealed class AudioReport
{
    private readonly IHmsClient _hms;

    public AudioReport(IHmsClient hms) => _hms = hms;

    public async Task<int> CountMutedAudioTracksAsync(string roomId, CancellationToken cancellationToken = default)
    {
        var muted = 0;
        await foreach (var trackEvent in _hms.Analytics.ListTrackEventsAsync(new TrackEventListOptions(roomId), cancellationToken: cancellationToken)
                           .WithCancellation(cancellationToken))
        {
            if (trackEvent.Data is { Type: var type, Mute: true } && type == AnalyticsTrackType.Audio)
            {
                muted++;
            }
        }

        return muted;
    }

    public string JoinToken(string roomId, string userId) =>
        _hms.Auth.CreateAuthToken(new AuthTokenOptions(roomId, "guest") { UserId = userId }).Token;
}
