using System.Net;
using FluentAssertions;
using HmsSdk.Webhooks;
using Xunit;

namespace HmsSdk.Tests.Webhooks;

public class WebhookVerificationTests
{
    private const string Secret = "s3cr3t-Value-9f8e7d";

    private static HmsWebhookOptions SecretOptions() => new HmsWebhookOptions().RequireHeader("X-Hms-Secret", Secret);

    private static Dictionary<string, string?> Headers(params (string Name, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => (string?)p.Value, StringComparer.Ordinal);

    [Fact]
    public void Matching_secret_header_passes()
    {
        var result = HmsWebhook.Verify(Headers(("X-Hms-Secret", Secret)), SecretOptions());

        result.IsValid.Should().BeTrue();
        result.Failure.Should().Be(HmsWebhookVerificationFailure.None);
    }

    [Theory]
    [InlineData("x-hms-secret")]
    [InlineData("X-HMS-SECRET")]
    [InlineData("x-HmS-sEcReT")]
    public void Header_name_matches_ignoring_case_even_in_a_case_sensitive_dictionary(string sentName)
    {
        var result = HmsWebhook.Verify(Headers((sentName, Secret)), SecretOptions());

        result.IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("s3cr3t-value-9f8e7d")]
    [InlineData("s3cr3t-Value-9f8e7")]
    [InlineData("s3cr3t-Value-9f8e7d ")]
    [InlineData("")]
    [InlineData("totally different and much longer than the secret")]
    public void Wrong_secret_value_fails_without_revealing_either_value(string sentValue)
    {
        var result = HmsWebhook.Verify(Headers(("X-Hms-Secret", sentValue)), SecretOptions());

        result.IsValid.Should().BeFalse();
        result.Failure.Should().Be(HmsWebhookVerificationFailure.HeaderMismatch);
        result.HeaderName.Should().Be("X-Hms-Secret");
        result.Message.Should().NotContain(Secret);
        if (sentValue.Length > 0)
        {
            result.Message.Should().NotContain(sentValue);
        }
    }

    [Fact]
    public void Missing_secret_header_fails()
    {
        var result = HmsWebhook.Verify(Headers(("Content-Type", "application/json")), SecretOptions());

        result.IsValid.Should().BeFalse();
        result.Failure.Should().Be(HmsWebhookVerificationFailure.MissingHeader);
        result.HeaderName.Should().Be("X-Hms-Secret");
    }

    [Fact]
    public void Every_configured_header_must_match()
    {
        var options = SecretOptions().RequireHeader("X-Tenant", "acme");

        HmsWebhook.Verify(Headers(("X-Hms-Secret", Secret), ("x-tenant", "acme")), options).IsValid.Should().BeTrue();

        var oneWrong = HmsWebhook.Verify(Headers(("X-Hms-Secret", Secret), ("X-Tenant", "other")), options);
        oneWrong.Failure.Should().Be(HmsWebhookVerificationFailure.HeaderMismatch);
        oneWrong.HeaderName.Should().Be("X-Tenant");

        var oneMissing = HmsWebhook.Verify(Headers(("X-Tenant", "acme")), options);
        oneMissing.Failure.Should().Be(HmsWebhookVerificationFailure.MissingHeader);
        oneMissing.HeaderName.Should().Be("X-Hms-Secret");
    }

    [Fact]
    public void Extra_headers_are_ignored()
    {
        var result = HmsWebhook.Verify(Headers(("X-Hms-Secret", Secret), ("X-Other", "whatever"), ("User-Agent", "100ms")), SecretOptions());

        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void No_configured_checks_means_no_verification()
    {
        var options = new HmsWebhookOptions();

        options.IsVerificationConfigured.Should().BeFalse();
        HmsWebhook.Verify(Headers(), options).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Header_accessor_overload_is_used_as_given()
    {
        var asked = new List<string>();
        string? Accessor(string name)
        {
            asked.Add(name);
            return name == "X-Hms-Secret" ? Secret : null;
        }

        HmsWebhook.Verify(Accessor, SecretOptions()).IsValid.Should().BeTrue();
        asked.Should().Equal("X-Hms-Secret");
    }

    [Fact]
    public void ParseAndVerify_throws_before_parsing_when_the_secret_is_wrong()
    {
        var act = () => HmsWebhook.ParseAndVerify("{ this is not even json", Headers(("X-Hms-Secret", "nope")), SecretOptions());

        var thrown = act.Should().Throw<HmsWebhookVerificationException>().Which;
        thrown.Failure.Should().Be(HmsWebhookVerificationFailure.HeaderMismatch);
        thrown.HeaderName.Should().Be("X-Hms-Secret");
        thrown.Message.Should().NotContain(Secret).And.NotContain("nope");
        thrown.ToString().Should().NotContain(Secret);
    }

    [Fact]
    public void ParseAndVerify_returns_the_typed_event_when_verified()
    {
        var evt = HmsWebhook.ParseAndVerify(WebhookFixtures.Read("room.end.success"), Headers(("x-hms-secret", Secret)), SecretOptions());

        evt.Should().BeOfType<RoomEndSucceededEvent>().Which.Data.RoomId.Should().Be(WebhookFixtures.RoomId);
    }

    [Fact]
    public void ParseAndVerify_utf8_overload_with_accessor()
    {
        var body = System.Text.Encoding.UTF8.GetBytes(WebhookFixtures.Read("hls.started.success"));

        var evt = HmsWebhook.ParseAndVerify(body, name => name.Equals("x-hms-secret", StringComparison.OrdinalIgnoreCase) ? Secret : null, SecretOptions());

        evt.Should().BeOfType<HlsStartedEvent>();
    }

    [Fact]
    public void Options_to_string_names_headers_but_never_values()
    {
        var options = SecretOptions().RequireHeader("X-Tenant", "acme-tenant-secret");

        var text = options.ToString();

        text.Should().Contain("X-Hms-Secret").And.Contain("X-Tenant");
        text.Should().NotContain(Secret).And.NotContain("acme-tenant-secret");
    }

    [Fact]
    public void RequireHeader_rejects_blank_input()
    {
        var options = new HmsWebhookOptions();

        options.Invoking(o => o.RequireHeader(" ", "v")).Should().Throw<ArgumentException>().WithParameterName("name");
        options.Invoking(o => o.RequireHeader("X-A", "")).Should().Throw<ArgumentException>().WithParameterName("expectedValue");
        options.Invoking(o => o.RequireHeader(null!, "v")).Should().Throw<ArgumentNullException>().WithParameterName("name");
        options.Invoking(o => o.RequireHeader("X-A", null!)).Should().Throw<ArgumentNullException>().WithParameterName("expectedValue");
    }

    [Fact]
    public void An_empty_expected_value_set_directly_is_a_configuration_error()
    {
        var options = new HmsWebhookOptions();
        options.RequiredHeaders["X-Hms-Secret"] = "";

        var act = () => HmsWebhook.Verify(Headers(("X-Hms-Secret", "")), options);

        act.Should().Throw<ArgumentException>().WithParameterName("options");
    }

    [Fact]
    public void Documented_source_address_list_has_the_56_addresses()
    {
        HmsWebhookSourceAddresses.Documented.Should().HaveCount(56).And.OnlyHaveUniqueItems();
        HmsWebhookSourceAddresses.Documented.Should().Contain(new[] { "34.100.213.146", "129.154.236.15", "34.162.204.39" });
        new HmsWebhookOptions().AllowedSourceAddresses.Should().HaveCount(56);
    }

    [Theory]
    [InlineData("34.100.213.146", true)]
    [InlineData("34.162.204.39", true)]
    [InlineData("::ffff:34.93.93.114", true)]
    [InlineData("34.100.213.147", false)]
    [InlineData("10.0.0.5", false)]
    [InlineData("::ffff:10.0.0.5", false)]
    [InlineData("2001:db8::1", false)]
    public void Source_address_allow_and_deny(string address, bool allowed)
    {
        var options = new HmsWebhookOptions { VerifySourceAddress = true };

        var result = HmsWebhook.Verify(Headers(), options, IPAddress.Parse(address));

        result.IsValid.Should().Be(allowed);
        if (!allowed)
        {
            result.Failure.Should().Be(HmsWebhookVerificationFailure.SourceAddressNotAllowed);
        }
    }

    [Fact]
    public void Source_address_check_needs_an_address()
    {
        var options = new HmsWebhookOptions { VerifySourceAddress = true };

        HmsWebhook.Verify(Headers(), options, null).Failure.Should().Be(HmsWebhookVerificationFailure.MissingSourceAddress);
    }

    [Fact]
    public void Source_address_is_ignored_unless_enabled()
    {
        HmsWebhook.Verify(Headers(), new HmsWebhookOptions(), IPAddress.Parse("10.0.0.5")).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Custom_allow_list_replaces_the_documented_one()
    {
        var options = new HmsWebhookOptions { VerifySourceAddress = true };
        options.AllowedSourceAddresses.Clear();
        options.AllowedSourceAddresses.Add(IPAddress.Parse("203.0.113.7"));

        HmsWebhook.Verify(Headers(), options, IPAddress.Parse("::ffff:203.0.113.7")).IsValid.Should().BeTrue();
        HmsWebhook.Verify(Headers(), options, IPAddress.Parse("34.100.213.146")).IsValid.Should().BeFalse();
        new HmsWebhookOptions().AllowedSourceAddresses.Should().HaveCount(56, "each options instance owns its own list");
    }

    [Fact]
    public void Headers_are_checked_before_the_source_address()
    {
        var options = SecretOptions();
        options.VerifySourceAddress = true;

        HmsWebhook.Verify(Headers(("X-Hms-Secret", "wrong")), options, IPAddress.Parse("10.0.0.5")).Failure
            .Should().Be(HmsWebhookVerificationFailure.HeaderMismatch);
        HmsWebhook.Verify(Headers(("X-Hms-Secret", Secret)), options, IPAddress.Parse("10.0.0.5")).Failure
            .Should().Be(HmsWebhookVerificationFailure.SourceAddressNotAllowed);
        HmsWebhook.Verify(Headers(("X-Hms-Secret", Secret)), options, IPAddress.Parse("34.93.93.114")).IsValid
            .Should().BeTrue();
    }
}
