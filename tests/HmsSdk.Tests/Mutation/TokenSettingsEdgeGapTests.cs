using FluentAssertions;
using HmsSdk.Tests.Auth;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Mutation;

/// <summary>
/// Token settings accepted or refused at their exact edges (issue #18): a zero refresh margin, a one-entry auth-token
/// cache, the one-minute and 100-year management-token lifetimes. Expected instants are written out from the fixed
/// start (unix 1,750,000,000) and Node's rule "iat = now - 10 s, exp = nbf + lifetime".
/// </summary>
public class TokenSettingsEdgeGapTests
{
    private static readonly DateTimeOffset Start = AuthTestSupport.Start;

    [Fact]
    public void A_zero_refresh_margin_keeps_the_management_token_until_its_expiry_instant()
    {
        AuthService service = AuthTestSupport.CreateService(out var clock, out var ids, managementTokenLifetime: TimeSpan.FromHours(1), refreshBeforeExpiry: TimeSpan.Zero);
        ManagementToken first = service.GetManagementToken();
        first.ExpiresAt.Should().Be(Start.AddSeconds(3590));

        clock.SetUtcNow(Start.AddSeconds(3590).AddTicks(-1));
        service.GetManagementToken().Should().BeSameAs(first);

        clock.SetUtcNow(Start.AddSeconds(3590));
        service.GetManagementToken().Should().NotBeSameAs(first);
        ids.Count.Should().Be(2);
    }

    [Fact]
    public void A_zero_refresh_margin_keeps_a_cached_auth_token_until_its_expiry_instant()
    {
        AuthService service = AuthTestSupport.CreateService(out var clock, out var ids, cacheAuthTokens: true, refreshBeforeExpiry: TimeSpan.Zero);
        AuthToken first = service.CreateAuthToken(new AuthTokenOptions("room-1", "host"));
        first.ExpiresAt.Should().Be(Start.AddSeconds(-10).AddHours(24));

        clock.SetUtcNow(first.ExpiresAt.AddTicks(-1));
        service.CreateAuthToken(new AuthTokenOptions("room-1", "host")).Should().BeSameAs(first);

        clock.SetUtcNow(Start.AddSeconds(-10).AddHours(24));
        service.CreateAuthToken(new AuthTokenOptions("room-1", "host")).Should().NotBeSameAs(first);
        ids.Count.Should().Be(2);
    }

