using FluentAssertions;
using Xunit;

namespace HmsSdk.Tests.Auth;

public sealed class AuthValidationTests
{
    [Fact]
    public void Null_auth_token_options_throw_argument_null()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids);

        Action act = () => service.CreateAuthToken(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("options");
        ids.Count.Should().Be(0);
    }

    [Fact]
    public void Null_room_id_or_role_throw_argument_null()
    {
        FluentActions.Invoking(() => new AuthTokenOptions(null!, "host")).Should().Throw<ArgumentNullException>().WithParameterName("roomId");
        FluentActions.Invoking(() => new AuthTokenOptions("room", null!)).Should().Throw<ArgumentNullException>().WithParameterName("role");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void Empty_or_white_space_room_id_or_role_throw_argument(string blank)
    {
        FluentActions.Invoking(() => new AuthTokenOptions(blank, "host")).Should().Throw<ArgumentException>().WithParameterName("roomId");
        FluentActions.Invoking(() => new AuthTokenOptions("room", blank)).Should().Throw<ArgumentException>().WithParameterName("role");
    }

    [Fact]
    public void Negative_or_sub_second_validity_is_rejected_on_both_option_types()
    {
        var auth = new AuthTokenOptions("room", "host");
        var management = new ManagementTokenOptions();

        FluentActions.Invoking(() => auth.ValidFor = TimeSpan.FromSeconds(-1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => auth.ValidFor = TimeSpan.FromMilliseconds(500)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => management.ValidFor = TimeSpan.FromTicks(-1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => management.ValidFor = TimeSpan.FromMilliseconds(999)).Should().Throw<ArgumentOutOfRangeException>();
        auth.ValidFor.Should().BeNull();
        management.ValidFor.Should().BeNull();
    }

    [Fact]
    public void Timestamps_before_the_epoch_are_rejected_on_both_option_types()
    {
        DateTimeOffset beforeEpoch = DateTimeOffset.UnixEpoch.AddTicks(-1);
        var auth = new AuthTokenOptions("room", "host");
        var management = new ManagementTokenOptions();

        FluentActions.Invoking(() => auth.IssuedAt = beforeEpoch).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*IssuedAt*");
        FluentActions.Invoking(() => auth.NotValidBefore = beforeEpoch).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*NotValidBefore*");
        FluentActions.Invoking(() => management.IssuedAt = beforeEpoch).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => management.NotValidBefore = beforeEpoch).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Expiry_beyond_the_representable_range_is_rejected_before_minting()
    {
        AuthService service = AuthTestSupport.CreateService(out _, out var ids);
        DateTimeOffset nearMax = DateTimeOffset.MaxValue.AddHours(-1);

        FluentActions.Invoking(() => service.CreateAuthToken(new AuthTokenOptions("room", "host") { NotValidBefore = nearMax, ValidFor = TimeSpan.FromHours(2) }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options");
        FluentActions.Invoking(() => service.GetManagementToken(new ManagementTokenOptions { IssuedAt = nearMax }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options");
        ids.Count.Should().Be(0);
    }

    [Theory]
    [InlineData("", "secret")]
    [InlineData("key", "")]
    public void Missing_credentials_are_rejected_without_echoing_the_secret(string accessKey, string secret)
    {
        FluentActions.Invoking(() => new AuthService(new HmsTokenSettings { AccessKey = accessKey, Secret = secret }))
            .Should().Throw<ArgumentException>().WithParameterName("settings")
            .Which.Message.Should().NotContain("secret\"").And.NotContain(AuthTestSupport.Secret);
    }

    [Fact]
    public void Null_settings_are_rejected()
    {
        FluentActions.Invoking(() => new AuthService(null!)).Should().Throw<ArgumentNullException>().WithParameterName("settings");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3600, -1)]
    [InlineData(310, 300)]
    [InlineData(60, 120)]
    public void Lifetime_that_leaves_no_fresh_window_is_rejected(int lifetimeSeconds, int refreshBeforeSeconds)
    {
        FluentActions.Invoking(() => new AuthService(new HmsTokenSettings
        {
            AccessKey = "k",
            Secret = "s",
            ManagementTokenLifetime = TimeSpan.FromSeconds(lifetimeSeconds),
            RefreshBeforeExpiry = TimeSpan.FromSeconds(refreshBeforeSeconds),
        })).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("settings");
    }

    [Fact]
    public void Zero_cache_capacity_is_rejected_only_when_caching_is_on()
    {
        FluentActions.Invoking(() => new AuthService(new HmsTokenSettings { AccessKey = "k", Secret = "s", CacheAuthTokens = true, AuthTokenCacheCapacity = 0 }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("settings");
        FluentActions.Invoking(() => new AuthService(new HmsTokenSettings { AccessKey = "k", Secret = "s", AuthTokenCacheCapacity = 0 }))
            .Should().NotThrow();
    }

    [Fact]
    public void Empty_ids_from_a_custom_generator_are_rejected()
    {
        var service = new AuthService(new HmsTokenSettings { AccessKey = "k", Secret = "s", TokenIdGenerator = () => string.Empty });

        FluentActions.Invoking(() => service.CreateAuthToken(new AuthTokenOptions("room", "host"))).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Settings_to_string_redacts_the_secret()
    {
        var settings = new HmsTokenSettings { AccessKey = "visible-key", Secret = AuthTestSupport.Secret };

        settings.ToString().Should().Contain("visible-key").And.Contain("[redacted]").And.NotContain(AuthTestSupport.Secret);
    }
}
