using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Mutation;

/// <summary>
/// Error bodies and headers no test sent before issue #18: real responses drift from the documented
/// <c>{code, message, details}</c>, and whatever arrives must still surface as the typed HmsApiException family with
/// secrets removed. Expected values are literals written here, never computed by the mapper.
/// </summary>
public class ErrorBodyGapTests
{
    private static async Task<HmsApiException> Fail(int status, string body, params (string Name, string Value)[] headers)
    {
        var handler = new RecordingHandler().Enqueue(status, body, headers);
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 0);
        return (await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms/abc")).Should().ThrowAsync<HmsApiException>()).Which;
    }

    [Fact]
    public async Task A_numeric_message_is_not_a_message_but_still_a_typed_error()
    {
        var error = await Fail(400, """{"code":400,"message":42,"details":["d"]}""");

        error.Should().BeOfType<HmsBadRequestException>();
        error.ErrorMessage.Should().Be("An unknown Error occurred!");
        error.ErrorCode.Should().Be(400);
        error.ErrorDetails.Should().Equal("d");
    }

    [Fact]
    public async Task A_string_code_is_not_a_code_but_the_message_is_kept()
    {
        var error = await Fail(409, """{"code":"conflict","message":"room exists"}""");

        error.Should().BeOfType<HmsConflictException>();
        error.ErrorCode.Should().BeNull();
        error.ErrorMessage.Should().Be("room exists");
    }

    [Fact]
    public async Task A_code_too_large_for_an_int_is_dropped()
    {
        var error = await Fail(400, """{"code":4000000000,"message":"m"}""");

        error.ErrorCode.Should().BeNull();
        error.ErrorMessage.Should().Be("m");
    }

    [Fact]
    public async Task An_object_details_is_ignored_and_the_rest_is_kept()
    {
        var error = await Fail(400, """{"code":400,"message":"invalid","details":{"field":"name"}}""");

        error.Should().BeOfType<HmsBadRequestException>();
        error.ErrorDetails.Should().BeEmpty();
        error.ErrorMessage.Should().Be("invalid");
        error.ErrorCode.Should().Be(400);
    }

    [Fact]
    public async Task Non_string_details_entries_keep_their_json_text()
    {
        var error = await Fail(400, """{"message":"invalid","details":["plain",7,{"k":"v"},null]}""");

        error.ErrorDetails.Should().Equal("plain", "7", """{"k":"v"}""", "null");
    }

    [Fact]
    public async Task Jwts_inside_details_are_redacted()
    {
        const string jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        var error = await Fail(400, $$"""{"message":"expired","details":["token {{jwt}} expired"]}""");

        error.ErrorDetails.Should().Equal("token [redacted-jwt] expired");
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("123")]
    public async Task A_json_body_that_is_not_an_object_keeps_the_default_message(string body)
    {
        var error = await Fail(400, body);

        error.Should().BeOfType<HmsBadRequestException>();
        error.ErrorMessage.Should().Be("An unknown Error occurred!");
        error.ErrorCode.Should().BeNull();
        error.ErrorDetails.Should().BeEmpty();
        error.ResponseBody.Should().Be(body);
    }

    [Fact]
    public async Task An_empty_error_body_has_no_response_body()
    {
        var error = await Fail(404, string.Empty);

        error.Should().BeOfType<HmsNotFoundException>();
        error.ResponseBody.Should().BeNull();
        error.ErrorMessage.Should().Be("An unknown Error occurred!");
    }

    [Fact]
    public async Task Secret_fields_are_redacted_whatever_their_case()
    {
        const string body = """{"message":"bad","accessToken":"at-value-1","Password":"pw-value-2","UPLOAD_SECRET":"sec-value-3","Key":"key-value-4","presigned_URL":"url-value-5","name":"kept-value"}""";

        var error = await Fail(400, body);

        error.ResponseBody.Should().Be("""{"message":"bad","accessToken":"[redacted]","Password":"[redacted]","UPLOAD_SECRET":"[redacted]","Key":"[redacted]","presigned_URL":"[redacted]","name":"kept-value"}""");
        error.ToString().Should().NotContainAny("at-value-1", "pw-value-2", "sec-value-3", "key-value-4", "url-value-5");
    }

