using FluentAssertions;
using HmsSdk.Testing;

namespace HmsSdk.Tests.EndToEnd;

/// <summary>Authentication failures and injected faults as the SDK sees them through both transports.</summary>
public sealed class ResilienceScenarioTests
{
    [Theory]
    [MemberData(nameof(EndToEndHarness.Transports), MemberType = typeof(EndToEndHarness))]
    public async Task A_wrong_secret_fails_with_unauthorized_after_one_token_refresh(FakeTransport transport)
    {
        await using var h = await EndToEndHarness.StartAsync(transport);
        h.Fake.Rooms.Create("private");
        using var wrong = h.CreateClient(o => o.Secret = "not-the-secret-but-long-enough-0123456789");

        var thrown = await FluentActions.Awaiting(() => wrong.Rooms.GetByNameAsync("private")).Should().ThrowAsync<HmsUnauthorizedException>();
        thrown.Which.StatusCode.Should().Be(401);
        thrown.Which.RequestId.Should().Be(h.Fake.Requests.Last!.RequestId);
        thrown.Which.Message.Should().NotContain("not-the-secret");
        h.Fake.Requests.Should().HaveCount(2, "the SDK mints a fresh token once, then gives up");
        h.Fake.Requests.Should().OnlyContain(r => r.StatusCode == 401 && r.Path == "/v2/rooms");

        var room = await h.Client.Rooms.GetByNameAsync("private");
        room.Name.Should().Be("private", "the right secret still works against the same fake");
    }

    [Theory]
    [MemberData(nameof(EndToEndHarness.Transports), MemberType = typeof(EndToEndHarness))]
    public async Task A_503_from_the_fake_is_retried_and_the_get_succeeds(FakeTransport transport)
    {
        await using var h = await EndToEndHarness.StartAsync(transport);
        var seeded = h.Fake.Rooms.Create("flaky");
        h.Fake.Faults.Add("GET", "/rooms/*", FakeFault.Status(503), times: 1);

        var room = await h.Client.Rooms.GetAsync(seeded.Id);

        room.Id.Should().Be(seeded.Id);
        h.Fake.Faults.Injected.Should().ContainSingle().Which.Fault.StatusCode.Should().Be(503);
        h.Fake.Faults.Pending.Should().Be(0);
        h.Fake.Requests.Select(r => r.StatusCode).Should().Equal(503, 200);
        h.Fake.Requests.Should().OnlyContain(r => r.Method == "GET" && r.Path == "/v2/rooms/" + seeded.Id);
    }

    [Theory]
    [MemberData(nameof(EndToEndHarness.Transports), MemberType = typeof(EndToEndHarness))]
    public async Task A_503_on_a_post_without_retry_after_is_not_repeated(FakeTransport transport)
    {
        await using var h = await EndToEndHarness.StartAsync(transport);
        h.Fake.Faults.Add("POST", "/rooms", FakeFault.Status(503), times: 1);

        var thrown = await FluentActions.Awaiting(() => h.Client.Rooms.CreateAsync(new CreateRoomOptions { Name = "once" })).Should().ThrowAsync<HmsServerException>();

        thrown.Which.StatusCode.Should().Be(503);
        h.Fake.Requests.Should().ContainSingle("a POST may have taken effect; the SDK does not repeat it blindly");
        h.Fake.Rooms.Count.Should().Be(0);
    }
}
