using FluentAssertions;
using Xunit;

namespace HmsSdk.Tests.Auth;

public sealed class AuthTokenTests
{
    private static readonly long StartSeconds = AuthTestSupport.Start.ToUnixTimeSeconds();

    [Fact]
    public void Defaults_are_now_minus_ten_then_24_hours_from_nbf()
    {
        AuthService service = AuthTestSupport.CreateService(out var clock, out _);
        clock.Advance(TimeSpan.FromMilliseconds(999)); // sub-second part is floored away, as Math.floor(Date.now()/1000)

        AuthToken token = service.CreateAuthToken(new AuthTokenOptions("room", "host"));

        token.IssuedAt.ToUnixTimeSeconds().Should().Be(StartSeconds - 10);
        token.NotBefore.Should().Be(token.IssuedAt);
        token.ExpiresAt.ToUnixTimeSeconds().Should().Be(StartSeconds - 10 + 86400);
        AuthTestSupport.PayloadJson(token.Token).Should().Contain(
            $"\"iat\":{StartSeconds - 10},\"nbf\":{StartSeconds - 10},\"exp\":{StartSeconds - 10 + 86400},");
    }

    [Fact]
    public void Issued_at_alone_moves_nbf_and_exp_with_it()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(1_600_000_000).AddMilliseconds(700);

        AuthToken token = service.CreateAuthToken(new AuthTokenOptions("room", "host") { IssuedAt = issuedAt });

