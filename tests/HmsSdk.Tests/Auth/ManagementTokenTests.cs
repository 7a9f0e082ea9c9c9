using FluentAssertions;
using Xunit;

namespace HmsSdk.Tests.Auth;

public sealed class ManagementTokenTests
{
    private static readonly long StartSeconds = AuthTestSupport.Start.ToUnixTimeSeconds();

    [Fact]
    public void First_call_mints_with_node_default_timing()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);

        ManagementToken token = service.GetManagementToken();

        token.IssuedAt.ToUnixTimeSeconds().Should().Be(StartSeconds - 10);
        token.NotBefore.Should().Be(token.IssuedAt);
        token.ExpiresAt.ToUnixTimeSeconds().Should().Be(StartSeconds - 10 + 86400);
    }

    [Fact]
    public void Cache_hit_returns_the_same_instance_and_the_pipeline_sees_the_same_value()
    {
        AuthService service = AuthTestSupport.CreateService(out var clock, out var ids);

        ManagementToken first = service.GetManagementToken();
        clock.Advance(TimeSpan.FromHours(1));
        ManagementToken second = service.GetManagementToken();
        ManagementToken third = service.GetManagementToken(new ManagementTokenOptions());

        second.Should().BeSameAs(first);
        third.Should().BeSameAs(first);
        service.GetManagementTokenValue(forceRefresh: false).Should().BeSameAs(first.Token);
        service.GetManagementTokenValue(staleToken: null).Should().BeSameAs(first.Token);
        ids.Count.Should().Be(1);
    }

    [Fact]
    public void Zero_timing_options_are_default_and_use_the_cache()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids);
        ManagementToken cached = service.GetManagementToken();

        ManagementToken withZeros = service.GetManagementToken(new ManagementTokenOptions
        {
            IssuedAt = DateTimeOffset.UnixEpoch,
            NotValidBefore = DateTimeOffset.UnixEpoch,
            ValidFor = TimeSpan.Zero,
        });

        withZeros.Should().BeSameAs(cached);
        ids.Count.Should().Be(1);
    }

    [Fact]
    public void Hundred_concurrent_first_calls_mint_exactly_one_token()
    {
        const int callers = 100;
        AuthService service = AuthTestSupport.CreateService(out _, out var ids);
        int arrived = 0;

        // Hold the single minting thread until every caller has reached the service, so they genuinely contend.
        ids.OnGenerate = () => SpinWait.SpinUntil(() => Volatile.Read(ref arrived) == callers, TimeSpan.FromSeconds(30));

        ManagementToken[] tokens = AuthTestSupport.RunConcurrently(callers, _ =>
        {
            Interlocked.Increment(ref arrived);
            return service.GetManagementToken();
        });

        ids.Count.Should().Be(1);
        tokens.Should().AllSatisfy(token => token.Should().BeSameAs(tokens[0]));
    }

    [Fact]
    public void Refreshes_ahead_of_expiry_not_after_it()
    {
        AuthService service = AuthTestSupport.CreateService(out var clock, out var ids);
        ManagementToken first = service.GetManagementToken();
        DateTimeOffset refreshAt = first.ExpiresAt - TimeSpan.FromMinutes(5);

        clock.SetUtcNow(refreshAt - TimeSpan.FromTicks(1));
        service.GetManagementToken().Should().BeSameAs(first);
        service.GetManagementTokenValue(forceRefresh: false).Should().Be(first.Token);

        clock.SetUtcNow(refreshAt);
        ManagementToken second = service.GetManagementToken();

        second.Should().NotBeSameAs(first);
        second.Id.Should().NotBe(first.Id);
        second.IssuedAt.Should().Be(refreshAt.AddSeconds(-10));
        second.ExpiresAt.Should().BeAfter(first.ExpiresAt);
        service.GetManagementToken().Should().BeSameAs(second);
        ids.Count.Should().Be(2);
    }

    [Fact]
    public void Lifetime_and_refresh_margin_come_from_settings()
    {
        AuthService service = AuthTestSupport.CreateService(
            out var clock,
            out var ids,
            managementTokenLifetime: TimeSpan.FromHours(1),
            refreshBeforeExpiry: TimeSpan.FromMinutes(1));
        ManagementToken first = service.GetManagementToken();

        first.ExpiresAt.Should().Be(first.NotBefore.AddHours(1));

        clock.SetUtcNow(first.ExpiresAt.AddMinutes(-1).AddTicks(-1));
        service.GetManagementToken().Should().BeSameAs(first);
        clock.SetUtcNow(first.ExpiresAt.AddMinutes(-1));
        service.GetManagementToken().Should().NotBeSameAs(first);
        ids.Count.Should().Be(2);
    }

    [Fact]
    public void Force_new_mints_a_default_token_and_replaces_the_cache()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids);
        ManagementToken cached = service.GetManagementToken();

        ManagementToken forced = service.GetManagementToken(new ManagementTokenOptions { ForceNew = true });

        forced.Should().NotBeSameAs(cached);
        forced.Id.Should().NotBe(cached.Id);
        forced.ExpiresAt.Should().Be(forced.NotBefore.AddHours(24));
        service.GetManagementToken().Should().BeSameAs(forced);
        service.GetManagementTokenValue(forceRefresh: false).Should().Be(forced.Token);
        ids.Count.Should().Be(2);
    }

    [Fact]
    public void Custom_timing_mints_a_standalone_token_that_is_never_cached_or_used_for_api_calls()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids);
        ManagementToken cached = service.GetManagementToken();

        ManagementToken custom = service.GetManagementToken(new ManagementTokenOptions { ValidFor = TimeSpan.FromMinutes(10) });
        ManagementToken customForced = service.GetManagementToken(new ManagementTokenOptions
        {
            IssuedAt = AuthTestSupport.Start.AddMinutes(-1),
            ForceNew = true,
        });

        custom.ExpiresAt.Should().Be(custom.NotBefore.AddMinutes(10));
        customForced.IssuedAt.Should().Be(AuthTestSupport.Start.AddMinutes(-1));
        service.GetManagementToken().Should().BeSameAs(cached);
        service.GetManagementTokenValue(forceRefresh: false).Should().Be(cached.Token);
        ids.Count.Should().Be(3);
    }

    [Fact]
    public void Custom_timing_before_anything_is_cached_does_not_seed_the_cache()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids);

        ManagementToken custom = service.GetManagementToken(new ManagementTokenOptions { ValidFor = TimeSpan.FromSeconds(30) });
        string apiToken = service.GetManagementTokenValue(forceRefresh: false);

        apiToken.Should().NotBe(custom.Token);
        service.GetManagementToken().ExpiresAt.Should().Be(custom.NotBefore.AddHours(24));
        ids.Count.Should().Be(2);
    }

    [Fact]
    public void Custom_validity_defaults_to_the_configured_management_lifetime()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _, managementTokenLifetime: TimeSpan.FromHours(2));
        DateTimeOffset issuedAt = AuthTestSupport.Start.AddDays(-1);

        ManagementToken custom = service.GetManagementToken(new ManagementTokenOptions { IssuedAt = issuedAt });

        custom.IssuedAt.Should().Be(issuedAt);
        custom.ExpiresAt.Should().Be(issuedAt.AddHours(2));
    }

    [Fact]
    public void Stale_token_refresh_mints_once_for_a_burst_of_rejected_requests()
    {
        const int callers = 100;
        AuthService service = AuthTestSupport.CreateService(out _, out var ids);
        string stale = service.GetManagementTokenValue(forceRefresh: false);
        int arrived = 0;
        ids.OnGenerate = () => SpinWait.SpinUntil(() => Volatile.Read(ref arrived) == callers, TimeSpan.FromSeconds(30));

        string[] refreshed = AuthTestSupport.RunConcurrently(callers, _ =>
        {
            Interlocked.Increment(ref arrived);
            return service.GetManagementTokenValue(staleToken: stale);
        });

        ids.Count.Should().Be(2);
        refreshed.Should().AllBe(refreshed[0]);
        refreshed[0].Should().NotBe(stale);
        service.GetManagementTokenValue(forceRefresh: false).Should().Be(refreshed[0]);
    }

    [Fact]
    public void Stale_token_refresh_returns_the_newer_token_without_minting_when_already_replaced()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids);
        string stale = service.GetManagementTokenValue(forceRefresh: false);
        string replaced = service.GetManagementTokenValue(staleToken: stale);

        string late = service.GetManagementTokenValue(staleToken: stale);
        string rejectedAgain = service.GetManagementTokenValue(staleToken: replaced);

        late.Should().Be(replaced);
        rejectedAgain.Should().NotBe(replaced, "a rejection of the current token must still re-mint");
        ids.Count.Should().Be(3);
    }

    [Fact]
    public void Stale_token_refresh_with_nothing_cached_mints_once()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids);

        string token = service.GetManagementTokenValue(staleToken: "a-token-from-another-instance");

        token.Should().Be(service.GetManagementToken().Token);
        ids.Count.Should().Be(1);
    }

    [Fact]
    public void Forced_refresh_after_a_rejection_sends_a_new_token()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids);
        string first = service.GetManagementTokenValue(forceRefresh: false);

        string retry = service.GetManagementTokenValue(forceRefresh: true);

        retry.Should().NotBe(first);
        service.GetManagementTokenValue(forceRefresh: false).Should().Be(retry);
        ids.Count.Should().Be(2);
    }

    [Fact]
    public void Concurrent_forced_refreshes_within_the_coalescing_window_mint_once()
    {
        const int callers = 100;
        AuthService service = AuthTestSupport.CreateService(out var clock, out var ids);
        string stale = service.GetManagementTokenValue(forceRefresh: false);
        int arrived = 0;
        ids.OnGenerate = () => SpinWait.SpinUntil(() => Volatile.Read(ref arrived) == callers, TimeSpan.FromSeconds(30));

        string[] refreshed = AuthTestSupport.RunConcurrently(callers, _ =>
        {
            Interlocked.Increment(ref arrived);
            return service.GetManagementTokenValue(forceRefresh: true);
        });
        ids.OnGenerate = null;

        ids.Count.Should().Be(2);
        refreshed.Should().AllBe(refreshed[0]).And.NotContain(stale);

        clock.Advance(AuthService.ForcedRefreshCoalescingWindow - TimeSpan.FromTicks(1));
        service.GetManagementTokenValue(forceRefresh: true).Should().Be(refreshed[0]);
        clock.Advance(TimeSpan.FromTicks(1));
        service.GetManagementTokenValue(forceRefresh: true).Should().NotBe(refreshed[0]);
        ids.Count.Should().Be(3);
    }

    [Fact]
    public void Cache_hit_allocates_nothing()
    {
        var service = new AuthService(new HmsTokenSettings { AccessKey = "k", Secret = "s" });
        ManagementToken warm = service.GetManagementToken();
        service.GetManagementTokenValue(forceRefresh: false);

        long before = GC.GetAllocatedBytesForCurrentThread();
        string? last = null;
        for (int i = 0; i < 10_000; i++)
        {
            last = service.GetManagementTokenValue(forceRefresh: false);
            _ = service.GetManagementToken();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        last.Should().BeSameAs(warm.Token);
    }

    [Fact]
    public void To_string_never_shows_the_token_or_secret()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);
        ManagementToken token = service.GetManagementToken();

        string text = token.ToString();

        text.Should().Contain(token.Id).And.Contain("[redacted]");
        foreach (string segment in token.Token.Split('.'))
        {
            text.Should().NotContain(segment);
        }

        text.Should().NotContain(AuthTestSupport.Secret);
        service.ToString().Should().NotContain(AuthTestSupport.Secret);
    }
}
