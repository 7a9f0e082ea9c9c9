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
    public void Request_paths_escape_every_id_into_its_placeholder(string template, string[] ids, string expected)
    {
        var path = RequestPath.Create(template, ids);

        path.WithPrefix("https://api.example/v2/").Should().Be("https://api.example/v2/" + expected);
        path.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("x/{0}{0}")]
    [InlineData("{{0}")]
    [InlineData("}{0}")]
    [InlineData("{0}}")]
    [InlineData("a/{0}/b}")]
    [InlineData("a{/{0}")]
    [InlineData("rooms/{1}")]
    [InlineData("rooms")]
    public void A_one_id_template_with_anything_but_exactly_one_placeholder_is_a_programming_error(string template)
    {
        var act = () => RequestPath.Create(template, "id");

        act.Should().Throw<ArgumentException>().WithParameterName("template")
            .Which.Message.Should().StartWith($"A one-id path template must hold exactly one {{0}} and no other brace: '{template}'.");
    }

    [Fact]
    public void Echo_escapes_control_and_surrogate_characters_as_code_points()
    {
        Guard.Echo("a\nb\tc\uD83D").Should().Be("'a\\u000Ab\\u0009c\\uD83D'");
        Guard.Echo("\uD83D\uDE00").Should().Be("'\\uD83D\\uDE00'", "an emoji is two surrogates, each escaped; a log line stays ASCII");
    }

    [Fact]
    public void Echo_quotes_up_to_32_characters_and_then_says_how_long_the_value_was()
    {
        var exactly32 = new string('a', 32);
        Guard.Echo(exactly32).Should().Be("'" + exactly32 + "'");
        Guard.Echo(new string('b', 33)).Should().Be("'" + new string('b', 32) + "'… (33 characters)");
        Guard.Echo(new string('c', 1234)).Should().Be("'" + new string('c', 32) + "'… (1,234 characters)");
    }

    [Fact]
    public void Prefix_keeps_short_printable_text_and_echoes_the_rest()
    {
        var exactly32 = new string('a', 32);
        Guard.Prefix(exactly32).Should().Be(exactly32);
        Guard.Prefix(new string('a', 33)).Should().Be("'" + exactly32 + "'… (33 characters)");
        Guard.Prefix("x\ny").Should().Be("'x\\u000Ay'");
        Guard.Prefix("x\uDE00").Should().Be("'x\\uDE00'");
    }

    [Fact]
    public void A_text_of_exactly_the_maximum_length_is_accepted_and_one_more_is_refused()
    {
        Guard.MaxLength(new string('n', 10), 10, "name").Should().HaveLength(10);

        var act = () => Guard.MaxLength(new string('n', 11), 10, "options", "options.Name");
        act.Should().Throw<ArgumentException>().WithParameterName("options")
            .Which.Message.Should().StartWith("'options.Name' is 11 characters long; at most 10 are allowed (starts with 'nnnnnnnnnnn').");
    }

    [Fact]
    public void A_blank_optional_option_names_the_option_after_its_parameter()
    {
        var act = () => Guard.OptionalText(" ", "options", "RoomId");

        act.Should().Throw<ArgumentException>().WithParameterName("options")
            .Which.Message.Should().Contain("'options.RoomId'");
    }

    [Fact]
    public void A_missing_value_inside_an_argument_names_the_member_in_the_message()
    {
        Guard.Null("options", "options.Template").Message.Should().StartWith("'options.Template' cannot be null.");
        var plain = Guard.Null("roomId");
        plain.ParamName.Should().Be("roomId");
        plain.Message.Should().NotStartWith("''", "without a member the runtime's own wording is kept, not an empty quoted name");
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void A_blank_query_name_is_refused(string name)
    {
        var act = () => new HmsQuery().Add(name, "v");

        act.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void A_jwt_in_error_text_is_replaced_by_a_marker()
    {
        const string jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

        HmsErrorMapper.Redact("token " + jwt + " rejected").Should().Be("token [redacted-jwt] rejected");
        HmsErrorMapper.Redact("no token here").Should().Be("no token here");
    }

    [Fact]
    public void A_token_whose_expiry_is_exactly_the_last_representable_second_is_minted()
    {
        var service = AuthTestSupport.CreateService(out _, out _);
        var lastSecond = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

        var token = service.CreateAuthToken(new AuthTokenOptions("room-1", "host")
        {
            NotValidBefore = DateTimeOffset.FromUnixTimeSeconds(lastSecond - 3600),
            ValidFor = TimeSpan.FromHours(1),
        });

        token.ExpiresAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(lastSecond));
        var oneSecondLater = () => service.CreateAuthToken(new AuthTokenOptions("room-1", "host")
        {
            NotValidBefore = DateTimeOffset.FromUnixTimeSeconds(lastSecond - 3599),
            ValidFor = TimeSpan.FromHours(1),
        });
        oneSecondLater.Should().Throw<ArgumentOutOfRangeException>();
    }
}
