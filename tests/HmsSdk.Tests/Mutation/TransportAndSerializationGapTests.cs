using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Mutation;

/// <summary>
/// Messages and pass-through rules of failures that happen before or around a response (issue #18): the user reads
/// these texts in logs, so each names the operation and the cause. Expected texts are literals.
/// </summary>
public class TransportAndSerializationGapTests
{
    [Fact]
    public async Task A_transport_failure_names_the_operation_and_the_cause()
    {
        var cause = new IOException("broken pipe");
        var handler = new RecordingHandler().EnqueueException(cause);
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 0);

        var error = (await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms")).Should().ThrowAsync<HmsTransportException>()).Which;

        error.Message.Should().Be("Api.Get failed before a response arrived: broken pipe");
        error.Operation.Should().Be("Api.Get");
        error.InnerException.Should().BeSameAs(cause);
    }

    [Fact]
    public async Task A_body_over_the_size_cap_names_the_operation()
    {
        var handler = new RecordingHandler().Enqueue(200, $$"""{"message":"{{new string('x', 4000)}}"}""");
        using var client = TestClients.Create(handler, configure: o =>
        {
            o.Retry.MaxRetries = 0;
            o.MaxResponseBytes = 1024;
        });

        var error = (await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms")).Should().ThrowAsync<HmsTransportException>()).Which;

        error.Operation.Should().Be("Api.Get");
        error.Message.Should().StartWith("Api.Get: ").And.Contain("MaxResponseBytes (1024)");
    }

    [Fact]
    public async Task An_unexpected_handler_exception_is_not_wrapped_or_swallowed()
    {
        var cause = new InvalidOperationException("handler bug");
        var handler = new RecordingHandler().EnqueueException(cause);
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 0);

        (await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms")).Should().ThrowAsync<InvalidOperationException>())
            .Which.Should().BeSameAs(cause);
    }

    [Fact]
    public async Task A_serialization_failure_message_carries_the_request_id_when_there_is_one()
    {
        var withId = new RecordingHandler().Enqueue(200, "{\"id\": ", ("X-Request-Id", "rid-77"));
        using var client = TestClients.Create(withId);

        var error = (await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms", HmsSdk.Paging.CommonJsonContext.Default.HmsMessageResponse))
            .Should().ThrowAsync<HmsSerializationException>()).Which;

        error.Message.Should().EndWith(" (request id rid-77)");
        error.Operation.Should().Be("Api.Get");
        error.ResponseBody.Should().Be("{\"id\": ");
    }

    [Fact]
    public async Task A_serialization_failure_without_a_request_id_says_nothing_about_one()
    {
        var withoutId = new RecordingHandler().Enqueue(200, "{\"id\": ");
        using var client = TestClients.Create(withoutId);

        var error = (await FluentActions.Awaiting(() => client.Api.GetAsync("/rooms", HmsSdk.Paging.CommonJsonContext.Default.HmsMessageResponse))
            .Should().ThrowAsync<HmsSerializationException>()).Which;

        error.Message.Should().NotContain("request id");
        error.RequestId.Should().BeNull();
    }
}
