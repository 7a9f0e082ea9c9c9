using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Reliability;

/// <summary>One client shared by many threads; several clients in one process; the management token under contention.</summary>
public class ConcurrencyTests
{
    [Fact]
    public async Task A_thousand_parallel_calls_across_services_each_carry_the_right_token_and_reach_their_own_path()
    {
        var fake = ReliabilityHarness.NewFake();
        var rooms = fake.Seed.Rooms(20, "conc");
        foreach (var room in rooms.Take(3))
        {
            fake.Seed.TrackEvents(room.Id, 3);
        }

        foreach (var room in rooms.Skip(10).Take(5))
        {
            fake.Peers.Join(room.Id, "Ana", "host");
        }

        var recording = ReliabilityHarness.Forwarding(fake.CreateHandler());
        using var client = TestClients.Create(recording, configure: o => o.BaseUri = fake.BaseUri);
        var expectedRequests = new ConcurrentBag<string>();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var calls = Enumerable.Range(0, 1000).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            var room = rooms[i % rooms.Count];
            switch (i % 5)
            {
                case 4:
                    var active = rooms[10 + ((i / 5) % 5)];
                    expectedRequests.Add("GET /v2/active-rooms/" + active.Id);
                    (await client.ActiveRooms.GetAsync(active.Id)).Id.Should().Be(active.Id);
                    break;
                case 0:
                    expectedRequests.Add("GET /v2/rooms/" + room.Id);
                    (await client.Api.GetAsync("/rooms/" + room.Id, ProbeJson.Default.ProbeRoom)).Id.Should().Be(room.Id);
                    break;
                case 1:
                    var name = "conc-created-" + i;
                    expectedRequests.Add("POST /v2/rooms");
                    (await client.Api.PostAsync("/rooms", new ProbeRoomBody { Name = name }, ProbeJson.Default.ProbeRoomBody, ProbeJson.Default.ProbeRoom)).Name.Should().Be(name);
                    break;
                case 2:
                    var withEvents = rooms[i % 3];
                    var page = await FirstPageAsync(client.Analytics.ListTrackEventsAsync(new TrackEventListOptions(withEvents.Id) { Limit = 10 }));
                    expectedRequests.Add("GET /v2/analytics/events?room_id=" + withEvents.Id);
                    page.Items.Should().HaveCount(3).And.OnlyContain(e => e.Data!.RoomId == withEvents.Id);
                    break;
                default:
                    var sessions = await client.Api.GetAsync("/sessions", new HmsQuery().Add("room_id", room.Id));
                    expectedRequests.Add("GET /v2/sessions?room_id=" + room.Id);
                    sessions.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object);
                    break;
            }
        })).ToArray();
        gate.SetResult();
        await Task.WhenAll(calls);

        var sent = recording.Requests;
        sent.Should().HaveCount(1000);
        sent.Select(Describe).Should().BeEquivalentTo(expectedRequests);
        var tokens = sent.Select(ReliabilityHarness.BearerToken).Distinct().ToArray();
        tokens.Should().ContainSingle("one management token serves every thread");
        var claims = ReliabilityHarness.JwtPayload(tokens[0]);
        claims.GetProperty("access_key").GetString().Should().Be(TestClients.AccessKey);
        claims.GetProperty("type").GetString().Should().Be("management");
        fake.Requests.Where(r => r.StatusCode != 200).Should().BeEmpty("the fake accepted every request");
    }

    [Fact]
    public async Task Two_clients_with_different_credentials_never_see_each_others_token()
    {
        var shared = new RecordingHandler
        {
            Default = (request, _) => Task.FromResult(RecordingHandler.Json(200, $$"""{"id":"{{request.RequestUri!.Segments[^1]}}"}""")),
        };
        var credentials = new Dictionary<string, (string Key, string Secret)>
        {
            ["a"] = ("access-key-a", "secret-a-0123456789abcdef0123456789abcdef"),
            ["b"] = ("access-key-b", "secret-b-fedcba9876543210fedcba9876543210"),
        };
        var clients = credentials.ToDictionary(
            c => c.Key,
            c => TestClients.Create(shared, configure: o => (o.AccessKey, o.Secret) = c.Value));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var calls = Enumerable.Range(0, 600).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            var who = i % 2 == 0 ? "a" : "b";
            var id = $"{who}-{i}";
            (await clients[who].Api.GetAsync("/rooms/" + id, ProbeJson.Default.ProbeRoom)).Id.Should().Be(id);
        })).ToArray();
        gate.SetResult();
        await Task.WhenAll(calls);

        shared.Requests.Should().HaveCount(600);
        foreach (var request in shared.Requests)
        {
            var who = request.Uri.Segments[^1].Substring(0, 1);
            var token = ReliabilityHarness.BearerToken(request);
            ReliabilityHarness.JwtPayload(token).GetProperty("access_key").GetString().Should().Be(credentials[who].Key);
            SignatureIsValid(token, credentials[who].Secret).Should().BeTrue("the token of client {0} is signed with its own secret", who);
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task The_management_token_is_minted_once_under_contention_and_refreshed_once_at_expiry()
    {
        var clock = TestClients.NewClock();
        var fake = ReliabilityHarness.NewFake(clock);
        var room = fake.Rooms.Create("contention");
        var recording = ReliabilityHarness.Forwarding(fake.CreateHandler());
        var mints = 0;
        using var client = TestClients.Create(recording, clock, o =>
        {
            o.BaseUri = fake.BaseUri;
            o.TokenIdGenerator = () => "jti-" + Interlocked.Increment(ref mints);
        });

        await ParallelCallsAsync(client, room.Id, 200);
        recording.Requests.Select(ReliabilityHarness.BearerToken).Distinct().Should().ContainSingle("the first use mints once");
        mints.Should().Be(1);

        // Past expiry minus the refresh margin: the cached token is due (lifetime 24 h, margin 5 min, iat backdated 10 s).
        clock.Advance(client.Options.ManagementTokenLifetime - client.Options.ManagementTokenRefreshBeforeExpiry + TimeSpan.FromSeconds(1));
        await ParallelCallsAsync(client, room.Id, 200);

        var tokens = recording.Requests.Select(ReliabilityHarness.BearerToken).Distinct().ToArray();
        tokens.Should().HaveCount(2, "exactly one refresh happened for 200 concurrent callers");
        mints.Should().Be(2);
        recording.Requests.Skip(200).Select(ReliabilityHarness.BearerToken).Should().AllBe(tokens[1], "every call after the advance uses the refreshed token");
        ReliabilityHarness.JwtPayload(tokens[1]).GetProperty("jti").GetString().Should().Be("jti-2");
        fake.Requests.Should().OnlyContain(r => r.StatusCode == 200);
    }

    private static async Task ParallelCallsAsync(HmsClient client, string roomId, int count)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, count).Select(_ => Task.Run(async () =>
        {
            await gate.Task;
            (await client.Api.GetAsync("/rooms/" + roomId, ProbeJson.Default.ProbeRoom)).Id.Should().Be(roomId);
        })).ToArray();
        gate.SetResult();
        await Task.WhenAll(calls);
    }

    internal static async Task<HmsPage<T>> FirstPageAsync<T>(HmsAsyncPageable<T> pageable)
    {
        await foreach (var page in pageable.AsPages())
        {
            return page;
        }

        throw new Xunit.Sdk.XunitException("The list had no page.");
    }

    private static string Describe(RecordedRequest request)
    {
        var path = request.Uri.AbsolutePath;
        var roomId = System.Web.HttpUtility.ParseQueryString(request.Uri.Query)["room_id"];
        return roomId is null ? $"{request.Method} {path}" : $"{request.Method} {path}?room_id={roomId}";
    }

    private static bool SignatureIsValid(string jwt, string secret)
    {
        var parts = jwt.Split('.');
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return expected == parts[2];
    }
}
