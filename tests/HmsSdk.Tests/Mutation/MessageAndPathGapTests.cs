using FluentAssertions;
using HmsSdk.Http;
using HmsSdk.Tests.Auth;

namespace HmsSdk.Tests.Mutation;

/// <summary>
/// Survivors of the second mutation run (issue #18) that a user would notice: the wording of refusals (a mutant could
/// blank them and every test stayed green), Guard's echo of a null value, and the two-id request paths. Expected texts
/// are written out here, not read from the code.
/// </summary>
public class MessageAndPathGapTests
{
    [Theory]
    [InlineData("IssuedAt")]
    [InlineData("NotValidBefore")]
    public void A_token_timestamp_before_the_unix_epoch_is_refused_with_the_reason(string property)
    {
        var beforeEpoch = new DateTimeOffset(1969, 12, 31, 23, 59, 59, TimeSpan.Zero);
        var options = new ManagementTokenOptions();

        var act = () =>
        {
            if (property == "IssuedAt")
            {
                options.IssuedAt = beforeEpoch;
            }
            else
            {
                options.NotValidBefore = beforeEpoch;
            }
        };

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().StartWith($"'{property}' must not be before the Unix epoch (1970-01-01T00:00:00Z); the epoch itself means unset.");
    }

    [Fact]
    public void A_token_lifetime_under_one_second_is_refused_with_the_reason()
    {
        var act = () => new AuthTokenOptions("room-1", "host") { ValidFor = TimeSpan.FromMilliseconds(999) };

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().StartWith("'ValidFor' must be zero (unset) or at least one second; token claims are whole seconds.");
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void A_token_id_generator_that_returns_nothing_fails_the_mint_with_the_reason(string? jti)
    {
        var service = new AuthService(new HmsTokenSettings
        {
            AccessKey = AuthTestSupport.AccessKey,
            Secret = AuthTestSupport.Secret,
            TokenIdGenerator = () => jti!,
        });

        var act = () => service.CreateAuthToken(new AuthTokenOptions("room-1", "host"));

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("The configured token id generator returned a null or empty jti.");
    }

    [Fact]
    public void A_query_value_with_a_lone_surrogate_is_refused_with_the_reason()
    {
        var act = () => new HmsQuery().Add("name", "abc\uD800");

        act.Should().Throw<ArgumentException>()
            .Which.Message.Should().StartWith("The query value contains an unpaired surrogate character.");
    }

    [Fact]
    public void A_null_value_is_echoed_as_the_word_null_without_quotes()
    {
        Guard.Echo(null).Should().Be("null");
        Guard.Echo("x").Should().Be("'x'");
    }

    [Theory]
    [InlineData("rooms/{0}/peers/{1}", new[] { "r 1", "p/2" }, "rooms/r%201/peers/p%2F2")]
    [InlineData("/rooms/{0}/peers/{1}", new[] { "r1", "p2" }, "rooms/r1/peers/p2")]
    [InlineData("a/{1}/b/{0}", new[] { "x", "y" }, "a/y/b/x")]
    [InlineData("rooms/{0}", new[] { "r?1" }, "rooms/r%3F1")]
    [InlineData("{0}", new[] { "only" }, "only")]
    [InlineData("x/{0}{0}", new[] { "d" }, "x/dd")]
    public void Request_paths_escape_every_id_into_its_placeholder(string template, string[] ids, string expected)
    {
        var path = RequestPath.Create(template, ids);

        path.WithPrefix("https://api.example/v2/").Should().Be("https://api.example/v2/" + expected);
        path.ToString().Should().Be(expected);
    }
}