    [Fact]
    public async Task A_body_over_4096_characters_is_cut_to_4096_and_marked()
    {
        var message = new string('m', 5000);
        var body = $$"""{"message":"{{message}}"}""";

        var error = await Fail(500, body);

        error.ResponseBody.Should().HaveLength(4097);
        error.ResponseBody.Should().Be(body.Substring(0, 4096) + "…");
        error.ErrorMessage.Should().Be(message, "the parsed message is not cut, only the kept raw body");
    }

    [Fact]
    public async Task A_body_of_exactly_4096_characters_is_kept_whole()
    {
        var body = $$"""{"message":"{{new string('m', 4096 - 14)}}"}""";
        body.Should().HaveLength(4096);

        var error = await Fail(500, body);

        error.ResponseBody.Should().Be(body);
    }

    [Theory]
    [InlineData(599, typeof(HmsServerException))]
    [InlineData(500, typeof(HmsServerException))]
    [InlineData(499, typeof(HmsApiException))]
    [InlineData(600, typeof(HmsApiException))]
    [InlineData(402, typeof(HmsApiException))]
    public async Task Server_errors_are_exactly_500_to_599(int status, Type expected)
    {
        var error = await Fail(status, """{"message":"edge"}""");

        error.Should().BeOfType(expected);
        error.StatusCode.Should().Be(status);
    }

    [Fact]
    public async Task A_retry_after_date_in_the_past_means_retry_now()
    {
        // The test clock starts at 2026-01-01T00:00:00Z.
        var error = await Fail(429, """{"message":"slow down"}""", ("Retry-After", "Wed, 31 Dec 2025 23:59:00 GMT"));

        error.Should().BeOfType<HmsRateLimitException>().Which.RetryAfter.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task A_retry_after_date_in_the_future_is_the_wait_from_now()
    {
        var error = await Fail(429, """{"message":"slow down"}""", ("Retry-After", "Thu, 01 Jan 2026 00:00:30 GMT"));

        error.Should().BeOfType<HmsRateLimitException>().Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_zero_retry_after_delta_is_zero_and_a_missing_one_is_null()
    {
        (await Fail(429, "{}", ("Retry-After", "0"))).Should().BeOfType<HmsRateLimitException>().Which.RetryAfter.Should().Be(TimeSpan.Zero);
        (await Fail(429, "{}")).Should().BeOfType<HmsRateLimitException>().Which.RetryAfter.Should().BeNull();
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("soon")]
    public async Task A_retry_after_that_is_neither_seconds_nor_a_date_is_no_wait_at_all(string value)
    {
        // RFC 9110 10.2.3: Retry-After = HTTP-date / delay-seconds (1*DIGIT). Anything else gives no wait, never a negative one.
        var error = await Fail(429, "{}", ("Retry-After", value));

        error.Should().BeOfType<HmsRateLimitException>().Which.RetryAfter.Should().BeNull();
    }

    [Fact]
    public async Task A_retry_after_delta_is_the_wait_in_seconds()
    {
        var error = await Fail(429, "{}", ("Retry-After", "120"));

        error.Should().BeOfType<HmsRateLimitException>().Which.RetryAfter.Should().Be(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task Header_values_are_kept_first_value_only_and_jwt_free()
    {
        const string jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        var error = await Fail(400, "{}", ("X-Request-Id", "rid-1"), ("X-Debug", "echo " + jwt));

        error.Headers["x-request-id"].Should().Be("rid-1");
        error.Headers["X-Debug"].Should().Be("echo [redacted-jwt]");
    }
}
