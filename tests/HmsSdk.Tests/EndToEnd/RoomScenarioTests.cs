using FluentAssertions;

namespace HmsSdk.Tests.EndToEnd;

/// <summary>Rooms and active rooms, driven through the typed SDK against the fake.</summary>
public sealed class RoomScenarioTests
{
    [Theory]
    [MemberData(nameof(EndToEndHarness.Transports), MemberType = typeof(EndToEndHarness))]
    public async Task Room_create_upsert_update_disable_and_lookup_by_name(FakeTransport transport)
    {
        await using var h = await EndToEndHarness.StartAsync(transport);
        var hms = h.Client;

        var created = await hms.Rooms.CreateAsync(new CreateRoomOptions { Name = "weekly-sync", Description = "first" });
        created.Id.Should().NotBeNullOrEmpty();
        created.Name.Should().Be("weekly-sync");
        created.Enabled.Should().BeTrue();
        created.TemplateId.Should().Be(h.Fake.DefaultTemplateId);
        created.CreatedAt.Should().Be(EndToEndHarness.Start);

        h.Time.Advance(TimeSpan.FromMinutes(1));
        var upserted = await hms.Rooms.CreateAsync(new CreateRoomOptions { Name = "weekly-sync", Description = "second" });
        upserted.Id.Should().Be(created.Id, "creating with an existing name returns that room");
        upserted.Description.Should().Be("second");
        h.Fake.Rooms.Count.Should().Be(1);

        var updated = await hms.Rooms.UpdateAsync(created.Id, new UpdateRoomOptions { Name = "weekly-sync-2", MaxDurationSeconds = 3600 });
        updated.Name.Should().Be("weekly-sync-2");
        updated.MaxDurationSeconds.Should().Be(3600);
        updated.UpdatedAt.Should().Be(EndToEndHarness.Start.AddMinutes(1));

        var byName = await hms.Rooms.GetByNameAsync("weekly-sync-2");
        byName.Id.Should().Be(created.Id);
        byName.Description.Should().Be("second");

        var oldName = await FluentActions.Awaiting(() => hms.Rooms.GetByNameAsync("weekly-sync"))
            .Should().ThrowAsync<HmsNotFoundException>();
        oldName.Which.IsLookupMiss.Should().BeTrue("the old name no longer exists; the list came back empty");
        oldName.Which.ErrorMessage.Should().Be("No Room found with passed in name - weekly-sync");

        var disabled = await hms.Rooms.SetEnabledAsync(created.Id, false);
        disabled.Enabled.Should().BeFalse();
        h.Fake.Rooms.Get(created.Id).Enabled.Should().BeFalse();

        var retrieved = await hms.Rooms.GetAsync(created.Id);
        retrieved.Name.Should().Be("weekly-sync-2");
        retrieved.Enabled.Should().BeFalse();

        var disabledByName = await FluentActions.Awaiting(() => hms.Rooms.GetByNameAsync("weekly-sync-2"))
            .Should().ThrowAsync<HmsNotFoundException>();
        disabledByName.Which.IsLookupMiss.Should().BeTrue("GET /rooms lists enabled rooms unless told otherwise, as documented");

        var disabledRooms = new List<Room>();
        await foreach (var room in hms.Rooms.ListAsync(new RoomListOptions { Enabled = false }))
        {
            disabledRooms.Add(room);
        }

        disabledRooms.Should().ContainSingle().Which.Id.Should().Be(created.Id);

        var notFound = await FluentActions.Awaiting(() => hms.Rooms.GetAsync("0123456789abcdef01234567"))
            .Should().ThrowAsync<HmsNotFoundException>();
        notFound.Which.IsLookupMiss.Should().BeFalse("the API itself answered 404");
        notFound.Which.RequestId.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [MemberData(nameof(EndToEndHarness.Transports), MemberType = typeof(EndToEndHarness))]
    public async Task Peers_join_then_the_active_room_is_managed_and_ended_with_lock(FakeTransport transport)
    {
        await using var h = await EndToEndHarness.StartAsync(transport);
        var hms = h.Client;
        var room = await hms.Rooms.CreateAsync(new CreateRoomOptions { Name = "town-hall" });
        var ana = h.Fake.Peers.Join(room.Id, "Ana", "host", userId: "u-ana");
        var ben = h.Fake.Peers.Join(room.Id, "Ben", "guest", userId: "u-ben");
        var cy = h.Fake.Peers.Join(room.Id, "Cy", "guest", userId: "u-cy");

        var active = await hms.ActiveRooms.GetAsync(room.Id);
        active.Id.Should().Be(room.Id);
        active.Name.Should().Be("town-hall");
        active.Session!.Id.Should().Be(h.Fake.Sessions.Active(room.Id)!.Id);
        active.Session.Peers.Should().BeEquivalentTo(new[] { ana.Id, ben.Id, cy.Id });

        var peers = await hms.ActiveRooms.ListPeersAsync(room.Id);
        peers.Keys.Should().BeEquivalentTo(new[] { ana.Id, ben.Id, cy.Id });
        peers[ana.Id].Name.Should().Be("Ana");
        peers[ana.Id].Role.Should().Be("host");
        peers[ana.Id].UserId.Should().Be("u-ana");
        peers[ana.Id].JoinedAt.Should().Be(EndToEndHarness.Start);

        var guests = await hms.ActiveRooms.ListPeersAsync(room.Id, new PeerListOptions { Role = "guest" });
        guests.Keys.Should().BeEquivalentTo(new[] { ben.Id, cy.Id });

        var updated = await hms.ActiveRooms.UpdatePeerAsync(room.Id, ben.Id, new UpdatePeerOptions { Name = "Benjamin", Role = "host", Metadata = "{\"hand\":true}" });
        updated.Name.Should().Be("Benjamin");
        updated.Role.Should().Be("host");
        updated.Metadata.Should().Be("{\"hand\":true}");
        updated.Tracks.Should().HaveCount(2, "the peer joined with an audio and a video track");
        h.Fake.Peers.Get(ben.Id).Role.Should().Be("host");

        var withTracks = await hms.ActiveRooms.GetPeerAsync(room.Id, ana.Id);
        withTracks.Tracks!.Values.Select(t => t.Type?.ToString()).Should().BeEquivalentTo(new[] { "audio", "video" });

        var sent = await hms.ActiveRooms.SendMessageAsync(room.Id, new SendMessageOptions { Message = "welcome", PeerId = ana.Id, Type = "chat" });
        sent.Message.Should().NotBeNullOrEmpty();
        var recorded = h.Fake.SentMessages.Should().ContainSingle().Subject;
        ((string?)recorded["peer_id"]).Should().Be(ana.Id, "the SDK sends peer_id (the Node SDK sent peerId, so targeted messages were broadcast)");
        ((string?)recorded["message"]).Should().Be("welcome");
        ((string?)recorded["session_id"]).Should().Be(active.Session.Id);

        await hms.ActiveRooms.RemovePeersAsync(room.Id, RemovePeersOptions.ByPeerId(cy.Id, "spam"));
        h.Fake.Peers.Get(cy.Id).LeftAt.Should().NotBeNull();
        (await hms.ActiveRooms.ListPeersAsync(room.Id)).Keys.Should().BeEquivalentTo(new[] { ana.Id, ben.Id });

        await hms.ActiveRooms.RemovePeersAsync(room.Id, RemovePeersOptions.ByRole("host"));
        h.Fake.Peers.Connected(room.Id).Should().BeEmpty("Ana and the promoted Ben were hosts");
        h.Fake.Sessions.Active(room.Id).Should().BeNull("the last leave closes the session");

        h.Fake.Peers.Join(room.Id, "Dee", "guest");
        var end = await hms.ActiveRooms.EndAsync(room.Id, new EndRoomOptions { Reason = "meeting over", Lock = true });
        end.Message.Should().NotBeNullOrEmpty();
        h.Fake.Sessions.Active(room.Id).Should().BeNull();
        (await hms.Rooms.GetAsync(room.Id)).Enabled.Should().BeFalse("lock disables the room");

        await FluentActions.Awaiting(() => hms.ActiveRooms.GetAsync(room.Id)).Should().ThrowAsync<HmsNotFoundException>();
        FluentActions.Invoking(() => h.Fake.Peers.Join(room.Id, "Late")).Should().Throw<InvalidOperationException>("a locked room rejects joins");
    }
}
