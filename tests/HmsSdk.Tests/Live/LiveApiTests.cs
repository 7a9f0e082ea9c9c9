using FluentAssertions;

namespace HmsSdk.Tests.Live;

/// <summary>Runs only when HMS_LIVE_TESTS=1 and real credentials are in HMS_ACCESS_KEY/HMS_SECRET; skipped otherwise.</summary>
public sealed class LiveFactAttribute : FactAttribute
{
    public LiveFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("HMS_LIVE_TESTS") != "1" ||
            string.IsNullOrEmpty(Environment.GetEnvironmentVariable(HmsClient.AccessKeyVariable)) ||
            string.IsNullOrEmpty(Environment.GetEnvironmentVariable(HmsClient.SecretVariable)))
        {
            Skip = "Live 100ms API tests are opt-in: set HMS_LIVE_TESTS=1, HMS_ACCESS_KEY and HMS_SECRET.";
        }
    }
}

public class LiveApiTests
{
    [LiveFact]
    public async Task Create_retrieve_and_find_a_room_by_name_on_the_real_api()
    {
        using var hms = HmsClient.FromEnvironment();
        var name = "hmssdk-live-" + Guid.NewGuid().ToString("N")[..12];

        var created = await hms.Rooms.CreateAsync(new CreateRoomOptions { Name = name, Description = "HmsSdk live test" });
        var byId = await hms.Rooms.GetAsync(created.Id);
        var byName = await hms.Rooms.GetByNameAsync(name);
        await hms.Rooms.SetEnabledAsync(created.Id, false);

        byId.Name.Should().Be(name);
        byName.Id.Should().Be(created.Id);
    }

    [LiveFact]
    public async Task The_first_page_of_sessions_and_a_minted_token_are_usable()
    {
        using var hms = HmsClient.FromEnvironment();

        await foreach (var page in hms.Sessions.ListAsync().AsPages(pageSizeHint: 10))
        {
            page.Items.Count.Should().BeLessThanOrEqualTo(10);
            page.RawResponse!.StatusCode.Should().Be(200);
            break;
        }

        var management = hms.Auth.GetManagementToken();
        management.ExpiresAt.Should().BeAfter(DateTimeOffset.UtcNow);
    }
}
