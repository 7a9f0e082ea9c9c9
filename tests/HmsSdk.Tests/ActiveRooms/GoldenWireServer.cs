using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace HmsSdk.Tests.ActiveRooms;

/// <summary>
/// A WireMock.Net server plus a real <see cref="HmsClient"/> pointed at it over loopback, for golden wire tests
/// (shared by the ActiveRooms and Polls tests).
/// </summary>
public sealed class GoldenWireServer : IDisposable
{
    public GoldenWireServer()
    {
        Server = WireMockServer.Start();
        var options = TestClients.Options(new RecordingHandler(), configure: o =>
        {
            o.HttpMessageHandler = null;
            o.BaseUri = new Uri(Server.Url + "/v2");
        });
        Client = new HmsClient(options);
    }

    public WireMockServer Server { get; }

    public HmsClient Client { get; }

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with a JSON body, or an empty body when null.</summary>
    public GoldenWireServer Respond(string method, string path, int status, string? json, (string Name, string Value)? param = null, int priority = 10)
    {
        var request = Request.Create().WithPath(path).UsingMethod(method);
        if (param is { } p)
        {
            request = request.WithParam(p.Name, p.Value);
        }

        var response = Response.Create().WithStatusCode(status);
        if (json is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(json);
        }

        Server.Given(request).AtPriority(priority).RespondWith(response);
        return this;
    }

    /// <summary>The requests the server saw, oldest first.</summary>
    public IReadOnlyList<IRequestMessage> Requests =>
        Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).Select(e => e.RequestMessage).ToList();

    /// <summary>The one request the server saw.</summary>
    public IRequestMessage Single()
    {
        Requests.Should().HaveCount(1);
        return Requests[0];
    }

    /// <summary>Asserts method, escaped path, raw query (without '?') and, when given, the JSON body semantically.</summary>
    public static void AssertRequest(IRequestMessage request, string method, string path, string query = "", string? jsonBody = null)
    {
        request.Method.Should().Be(method);
        request.AbsolutePath.Should().Be(path);
        (request.RawQuery ?? string.Empty).TrimStart('?').Should().Be(query);
        if (jsonBody is not null)
        {
            AssertJson(request.Body, jsonBody);
        }
    }

    public static void AssertJson(string? actual, string expected)
    {
        actual.Should().NotBeNull();
        JsonNode.DeepEquals(JsonNode.Parse(actual!), JsonNode.Parse(expected)).Should().BeTrue($"the body was {actual} but {expected} was expected");
    }

    public void Dispose()
    {
        Client.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