        token.IssuedAt.ToUnixTimeSeconds().Should().Be(1_600_000_000);
        token.NotBefore.ToUnixTimeSeconds().Should().Be(1_600_000_000);
        token.ExpiresAt.ToUnixTimeSeconds().Should().Be(1_600_000_000 + 86400);
    }

    [Fact]
    public void Not_valid_before_alone_keeps_default_iat_and_counts_validity_from_nbf()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);
        var notBefore = DateTimeOffset.FromUnixTimeSeconds(StartSeconds + 3600);

        AuthToken token = service.CreateAuthToken(new AuthTokenOptions("room", "host")
        {
            NotValidBefore = notBefore,
            ValidFor = TimeSpan.FromSeconds(90.9),
        });

        token.IssuedAt.ToUnixTimeSeconds().Should().Be(StartSeconds - 10);
        token.NotBefore.Should().Be(notBefore);
        token.ExpiresAt.Should().Be(notBefore.AddSeconds(90), "fractions of a second are dropped");
    }

    [Fact]
    public void Zeros_mean_unset_like_javascript_or()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);

        AuthToken token = service.CreateAuthToken(new AuthTokenOptions("room", "host")
        {
            IssuedAt = DateTimeOffset.UnixEpoch,
            NotValidBefore = DateTimeOffset.UnixEpoch,
            ValidFor = TimeSpan.Zero,
        });

        token.IssuedAt.ToUnixTimeSeconds().Should().Be(StartSeconds - 10);
        token.NotBefore.ToUnixTimeSeconds().Should().Be(StartSeconds - 10);
        token.ExpiresAt.ToUnixTimeSeconds().Should().Be(StartSeconds - 10 + 86400);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_or_empty_user_id_omits_the_claim(string? userId)
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);

        AuthToken token = service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = userId });

        token.UserId.Should().BeNull();
        AuthTestSupport.ClaimOrder(token.Token).Should().NotContain("user_id");
    }

    [Fact]
    public void White_space_user_id_is_refused_like_every_other_call()
    {
        // #13.5: Node keeps " " (truthy); every other HmsSdk call refuses blank ids, so minting does too.
        AuthService service = AuthTestSupport.CreateService(out _, out _);

        FluentActions.Invoking(() => service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = " " }))
            .Should().Throw<ArgumentException>().WithParameterName("options");
    }

    [Fact]
    public void Default_token_id_is_a_lowercase_uuid_v4_and_unique_per_token()
    {
        var service = new AuthService(new HmsTokenSettings { AccessKey = "k", Secret = "s" });

        AuthToken first = service.CreateAuthToken(new AuthTokenOptions("room", "host"));
        AuthToken second = service.CreateAuthToken(new AuthTokenOptions("room", "host"));

        first.Id.Should().MatchRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        second.Id.Should().NotBe(first.Id);
        AuthTestSupport.PayloadJson(first.Token).Should().EndWith($",\"jti\":\"{first.Id}\"}}");
    }

    [Fact]
    public void Tokens_are_minted_fresh_by_default()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids);
        var options = new AuthTokenOptions("room", "host") { UserId = "u" };

        AuthToken first = service.CreateAuthToken(options);
        AuthToken second = service.CreateAuthToken(options);

        second.Should().NotBeSameAs(first);
        second.Id.Should().NotBe(first.Id);
        ids.Count.Should().Be(2);
    }

    [Fact]
    public void Cache_returns_the_same_instance_per_room_role_and_user()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids, cacheAuthTokens: true);

        AuthToken first = service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = "u" });
        AuthToken again = service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = "u" });
        AuthToken otherUser = service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = "v" });
        AuthToken otherRole = service.CreateAuthToken(new AuthTokenOptions("room", "guest") { UserId = "u" });
        AuthToken otherRoom = service.CreateAuthToken(new AuthTokenOptions("room-2", "host") { UserId = "u" });

        again.Should().BeSameAs(first);
        new[] { otherUser, otherRole, otherRoom }.Should().OnlyHaveUniqueItems().And.NotContain(first);
        ids.Count.Should().Be(4);
    }

    [Fact]
    public void Cache_treats_missing_and_empty_user_id_as_the_same_token()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids, cacheAuthTokens: true);

        AuthToken withNull = service.CreateAuthToken(new AuthTokenOptions("room", "host"));
        AuthToken withEmpty = service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = string.Empty });

        withEmpty.Should().BeSameAs(withNull);
        ids.Count.Should().Be(1);
    }

    [Fact]
    public void Cache_skips_tokens_with_custom_timing()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids, cacheAuthTokens: true);
        var custom = new AuthTokenOptions("room", "host") { ValidFor = TimeSpan.FromHours(1) };

        AuthToken first = service.CreateAuthToken(custom);
        AuthToken second = service.CreateAuthToken(custom);
        AuthToken defaultTiming = service.CreateAuthToken(new AuthTokenOptions("room", "host"));

        second.Should().NotBeSameAs(first);
        defaultTiming.Should().NotBeSameAs(first).And.NotBeSameAs(second);
        defaultTiming.ExpiresAt.Should().Be(defaultTiming.NotBefore.AddHours(24));
        ids.Count.Should().Be(3);
        service.CachedAuthTokenCount.Should().Be(1);
    }

    [Fact]
    public void Cached_token_is_replaced_once_the_refresh_margin_before_expiry_is_reached()
    {
        AuthService service = AuthTestSupport.CreateService(out var clock, out var ids, cacheAuthTokens: true);
        var options = new AuthTokenOptions("room", "host");
        AuthToken first = service.CreateAuthToken(options);
        DateTimeOffset refreshAt = first.ExpiresAt - TimeSpan.FromMinutes(5);

        clock.SetUtcNow(refreshAt - TimeSpan.FromTicks(1));
        service.CreateAuthToken(options).Should().BeSameAs(first);

        clock.SetUtcNow(refreshAt);
        AuthToken refreshed = service.CreateAuthToken(options);

        refreshed.Should().NotBeSameAs(first);
        refreshed.IssuedAt.Should().Be(refreshAt.AddSeconds(-10));
        ids.Count.Should().Be(2);
    }

    [Fact]
    public void Cache_is_bounded_and_evicts_the_least_recently_used_entry()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids, cacheAuthTokens: true, authTokenCacheCapacity: 2);
        AuthToken a = service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = "a" });
        AuthToken b = service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = "b" });
        service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = "a" }).Should().BeSameAs(a); // a is now most recent

        service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = "c" });

        service.CachedAuthTokenCount.Should().Be(2);
        service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = "a" }).Should().BeSameAs(a);
        service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = "b" }).Should().NotBeSameAs(b, "b was evicted");
        ids.Count.Should().Be(4);
    }

    [Fact]
    public void Cache_never_grows_past_its_capacity()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _, cacheAuthTokens: true, authTokenCacheCapacity: 16);

        for (int i = 0; i < 5000; i++)
        {
            service.CreateAuthToken(new AuthTokenOptions("room", "host") { UserId = $"user-{i}" });
        }

        service.CachedAuthTokenCount.Should().Be(16);
    }

    [Fact]
    public void Cache_is_off_by_default_and_holds_nothing()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);

        service.CreateAuthToken(new AuthTokenOptions("room", "host"));

        service.CachedAuthTokenCount.Should().Be(0);
    }

    [Fact]
    public void To_string_shows_the_claims_but_never_the_token_or_secret()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out _);
        AuthToken token = service.CreateAuthToken(new AuthTokenOptions("room-9", "host") { UserId = "u-9" });

        string text = token.ToString();

        text.Should().Contain(token.Id).And.Contain("room-9").And.Contain("host").And.Contain("u-9").And.Contain("[redacted]");
        text.Should().NotContain(token.Token);
        foreach (string segment in token.Token.Split('.'))
        {
            text.Should().NotContain(segment);
        }

        text.Should().NotContain(AuthTestSupport.Secret);
    }
}
