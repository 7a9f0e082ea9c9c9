using System.Text.Json.Nodes;
using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace HmsSdk.Tests.Recordings;

/// <summary>A WireMock server plus a client pointed at its <c>/v2</c> base, for golden wire tests.</summary>
public sealed class BeamWireMock : IDisposable
{
    private BeamWireMock(WireMockServer server, HmsClient client)
    {
        Server = server;
        Client = client;
    }

    public WireMockServer Server { get; }

    public HmsClient Client { get; }

    public static BeamWireMock Start()
    {
        var server = WireMockServer.Start();
        var options = TestClients.Options(new HttpClientHandler(), configure: o =>
        {
            o.HttpMessageHandler = null;
            o.BaseUri = new Uri(server.Url + "/v2");
            o.Retry.MaxRetries = 0;
        });
        return new BeamWireMock(server, new HmsClient(options, _ => null));
    }

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with a JSON body.</summary>
    public BeamWireMock Respond(string method, string path, string body, int status = 200)
    {
        Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
        return this;
    }

    /// <summary>Answers a GET only when the query carries <c>start=<paramref name="start"/></c> (takes precedence).</summary>
    public BeamWireMock RespondToStart(string path, string start, string body)
    {
        Server.Given(Request.Create().WithPath(path).UsingGet().WithParam("start", start))
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
        return this;
    }

    public IReadOnlyList<ILogEntry> Entries => Server.LogEntries.ToList();

    /// <summary>Asserts the single request the server saw: method, path, query and (semantically) the JSON body.</summary>
    public void ShouldHaveReceived(string method, string path, string query = "", string? jsonBody = null)
    {
        Entries.Should().HaveCount(1);
        ShouldMatch(Entries[0], method, path, query, jsonBody);
    }

    public static void ShouldMatch(ILogEntry entry, string method, string path, string query = "", string? jsonBody = null)
    {
        var request = entry.RequestMessage;
        request.Method.Should().Be(method);
        request.AbsolutePath.Should().Be(path);
        (request.RawQuery ?? string.Empty).TrimStart('?').Should().Be(query);
        if (jsonBody is null)
        {
            request.Body.Should().BeNullOrEmpty();
        }
        else
        {
            var actual = JsonNode.Parse(request.Body ?? "null");
            var expected = JsonNode.Parse(jsonBody);
            JsonNode.DeepEquals(actual, expected).Should().BeTrue($"the body {request.Body} should equal {jsonBody}");
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}

/// <summary>Assertions for bad input: the right exception and parameter name, and no request on the wire.</summary>
public static class BadInput
{
    public static async Task ShouldRejectAsync<TException>(Func<Task> call, string paramName, RecordingHandler handler)
        where TException : ArgumentException
    {
        var exception = await Assert.ThrowsAnyAsync<TException>(call);
        exception.ParamName.Should().Be(paramName);
        handler.Requests.Should().BeEmpty("bad input must fail before any HTTP call");
    }

    /// <summary>Runs a list call until its first item so that lazy validation would also be caught.</summary>
    public static Func<Task> List<T>(Func<HmsAsyncPageable<T>> list) => async () =>
    {
        await foreach (var _ in list())
        {
            break;
        }
    };

    public static readonly string?[] BadIds = { null, "", "   ", "\t", ".", ".." };

    public static IEnumerable<object?[]> BadIdCases() => BadIds.Select(id => new object?[] { id });

    /// <summary>Ids that must each stay one escaped path segment, with the expected escaped form.</summary>
    public static IEnumerable<object[]> HostileIds() => new[]
    {
        new object[] { "../x", "..%2Fx" },
        new object[] { "a/b", "a%2Fb" },
        new object[] { "?start=1", "%3Fstart%3D1" },
        new object[] { "#frag", "%23frag" },
        new object[] { "%2F", "%252F" },
        new object[] { "has space", "has%20space" },
        new object[] { "名前", "%E5%90%8D%E5%89%8D" },
    };
}
