using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace HmsSdk.Tests.Infrastructure;

/// <summary>A request as the handler saw it, with the body already read.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The escaped path and query exactly as sent on the request line.</summary>
    public string PathAndQuery => Uri.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);
}

/// <summary>
/// An in-memory handler that records every request and answers from a script (then from a default).
/// Thread-safe; tests await <see cref="WaitForRequestsAsync"/> instead of sleeping.
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly SemaphoreSlim _arrivals = new(0);

    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Default { get; set; } =
        (_, _) => Task.FromResult(Json(200, "{}"));

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public bool Disposed { get; private set; }

    public RecordingHandler Enqueue(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> step)
    {
        _script.Enqueue(step);
        return this;
    }

    public RecordingHandler Enqueue(Func<HttpRequestMessage, HttpResponseMessage> step) =>
        Enqueue((request, _) => Task.FromResult(step(request)));

    public RecordingHandler Enqueue(int status, string body = "{}", params (string Name, string Value)[] headers) =>
        Enqueue((_, _) => Task.FromResult(Json(status, body, headers)));

    public RecordingHandler EnqueueException(Exception exception) =>
        Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>Never answers until the request is cancelled (a stalled server).</summary>
    /// <summary>Answers every request that no enqueued step takes with 200 and <paramref name="json"/>.</summary>
    public RecordingHandler AnswerEveryRequestWith(string json)
    {
        Default = (_, _) => Task.FromResult(Json(200, json));
        return this;
    }

    public RecordingHandler EnqueueStall() =>
        Enqueue(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });

    public async Task WaitForRequestsAsync(int count)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // hang guard only
        while (_requests.Count < count)
        {
            await _arrivals.WaitAsync(guard.Token);
        }
    }

    public static HttpResponseMessage Json(int status, string body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            // User-Agent products are space-separated on the wire.
            headers[header.Key] = string.Join(header.Key.Equals("User-Agent", StringComparison.OrdinalIgnoreCase) ? " " : ",", header.Value);
        }

        string? body = null;
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }

            body = await request.Content.ReadAsStringAsync(cancellationToken);
        }

        _requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, headers, body));
        _arrivals.Release();
        var step = _script.TryDequeue(out var next) ? next : Default;
        var response = await step(request, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
