using FluentAssertions;

namespace HmsSdk.Tests.EndToEnd;

/// <summary>Room codes and analytics events through the SDK against the fake.</summary>
public sealed class RoomCodeAndAnalyticsScenarioTests
{
    [Theory]
    [MemberData(nameof(EndToEndHarness.Transports), MemberType = typeof(EndToEndHarness))]
    public async Task Room_codes_are_created_listed_and_disabled(FakeTransport transport)
    {
        await using var h = await EndToEndHarness.StartAsync(transport);
        var hms = h.Client;
        var room = await hms.Rooms.CreateAsync(new CreateRoomOptions { Name = "coded" });

        var codes = await hms.RoomCodes.CreateAsync(room.Id);
        codes.Select(c => c.Role).Should().BeEquivalentTo(new[] { "guest", "host" }, "one code per role of the default template");
        codes.Should().OnlyContain(c => c.Enabled && c.RoomId == room.Id && c.CreatedAt == EndToEndHarness.Start);

        var extraHost = await hms.RoomCodes.CreateForRoleAsync(room.Id, "host");
        extraHost.Role.Should().Be("host");

        var all = new List<RoomCode>();
        await foreach (var code in hms.RoomCodes.ListAsync(room.Id))
        {
            all.Add(code);
        }

        all.Select(c => c.Code).Should().BeEquivalentTo(codes.Select(c => c.Code).Append(extraHost.Code));

        h.Time.Advance(TimeSpan.FromMinutes(5));
        var disabled = await hms.RoomCodes.SetEnabledAsync(extraHost.Code, false);
        disabled.Code.Should().Be(extraHost.Code);
        disabled.Enabled.Should().BeFalse();
        disabled.UpdatedAt.Should().Be(EndToEndHarness.Start.AddMinutes(5));

        var enabledHosts = new List<RoomCode>();
        await foreach (var code in hms.RoomCodes.ListAsync(room.Id, new RoomCodeListOptions { Role = "host", Enabled = true }))
        {
            enabledHosts.Add(code);
        }

        enabledHosts.Should().ContainSingle().Which.Code.Should().Be(codes.Single(c => c.Role == "host").Code);

        await FluentActions.Awaiting(() => hms.RoomCodes.SetEnabledAsync("no-such-code", false)).Should().ThrowAsync<HmsNotFoundException>();
    }

    [Theory]
    [MemberData(nameof(EndToEndHarness.Transports), MemberType = typeof(EndToEndHarness))]
    public async Task Track_events_are_read_across_pages_by_following_next(FakeTransport transport)
    {
        await using var h = await EndToEndHarness.StartAsync(transport);
        var room = h.Fake.Rooms.Create("analytics");
        var ana = h.Fake.Peers.Join(room.Id, "Ana", "host", withTracks: false);
        var seeded = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            seeded.Add(h.Fake.Analytics.AddTrackEvent(room.Id, i % 2 == 0 ? "track.add.success" : "track.update.success", peerId: ana.Id, trackType: i % 3 == 0 ? "video" : "audio", mute: i % 5 == 0));
        }

        h.Fake.Seed.TrackEvents(h.Fake.Rooms.Create("elsewhere").Id, 7);
        var before = h.Fake.Requests.Count;

        var events = new List<TrackEvent>();
        await foreach (var ev in h.Client.Analytics.ListTrackEventsAsync(new TrackEventListOptions(room.Id) { Limit = 10 }))
        {
            events.Add(ev);
        }

        events.Select(e => e.Id).Should().Equal(seeded, "every event once, in order, across three pages");
        events[0].Type.ToString().Should().Be("track.add.success");
        events[1].Type.ToString().Should().Be("track.update.success");
        events[0].Data!.PeerId.Should().Be(ana.Id);
        events[0].Data!.RoomId.Should().Be(room.Id);
        events[0].Data!.Mute.Should().BeTrue();
        events[0].Data!.Type!.Value.ToString().Should().Be("video");
        events[1].Data!.Type!.Value.ToString().Should().Be("audio");

        var pages = h.Fake.Requests.Skip(before).ToList();
        pages.Should().HaveCount(3, "23 events at 10 per page");
        pages[0].GetQueryValue("start").Should().BeNull();
        pages[1].GetQueryValue("start").Should().Be(seeded[9], "the SDK passes the previous page's next");
        pages[2].GetQueryValue("start").Should().Be(seeded[19]);
        pages.Should().OnlyContain(r => r.GetQueryValue("room_id") == room.Id && r.GetQueryValue("limit") == "10");
        pages[0].GetQueryValues("type").Should().BeEquivalentTo(new[] { "track.add.success", "track.update.success", "track.remove.success" });
    }
}
