using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace HmsSdk.Tests.Rooms;

/// <summary>A WireMock server with a client pointed at it (API base <c>/v2</c>, auth host base <c>/auth/v2</c>).</summary>
public sealed class RoomGroupWire : IDisposable
{
    public RoomGroupWire()
    {
        Server = WireMockServer.Start();
        Client = new HmsClient(
            TestClients.Options(new RecordingHandler(), configure: o =>
            {
                o.HttpMessageHandler = null;
                o.BaseUri = new Uri(Server.Url + "/v2");
                o.AuthBaseUri = new Uri(Server.Url + "/auth/v2");
            }),
            _ => null);
    }

    public WireMockServer Server { get; }

    public HmsClient Client { get; }

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> (any query) with JSON.</summary>
    public RoomGroupWire Respond(string method, string path, string body, int status = 200)
    {
        Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
        return this;
    }

    /// <summary>The one request the server saw.</summary>
    public IRequestMessage SingleRequest()
    {
        Server.LogEntries.Should().ContainSingle();
        return Server.LogEntries.Single().RequestMessage;
    }

    public static string Query(IRequestMessage request) => (request.RawQuery ?? string.Empty).TrimStart('?');

    /// <summary>Asserts the body is semantically the expected JSON.</summary>
    public static void BodyShouldBe(IRequestMessage request, string expectedJson)
    {
        var actual = JsonNode.Parse(request.Body!);
        var expected = JsonNode.Parse(expectedJson);
        JsonNode.DeepEquals(actual, expected).Should().BeTrue($"body {request.Body} should equal {expectedJson}");
    }

    public void Dispose()
    {
        Client.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}

/// <summary>Captures the exception an action throws, so one test can check several calls.</summary>
public static class Catch
{
    public static async Task<Exception?> Async(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    /// <summary>Asserts an exact argument-exception type and its parameter name.</summary>
    public static void ShouldBeArgumentError(this Exception? exception, Type type, string paramName)
    {
        exception.Should().NotBeNull().And.BeOfType(type);
        ((ArgumentException)exception!).ParamName.Should().Be(paramName);
    }

    public static Exception? Sync(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
