using System.Text.Json.Nodes;
using FluentAssertions;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace HmsSdk.Tests.Infrastructure;

/// <summary>
/// The one WireMock.Net double: a loopback server plus a real <see cref="HmsClient"/> pointed at it (API base
/// <c>{server}/v2</c>, auth host base <c>{server}/auth/v2</c>), with the golden-request assertions. Use it when the
/// test is about what crosses the wire (path escaping, query, body, headers, status handling); see tests/README.md.
/// </summary>
public sealed class WireApi : IDisposable
{
    /// <param name="configure">Changes the client options, for example <c>o =&gt; o.Retry.MaxRetries = 0</c>.</param>
    public WireApi(Action<HmsClientOptions>? configure = null)
    {
        Server = WireMockServer.Start();
        var options = TestClients.Options(new RecordingHandler(), configure: o =>
        {
            o.HttpMessageHandler = null;
            o.BaseUri = new Uri(Server.Url + "/v2");
            o.AuthBaseUri = new Uri(Server.Url + "/auth/v2");
            configure?.Invoke(o);
        });
        Client = new HmsClient(options, _ => null);
    }

    public WireMockServer Server { get; }

    public HmsClient Client { get; }

    /// <summary>A server whose client never retries, so an error status reaches the caller once.</summary>
    public static WireApi WithoutRetries() => new(o => o.Retry.MaxRetries = 0);

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> (any query, or only <paramref name="param"/>) with a JSON body.</summary>
    public WireApi Respond(string method, string path, string? body, int status = 200, (string Name, string Value)? param = null, int priority = 10)
    {
        var request = Request.Create().WithPath(path).UsingMethod(method);
        if (param is { } p)
        {
            request = request.WithParam(p.Name, p.Value);
        }

        var response = Response.Create().WithStatusCode(status);
        if (body is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(body);
        }

        Server.Given(request).AtPriority(priority).RespondWith(response);
        return this;
    }

    /// <summary>Answers with <paramref name="status"/> and a JSON body, or an empty body when <paramref name="body"/> is null.</summary>
    public WireApi Respond(string method, string path, int status, string? body = null, (string Name, string Value)? param = null, int priority = 10) =>
        Respond(method, path, body, status, param, priority);

    /// <summary>Answers a GET whose <paramref name="param"/> query value is exactly <paramref name="value"/> (null: the parameter is absent).</summary>
    public WireApi RespondWhen(string path, string param, string? value, string body)
    {
        Server.Given(Request.Create().WithPath(path).UsingGet()
                .WithParam(query => value is null
                    ? !query.ContainsKey(param)
                    : query.TryGetValue(param, out var values) && values.Count == 1 && values[0] == value))
            .AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
        return this;
    }

    /// <summary>Answers a GET only when the query carries <c>start=<paramref name="start"/></c>; it takes precedence over <see cref="Respond(string, string, string?, int, ValueTuple{string, string}?, int)"/>.</summary>
    public WireApi RespondToStart(string path, string start, string body) =>
        Respond("GET", path, body, param: ("start", start), priority: 1);

    /// <summary>
    /// Serves a list over two pages (<paramref name="secondPage"/> answers <c>start=<paramref name="start"/></c>),
    /// enumerates it and checks both GETs: <paramref name="query"/>, then <paramref name="query"/> and the start.
    /// </summary>
    public async Task<List<T>> ListTwoPagesAsync<T>(
        string path, string query, string firstPage, string start, string secondPage, Func<HmsClient, IAsyncEnumerable<T>> list)
    {
        Respond("GET", path, firstPage).RespondToStart(path, start, secondPage);

        var items = await list(Client).ToListAsync();

        Entries.Should().HaveCount(2, "the second page is shorter than the limit, so paging stops");
        ShouldMatch(Entries[0], "GET", path, query);
        ShouldMatch(Entries[1], "GET", path, $"{query}&start={start}");
        return items;
    }

    /// <summary>The log entries, oldest first.</summary>
    public IReadOnlyList<ILogEntry> Entries => Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).ToList();

    /// <summary>The requests the server saw, oldest first.</summary>
    public IReadOnlyList<IRequestMessage> Requests => Entries.Select(e => e.RequestMessage).ToList();

    /// <summary>The one log entry the server saw.</summary>
    public ILogEntry SingleEntry()
    {
        Server.LogEntries.Should().ContainSingle();
        return Server.LogEntries.Single();
    }

    /// <summary>The one request the server saw.</summary>
    public IRequestMessage SingleRequest() => SingleEntry().RequestMessage;

    /// <summary>Asserts the single request the server saw (see <see cref="ShouldMatch(IRequestMessage, string, string, string, string?)"/>).</summary>
    public void ShouldHaveReceived(string method, string path, string query = "", string? jsonBody = null) =>
        ShouldMatch(SingleRequest(), method, path, query, jsonBody);

    /// <summary>Asserts method, escaped path, raw query (without <c>?</c>) and the JSON body semantically; a null <paramref name="jsonBody"/> expects no body.</summary>
    public static void ShouldMatch(IRequestMessage request, string method, string path, string query = "", string? jsonBody = null)
    {
        request.Method.Should().Be(method);
        request.AbsolutePath.Should().Be(path);
        Query(request).Should().Be(query);
        if (jsonBody is null)
        {
            request.Body.Should().BeNullOrEmpty("no body is expected");
        }
        else
        {
            JsonShouldBe(request.Body, jsonBody);
        }
    }

    public static void ShouldMatch(ILogEntry entry, string method, string path, string query = "", string? jsonBody = null) =>
        ShouldMatch(entry.RequestMessage, method, path, query, jsonBody);

    /// <summary>The raw query string as sent, without the leading <c>?</c>.</summary>
    public static string Query(IRequestMessage request) => (request.RawQuery ?? string.Empty).TrimStart('?');

    public static string Query(ILogEntry entry) => Query(entry.RequestMessage);

    /// <summary>Asserts the body is semantically the expected JSON.</summary>
    public static void BodyShouldBe(IRequestMessage request, string expectedJson) => JsonShouldBe(request.Body, expectedJson);

    public static void JsonShouldBe(string? actual, string expected)
    {
        actual.Should().NotBeNull();
        JsonEquals(actual, expected).Should().BeTrue($"the body was {actual} but {expected} was expected");
    }

    public static bool JsonEquals(string? actual, string expected) =>
        JsonNode.DeepEquals(JsonNode.Parse(actual ?? "null"), JsonNode.Parse(expected));

    /// <summary>A request header's value (several values joined by commas), or null when absent.</summary>
    public static string? Header(IRequestMessage request, string name) =>
        request.Headers!
            .Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
            .Select(h => string.Join(",", h.Value))
            .SingleOrDefault();

    public static string? Header(ILogEntry entry, string name) => Header(entry.RequestMessage, name);

    public void Dispose()
    {
        Client.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
