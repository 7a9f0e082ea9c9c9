using System.Diagnostics;
using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Testing;
using Xunit;

namespace HmsSdk.Tests.Testing;

public sealed class FakePagingTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static async Task<List<string>> PageAllAsync(HttpClient http, Func<string> token, string query, int limit, List<int> pageSizes)
    {
        var ids = new List<string>();
        string? start = null;
        while (true)
        {
            var path = $"sessions?{query}&limit={limit}" + (start is null ? string.Empty : "&start=" + Uri.EscapeDataString(start));
            using var response = await FakeApiTestContext.SendAsync(http, HttpMethod.Get, path, null, token());
            response.EnsureSuccessStatusCode();
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            ((int)page["limit"]!).Should().Be(limit);
            var data = page["data"]!.AsArray();
            pageSizes.Add(data.Count);
            ids.AddRange(data.Select(d => (string)d!["id"]!));
            var last = (string?)page["last"];
            if (string.IsNullOrEmpty(last) || data.Count < limit)
            {
                return ids;
            }

            last.Should().Be(ids[^1], "last is the id of the page's last item");
            start = last;
        }
    }

    [Fact]
    public async Task Ten_thousand_seeded_sessions_page_completely_in_memory_and_over_kestrel()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("big-room");
        var other = ctx.Fake.Rooms.Create("other-room");
        var seeding = Stopwatch.StartNew();
        var seeded = ctx.Fake.Seed.Sessions(room.Id, 10_000);
        ctx.Fake.Seed.Sessions(other.Id, 50);
        seeding.Stop();
        seeded.Should().HaveCount(10_000).And.OnlyHaveUniqueItems();
        seeding.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "seeding must stay cheap");

        var token = ctx.Fake.CreateManagementToken();
        var phase = Stopwatch.StartNew();
        var memorySizes = new List<int>();
        var viaMemory = await PageAllAsync(ctx.Http, () => token, "room_id=" + room.Id, 90, memorySizes);

        output.WriteLine($"seed {seeding.ElapsedMilliseconds} ms, memory paging {phase.ElapsedMilliseconds} ms");
        phase.Restart();
        await using var server = await ctx.Fake.StartServerAsync();
        server.BaseUri.Host.Should().Be("127.0.0.1");
        server.BaseUri.AbsolutePath.Should().Be("/v2");
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUri + "/") };
        var kestrelSizes = new List<int>();
        var viaKestrel = await PageAllAsync(http, () => token, "room_id=" + room.Id, 90, kestrelSizes);

        output.WriteLine($"kestrel paging {phase.ElapsedMilliseconds} ms");
        phase.Restart();
        foreach (var (ids, sizes) in new[] { (viaMemory, memorySizes), (viaKestrel, kestrelSizes) })
        {
            ids.Should().Equal(seeded, "no duplicates, none missing, creation order");
            sizes.Should().HaveCount(112);
            sizes.Take(111).Should().OnlyContain(s => s == 90);
            sizes[^1].Should().Be(10, "the last page is short");
        }

        output.WriteLine($"assertions {phase.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task With_EmptyLastOnFinalPage_off_an_exact_multiple_ends_with_an_empty_page()
    {
        using var ctx = new FakeApiTestContext(o => o.EmptyLastOnFinalPage = false);
        var room = ctx.Fake.Rooms.Create("exact");
        var seeded = ctx.Fake.Seed.Sessions(room.Id, 200);
        var token = ctx.Fake.CreateManagementToken();

        var first = await ctx.GetJsonAsync($"sessions?room_id={room.Id}&limit=100");
        var second = await ctx.GetJsonAsync($"sessions?room_id={room.Id}&limit=100&start={(string)first["last"]!}");
        ((string)second["last"]!).Should().Be(seeded[^1], "every non-empty page names its last item in this mode");
        var third = await ctx.GetJsonAsync($"sessions?room_id={room.Id}&limit=100&start={(string)second["last"]!}");
        third["data"]!.AsArray().Should().BeEmpty();
        ((string)third["last"]!).Should().BeEmpty();
    }

    [Theory]
    [InlineData("sessions?limit=9")]
    [InlineData("sessions?limit=101")]
    [InlineData("sessions?limit=ten")]
    [InlineData("rooms?limit=5")]
    [InlineData("templates?limit=1000")]
    [InlineData("sessions?active=maybe")]
    [InlineData("rooms?after=yesterday")]
    [InlineData("sessions?start=000000000000000000000000")]
    [InlineData("analytics/events?room_id=x&limit=0")]
    [InlineData("analytics/events?limit=10")]
    [InlineData("recordings?status=sleeping")]
    public async Task Bad_query_parameters_are_400_Invalid_query_parameter(string path)
    {
        using var ctx = new FakeApiTestContext();
        var (status, body) = await ctx.ErrorAsync(HttpMethod.Get, path);
        status.Should().Be(400);
        ((int)body["code"]!).Should().Be(400);
        ((string)body["message"]!).Should().Be("Invalid query parameter");
        body["details"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Session_filters_active_and_created_window_apply()
    {
        using var ctx = new FakeApiTestContext();
        var room = ctx.Fake.Rooms.Create("filters");
        ctx.Fake.Seed.Sessions(room.Id, 12);
        ctx.Time.Advance(TimeSpan.FromMinutes(1));
        var peer = ctx.Fake.Peers.Join(room.Id, "Ana", "host");

        var active = await ctx.GetJsonAsync("sessions?active=true");
        active["data"]!.AsArray().Select(s => (string)s!["id"]!).Should().Equal(peer.SessionId);
        var inactive = await ctx.GetJsonAsync("sessions?active=false&limit=100");
        inactive["data"]!.AsArray().Should().HaveCount(12);

        var after = Uri.EscapeDataString(FakeApiTestContext.Start.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:ss.fffZ"));
        var recent = await ctx.GetJsonAsync($"sessions?after={after}&limit=100");
        recent["data"]!.AsArray().Should().HaveCount(3 + 1, "sessions opened at -30, -20, -10 minutes and the live one");
        var session = active["data"]![0]!;
        ((string)session["created_at"]!).Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$");
        session["peers"]![peer.Id]!["left_at"].Should().BeNull();
    }
}