    [Fact]
    public void A_one_entry_auth_token_cache_keeps_only_the_latest_token()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids, cacheAuthTokens: true, authTokenCacheCapacity: 1);
        var roomA = new AuthTokenOptions("room-a", "host");
        var roomB = new AuthTokenOptions("room-b", "host");

        AuthToken a1 = service.CreateAuthToken(roomA);
        service.CreateAuthToken(roomA).Should().BeSameAs(a1);
        AuthToken b1 = service.CreateAuthToken(roomB);
        service.CreateAuthToken(roomB).Should().BeSameAs(b1);
        AuthToken a2 = service.CreateAuthToken(roomA);

        a2.Should().NotBeSameAs(a1);
        service.CachedAuthTokenCount.Should().Be(1);
        ids.Count.Should().Be(3);
    }

    [Fact]
    public void A_management_lifetime_of_exactly_100_years_is_accepted()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _, managementTokenLifetime: TimeSpan.FromDays(36500));

        service.GetManagementToken().ExpiresAt.Should().Be(Start.AddSeconds(-10).AddSeconds(3_153_600_000));
    }

    [Theory]
    [InlineData(3_153_600_001)]
    [InlineData(long.MaxValue / TimeSpan.TicksPerSecond)]
    public void A_management_lifetime_over_100_years_is_refused(long seconds)
    {
        FluentActions.Invoking(() => AuthTestSupport.CreateService(out _, out _, managementTokenLifetime: TimeSpan.FromSeconds(seconds)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("settings")
            .Which.Message.Should().Contain("100 years");
    }

    [Fact]
    public void A_one_second_management_lifetime_is_refused_for_the_backdating_not_as_out_of_range()
    {
        // One second is inside "between one second and 100 years"; what rules it out is Node's 10 s backdating, and the
        // message must say that rather than contradict the range it quotes.
        FluentActions.Invoking(() => new AuthService(new HmsTokenSettings
            {
                AccessKey = "k",
                Secret = "s",
                ManagementTokenLifetime = TimeSpan.FromSeconds(1),
                RefreshBeforeExpiry = TimeSpan.Zero,
            }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("settings")
            .Which.Message.Should().Contain("more than 10 seconds").And.NotContain("between one second and 100 years");
    }

    [Fact]
    public void A_refresh_margin_11_seconds_short_of_the_lifetime_is_accepted()
    {
        // 10 s of the lifetime are spent on backdating; one more second leaves the token fresh for a second.
        AuthService service = AuthTestSupport.CreateService(out var clock, out var ids, managementTokenLifetime: TimeSpan.FromSeconds(311), refreshBeforeExpiry: TimeSpan.FromSeconds(300));
        ManagementToken first = service.GetManagementToken();

        clock.SetUtcNow(Start.AddSeconds(1).AddTicks(-1));
        service.GetManagementToken().Should().BeSameAs(first);
        clock.SetUtcNow(Start.AddSeconds(1));
        service.GetManagementToken().Should().NotBeSameAs(first);
        ids.Count.Should().Be(2);
    }

    [Fact]
    public void A_client_accepts_a_zero_refresh_margin_a_one_minute_lifetime_and_a_one_entry_cache()
    {
        using var client = TestClients.Create(new RecordingHandler(), configure: o =>
        {
            o.ManagementTokenLifetime = TimeSpan.FromMinutes(1);
            o.ManagementTokenRefreshBeforeExpiry = TimeSpan.Zero;
            o.CacheAuthTokens = true;
            o.AuthTokenCacheCapacity = 1;
        });

        var token = client.Auth.GetManagementToken();

        (token.ExpiresAt - token.NotBefore).Should().Be(TimeSpan.FromMinutes(1));
    }

    public static TheoryData<string, Action<HmsClientOptions>> RefusedClientSettings => new()
    {
        { nameof(HmsClientOptions.ManagementTokenLifetime), o => o.ManagementTokenLifetime = TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(1) },
        { nameof(HmsClientOptions.ManagementTokenRefreshBeforeExpiry), o => o.ManagementTokenRefreshBeforeExpiry = TimeSpan.FromTicks(-1) },
        { nameof(HmsClientOptions.ManagementTokenRefreshBeforeExpiry), o => o.ManagementTokenRefreshBeforeExpiry = o.ManagementTokenLifetime },
        { nameof(HmsClientOptions.AuthTokenCacheCapacity), o => o.AuthTokenCacheCapacity = 0 },
        { nameof(HmsClientOptions.MaxResponseBytes), o => o.MaxResponseBytes = 1023 },
        { nameof(HmsClientOptions.Timeout), o => o.Timeout = TimeSpan.Zero },
    };

    [Theory]
    [MemberData(nameof(RefusedClientSettings))]
    public void A_client_refuses_settings_just_past_their_edge_naming_the_option(string option, Action<HmsClientOptions> configure)
    {
        FluentActions.Invoking(() => TestClients.Create(new RecordingHandler(), configure: configure))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options")
            .Which.Message.Should().Contain(option);
    }

    [Fact]
    public void A_client_accepts_the_smallest_response_cap_and_an_infinite_timeout()
    {
        FluentActions.Invoking(() => TestClients.Create(new RecordingHandler(), configure: o =>
        {
            o.MaxResponseBytes = 1024;
            o.Timeout = Timeout.InfiniteTimeSpan;
        }).Dispose()).Should().NotThrow();
    }

    private static readonly Dictionary<string, Func<HmsTokenSettings>> RefusedTokenSettingsByMessage = new()
    {
        ["access key"] = () => new HmsTokenSettings { AccessKey = "", Secret = "s" },
        ["secret"] = () => new HmsTokenSettings { AccessKey = "k", Secret = "" },
        ["time provider"] = () => new HmsTokenSettings { AccessKey = "k", Secret = "s", TimeProvider = null! },
        ["between one second and 100 years"] = () => new HmsTokenSettings { AccessKey = "k", Secret = "s", ManagementTokenLifetime = TimeSpan.FromMilliseconds(999) },
        ["RefreshBeforeExpiry must not be negative"] = () => new HmsTokenSettings { AccessKey = "k", Secret = "s", RefreshBeforeExpiry = TimeSpan.FromTicks(-1) },
        ["must exceed RefreshBeforeExpiry by more than 10 seconds"] = () => new HmsTokenSettings { AccessKey = "k", Secret = "s", ManagementTokenLifetime = TimeSpan.FromSeconds(310), RefreshBeforeExpiry = TimeSpan.FromSeconds(300) },
        ["AuthTokenCacheCapacity must be at least 1"] = () => new HmsTokenSettings { AccessKey = "k", Secret = "s", CacheAuthTokens = true, AuthTokenCacheCapacity = 0 },
    };

    public static TheoryData<string> RefusedTokenSettings => new(RefusedTokenSettingsByMessage.Keys);

    [Theory]
    [MemberData(nameof(RefusedTokenSettings))]
    public void Refused_token_settings_say_which_setting_is_wrong(string expectedText)
    {
        var settings = RefusedTokenSettingsByMessage[expectedText]();

        FluentActions.Invoking(() => new AuthService(settings))
            .Should().Throw<ArgumentException>().WithParameterName("settings")
            .Which.Message.Should().Contain(expectedText);
    }
}
