using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace HmsSdk.Tests.Templates;

/// <summary>A WireMock server and a client pointed at it, plus the golden-request assertions.</summary>
internal sealed class TemplatesWireApi : IDisposable
{
    public TemplatesWireApi()
    {
        Server = WireMockServer.Start();
        var options = TestClients.Options(new HttpClientHandler(), configure: o =>
        {
            o.HttpMessageHandler = null;
            o.BaseUri = new Uri(Server.Url + "/v2");
        });
        Client = new HmsClient(options, _ => null);
    }

    public WireMockServer Server { get; }

    public HmsClient Client { get; }

    public TemplatesWireApi Answer(string method, string path, int status, string? body)
    {
        var response = Response.Create().WithStatusCode(status);
        if (body is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(body);
        }

        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
        return this;
    }

    public ILogEntry SingleRequest()
    {
        Server.LogEntries.Should().HaveCount(1);
        return Server.LogEntries.Single();
    }

    public static void ShouldBe(ILogEntry entry, string method, string path, string query = "", string? jsonBody = null)
    {
        var message = entry.RequestMessage!;
        message.Method.Should().Be(method);
        message.Path.Should().Be(path);
        (message.RawQuery ?? string.Empty).TrimStart('?').Should().Be(query);
        if (jsonBody is null)
        {
            string.IsNullOrEmpty(message.Body).Should().BeTrue("no body is expected, got {0}", message.Body);
            return;
        }

        var actual = JsonNode.Parse(message.Body!);
        var expected = JsonNode.Parse(jsonBody);
        JsonNode.DeepEquals(actual, expected).Should().BeTrue("the body must be {0} but was {1}", expected!.ToJsonString(), actual!.ToJsonString());
    }

    public static string? Header(ILogEntry entry, string name) =>
        entry.RequestMessage!.Headers!
            .Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
            .Select(h => string.Join(",", h.Value))
            .SingleOrDefault();

    public void Dispose()
    {
        Client.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
