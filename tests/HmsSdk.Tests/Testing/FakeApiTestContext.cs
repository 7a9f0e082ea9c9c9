using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using HmsSdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HmsSdk.Tests.Testing;

/// <summary>A fake API on a fake clock plus a plain HttpClient (no SDK) that authenticates with a valid management token.</summary>
internal sealed class FakeApiTestContext : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public FakeApiTestContext(Action<FakeHmsApiOptions>? configure = null)
    {
        Time = new FakeTimeProvider(Start);
        var options = new FakeHmsApiOptions { AccessKey = "test-access-key", Secret = "test-secret-that-is-long-enough-0123456789", TimeProvider = Time, Seed = 7 };
        configure?.Invoke(options);
        Fake = new FakeHmsApi(options);
        Http = new HttpClient(Fake.CreateHandler()) { BaseAddress = new Uri(Fake.BaseUri + "/") };
    }

    public FakeTimeProvider Time { get; }

    public FakeHmsApi Fake { get; }

    public HttpClient Http { get; }

    public void Dispose() => Http.Dispose();

    /// <summary>A new room named <paramref name="name"/> with Ana joined as host: live, so jobs can start in it.</summary>
    public (FakeRoom Room, FakePeer Host) RoomWithHost(string name)
    {
        var room = Fake.Rooms.Create(name);
        return (room, Fake.Peers.Join(room.Id, "Ana", "host"));
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? jsonBody = null, string? token = null, CancellationToken cancellationToken = default) =>
        SendAsync(Http, method, path, jsonBody, token ?? Fake.CreateManagementToken(), cancellationToken);

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? jsonBody, string? token, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request, cancellationToken);
    }

    public Task<JsonNode> GetJsonAsync(string path) => JsonAsync(HttpMethod.Get, path);

    public Task<JsonNode> PostJsonAsync(string path, string body = "{}") => JsonAsync(HttpMethod.Post, path, body);

    /// <summary>Sends and asserts a 200 with a JSON body.</summary>
    public async Task<JsonNode> JsonAsync(HttpMethod method, string path, string? body = null)
    {
        using var response = await SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 200)
        {
            throw new Xunit.Sdk.XunitException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonNode.Parse(text)!;
    }

    /// <summary>Sends and returns status plus parsed error body.</summary>
    public async Task<(int Status, JsonObject Body)> ErrorAsync(HttpMethod method, string path, string? body = null, string? token = null)
    {
        using var response = await SendAsync(method, path, body, token);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }
}
