using HmsSdk;
using NSubstitute;
using Xunit;

namespace Mocking;

public class AudioReportTests
{
    private static TrackEvent Track(string type, bool mute) => new()
    {
        Id = Guid.NewGuid().ToString(),
        Type = AnalyticsEventType.TrackAddSuccess,
        Data = new TrackEventData { RoomId = "room-1", Type = new AnalyticsTrackType(type), Mute = mute },
    };

    [Fact]
    public async Task Counts_muted_audio_tracks_across_pages()
    {
        var hms = Substitute.For<IHmsClient>();
        var analytics = Substitute.For<IAnalyticsService>();
        hms.Analytics.Returns(analytics);
        analytics.ListTrackEventsAsync(Arg.Is<TrackEventListOptions>(o => o.RoomId == "room-1"), Arg.Any<HmsRequestOptions?>(), Arg.Any<CancellationToken>())
            .Returns(HmsAsyncPageable<TrackEvent>.FromPages(new[]
            {
                new HmsPage<TrackEvent>(new[] { Track("audio", true), Track("video", true) }, "next-1"),
                new HmsPage<TrackEvent>(new[] { Track("audio", false), Track("audio", true) }),
            }));

        var count = await new AudioReport(hms).CountMutedAudioTracksAsync("room-1");

        Assert.Equal(2, count);
    }

    [Fact]
    public void Mints_join_tokens_through_the_mocked_auth_service()
    {
        var hms = Substitute.For<IHmsClient>();
        var auth = Substitute.For<IAuthService>();
        hms.Auth.Returns(auth);
        auth.CreateAuthToken(Arg.Any<AuthTokenOptions>()).Returns(call =>
        {
            var options = call.Arg<AuthTokenOptions>();
            return new AuthToken("token-for-" + options.UserId, "jti", options.RoomId, options.Role, options.UserId, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1));
        });

        var token = new AudioReport(hms).JoinToken("room-1", "u-7");

        Assert.Equal("token-for-u-7", token);
        auth.Received(1).CreateAuthToken(Arg.Is<AuthTokenOptions>(o => o.Role == "guest" && o.RoomId == "room-1"));
    }
}
