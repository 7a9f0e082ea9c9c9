using System.Text.Json.Nodes;
using HmsSdk.Tests.Infrastructure;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace HmsSdk.Tests.Analytics;

/// <summary>A WireMock server plus a client pointed at it (base <c>{server}/v2</c>).</summary>
internal sealed class AnalyticsWire : IDisposable
{
    public AnalyticsWire()
    {
        Server = WireMockServer.Start();
        var options = TestClients.Options(new RecordingHandler(), configure: o =>
        {
            o.HttpMessageHandler = null;
            o.BaseUri = new Uri(Server.Url + "/v2");
        });
        Client = new HmsClient(options, _ => null);
    }

    public WireMockServer Server { get; }

    public HmsClient Client { get; }

    public IAnalyticsService Analytics => Client.Analytics;

    public IReadOnlyList<ILogEntry> Entries => Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).ToList();

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with a JSON body.</summary>
    public void Reply(string method, string path, string body, int status = 200) =>
        Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    /// <summary>Answers a GET whose <paramref name="param"/> query value is <paramref name="value"/> (null: absent).</summary>
    public void ReplyWhen(string path, string param, string? value, string body) =>
        Server.Given(Request.Create().WithPath(path).UsingGet()
                .WithParam(query => value is null
                    ? !query.ContainsKey(param)
                    : query.TryGetValue(param, out var values) && values.Count == 1 && values[0] == value))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

    /// <summary>The raw query string as sent, without the leading <c>?</c>.</summary>
    public static string Query(ILogEntry entry) => (entry.RequestMessage.RawQuery ?? string.Empty).TrimStart('?');

    public static bool JsonEquals(string? actual, string expected) =>
        JsonNode.DeepEquals(JsonNode.Parse(actual ?? "null"), JsonNode.Parse(expected));

    public void Dispose()
    {
        Client.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}

/// <summary>A client over an in-memory handler, for checks that no request is made.</summary>
internal sealed class OfflineAnalytics : IDisposable
{
    public OfflineAnalytics()
    {
        Handler = new RecordingHandler();
        Client = TestClients.Create(Handler);
    }

    public RecordingHandler Handler { get; }

    public HmsClient Client { get; }

    public IAnalyticsService Analytics => Client.Analytics;

    public void Dispose() => Client.Dispose();
}
