using FluentAssertions;

namespace HmsSdk.Tests.EndToEnd;

/// <summary>Sessions through the SDK's lazy pager against a large seeded history.</summary>
public sealed class SessionScenarioTests
{
    [Theory]
    [MemberData(nameof(EndToEndHarness.Transports), MemberType = typeof(EndToEndHarness))]
    public async Task Ten_thousand_sessions_page_by_100_lazily_without_duplicates_or_gaps(FakeTransport transport)
    {
        await using var h = await EndToEndHarness.StartAsync(transport);
        var room = h.Fake.Rooms.Create("big-history");
        var other = h.Fake.Rooms.Create("other");
        var seeded = h.Fake.Seed.Sessions(room.Id, 10_000, peersPerSession: 1);
        h.Fake.Seed.Sessions(other.Id, 30);
        var requestsBefore = h.Fake.Requests.Count;

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var outOfOrder = 0;
        var duplicates = 0;
        var foreign = 0;
        var index = 0;
        var requestsAtPageStarts = new List<int>();
        await foreach (var session in h.Client.Sessions.ListAsync(new SessionListOptions { RoomId = room.Id, Limit = 100 }))
        {
            // Compare as we go instead of collecting sessions: the pager must stream page by page.
            if (index >= seeded.Count || session.Id != seeded[index])
            {
                outOfOrder++;
            }

            if (!seen.Add(session.Id))
            {
                duplicates++;
            }

            if (session.RoomId != room.Id || session.Active)
            {
                foreign++;
            }

            if (index % 100 == 0)
            {
                requestsAtPageStarts.Add(h.Fake.Requests.Count - requestsBefore);
            }

            index++;
        }

        outOfOrder.Should().Be(0, "sessions arrive in creation order, none missing");
        duplicates.Should().Be(0, "no session is returned twice");
        foreign.Should().Be(0, "only the filtered room's closed sessions");
        // Lazy with read-ahead: when page n's first item is in hand, page n (and perhaps n+1) has been requested, never more.
        requestsAtPageStarts.Should().HaveCount(100);
        requestsAtPageStarts.Select((requests, page) => requests - (page + 1)).Should().OnlyContain(ahead => ahead == 0 || ahead == 1, "at most one page is read ahead");
        index.Should().Be(10_000);
        var pageRequests = h.Fake.Requests.Skip(requestsBefore).ToList();
        pageRequests.Should().HaveCountGreaterThanOrEqualTo(100).And.HaveCountLessThanOrEqualTo(101);
        pageRequests.Should().OnlyContain(r => r.Method == "GET" && r.Path == "/v2/sessions" && r.GetQueryValue("limit") == "100" && r.GetQueryValue("room_id") == room.Id);
        pageRequests[0].GetQueryValue("start").Should().BeNull();
        pageRequests[1].GetQueryValue("start").Should().Be(seeded[99], "the cursor is the previous page's last id");
    }

    [Theory]
    [MemberData(nameof(EndToEndHarness.Transports), MemberType = typeof(EndToEndHarness))]
    public async Task The_active_session_is_found_and_a_room_without_one_is_a_lookup_miss(FakeTransport transport)
    {
        await using var h = await EndToEndHarness.StartAsync(transport);
        var room = h.Fake.Rooms.Create("standup");
        h.Fake.Seed.Sessions(room.Id, 3);

        var miss = await FluentActions.Awaiting(() => h.Client.Sessions.GetActiveByRoomAsync(room.Id)).Should().ThrowAsync<HmsNotFoundException>();
        miss.Which.IsLookupMiss.Should().BeTrue();
        miss.Which.ErrorMessage.Should().Be("No active Session found in the room with id - " + room.Id);

        h.Time.Advance(TimeSpan.FromSeconds(3));
        var ana = h.Fake.Peers.Join(room.Id, "Ana", "host");
        var ben = h.Fake.Peers.Join(room.Id, "Ben", "guest");

        var active = await h.Client.Sessions.GetActiveByRoomAsync(room.Id);
        active.Id.Should().Be(ana.SessionId);
        active.Active.Should().BeTrue();
        active.CreatedAt.Should().Be(EndToEndHarness.Start.AddSeconds(3));
        active.Peers.Keys.Should().BeEquivalentTo(new[] { ana.Id, ben.Id });
        active.Peers[ben.Id].Name.Should().Be("Ben");
        active.Peers[ben.Id].LeftAt.Should().BeNull();

        var retrieved = await h.Client.Sessions.GetAsync(active.Id);
        retrieved.Peers.Should().HaveCount(2);

        var activeOnly = new List<string>();
        await foreach (var session in h.Client.Sessions.ListAsync(new SessionListOptions { RoomId = room.Id, Active = true }))
        {
            activeOnly.Add(session.Id);
        }

        activeOnly.Should().Equal(active.Id);
    }
}
