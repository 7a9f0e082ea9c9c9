using System.Net.Sockets;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Core;

public class ErrorMappingTests
{
    public static TheoryData<int, Type> StatusTypes => new()
    {
        { 400, typeof(HmsBadRequestException) },
        { 401, typeof(HmsUnauthorizedException) },
        { 403, typeof(HmsForbiddenException) },
        { 404, typeof(HmsNotFoundException) },
        { 409, typeof(HmsConflictException) },
        { 429, typeof(HmsRateLimitException) },
        { 500, typeof(HmsServerException) },
        { 502, typeof(HmsServerException) },
        { 503, typeof(HmsServerException) },
        { 418, typeof(HmsApiException) },
    };

    [Theory]
    [MemberData(nameof(StatusTypes))]
    public async Task Each_status_maps_to_its_exception_type_with_full_context(int status, Type expected)
    {
        var handler = new RecordingHandler();
        handler.Default = (_, _) => Task.FromResult(RecordingHandler.Json(status, $$"""{"code":{{status}},"message":"boom {{status}}","details":["first","second"]}""", ("X-Request-Id", "rid-" + status)));
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 0);

        var act = () => client.Api.GetAsync("/rooms/abc");

        var error = (await act.Should().ThrowAsync<HmsApiException>()).Which;
        error.Should().BeOfType(expected);
        error.StatusCode.Should().Be(status);
        error.ErrorMessage.Should().Be("boom " + status);
        error.ErrorCode.Should().Be(status);
        error.ErrorDetails.Should().Equal("first", "second");
        error.RequestId.Should().Be("rid-" + status);
        error.Operation.Should().Be("Api.Get");
        error.Method.Should().Be(HttpMethod.Get);
        error.RequestUri!.AbsolutePath.Should().Be("/v2/rooms/abc");
        error.ResponseBody.Should().Contain("boom");
        error.Headers.Should().ContainKey("X-Request-Id");
        error.Message.Should().Contain(status.ToString()).And.Contain("boom").And.Contain("rid-" + status);
    }

    [Fact]
    public async Task A_non_json_error_body_keeps_node_default_message_and_the_raw_body()
    {
        var handler = new RecordingHandler().Enqueue(_ => new HttpResponseMessage(System.Net.HttpStatusCode.BadGateway)
        {
            Content = new StringContent("<html><body>Bad gateway</body></html>", System.Text.Encoding.UTF8, "text/html"),
        });
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 0);

        var error = (await FluentActions.Awaiting(() => client.Api.PostAsync("/rooms")).Should().ThrowAsync<HmsServerException>()).Which;

        error.ErrorMessage.Should().Be("An unknown Error occurred!");
        error.ReasonPhrase.Should().Be("Bad Gateway");
        error.ResponseBody.Should().Contain("Bad gateway");
    }

    [Fact]
    public async Task Rate_limit_exposes_retry_after()
    {
        var handler = new RecordingHandler().Enqueue(429, """{"message":"rate limit exceeded, retry after 45 seconds"}""", ("Retry-After", "45"));
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 0);

        var error = (await FluentActions.Awaiting(() => client.Api.GetAsync("/analytics/webhooks")).Should().ThrowAsync<HmsRateLimitException>()).Which;

        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(45));
    }

    [Fact]
    public async Task Transport_failures_keep_their_inner_exception()
    {
        var cause = new HttpRequestException("reset", new IOException("connection reset by peer"));
        var handler = new RecordingHandler().EnqueueException(cause);
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 0);

        var error = (await FluentActions.Awaiting(() => client.Api.PostAsync("/rooms")).Should().ThrowAsync<HmsTransportException>()).Which;

        error.InnerException.Should().BeSameAs(cause);
        error.Operation.Should().Be("Api.Post");
    }

    [Fact]
    public async Task Jwts_in_error_bodies_are_redacted()
    {
        const string jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        var handler = new RecordingHandler().Enqueue(400, $$"""{"message":"bad token {{jwt}}"}""");
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 0);

        var error = (await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms")).Should().ThrowAsync<HmsBadRequestException>()).Which;

        error.ToString().Should().NotContain(jwt);
        error.ErrorMessage.Should().NotContain(jwt);
        error.ResponseBody.Should().NotContain(jwt);
    }

    [Theory]
    [InlineData("", "empty body")]
    [InlineData("null", "JSON null")]
    [InlineData("{\"id\": ", "not valid JSON")]
    public async Task Unreadable_success_bodies_raise_serialization_exceptions(string body, string expectedText)
    {
        var handler = new RecordingHandler().Enqueue(200, body, ("X-Request-Id", "rid-body"));
        using var client = TestClients.Create(handler);

        var error = (await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms", Paging.CommonJsonContext.Default.HmsMessageResponse))
            .Should().ThrowAsync<HmsSerializationException>()).Which;

        error.Message.Should().Contain(expectedText);
        error.RequestId.Should().Be("rid-body");
        error.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task The_raw_send_returns_error_statuses_without_throwing()
    {
        var handler = new RecordingHandler().Enqueue(404, """{"message":"room not found"}""");
        using var client = TestClients.Create(handler);

        var response = await client.Api.SendAsync(HttpMethod.Get, "/rooms/nope");

        response.StatusCode.Should().Be(404);
        response.ContentText.Should().Contain("room not found");
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/rooms?x=1")]
    [InlineData("")]
    public async Task Raw_paths_that_could_leave_the_api_are_rejected_before_sending(string path)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await FluentActions.Awaiting(() => client.Api.GetAsync(path)).Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Connect_failures_are_recognised_from_socket_errors()
    {
        var refused = new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused));
        Http.RetryClassifier.IsConnectFailure(refused).Should().BeTrue();
        Http.RetryClassifier.IsConnectFailure(new HttpRequestException("reset", new IOException("reset"))).Should().BeFalse();
    }
}
