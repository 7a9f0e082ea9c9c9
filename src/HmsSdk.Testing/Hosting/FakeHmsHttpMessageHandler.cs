using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Testing.Core;

namespace HmsSdk.Testing.Hosting;

/// <summary>In-memory transport: adapts <see cref="HttpRequestMessage"/> to the shared core. No sockets are opened.</summary>
internal sealed class FakeHmsHttpMessageHandler : HttpMessageHandler
{
    private readonly FakeApiCore _core;
    private readonly string _authAuthority;
    private readonly string _authPath;

    public FakeHmsHttpMessageHandler(FakeApiCore core, Uri authBaseUri)
    {
        _core = core;
        _authAuthority = authBaseUri.GetLeftPart(UriPartial.Authority);
        _authPath = authBaseUri.AbsolutePath.TrimEnd('/');
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        if (!uri.IsAbsoluteUri)
        {
            throw new InvalidOperationException("The fake handler needs absolute request URIs; set HttpClient.BaseAddress to FakeHmsApi.BaseUri.");
        }

        var body = request.Content is null
            ? Array.Empty<byte>()
            : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in request.Headers)
        {
            headers.Add(new(header.Key, string.Join(", ", header.Value)));
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers.Add(new(header.Key, string.Join(", ", header.Value)));
            }
        }

        var fakeRequest = new FakeRequest(request.Method.Method, MapAuthHost(uri), uri.Query, headers, body);
        var response = await _core.HandleAsync(fakeRequest, cancellationToken).ConfigureAwait(false);

        if (response.Transport == TransportBehavior.DropConnection)
        {
            throw new HttpRequestException(
                HttpRequestError.ConnectionError,
                "An error occurred while sending the request.",
                new IOException("Unable to read data from the transport connection: Connection reset by peer.", new SocketException((int)SocketError.ConnectionReset)));
        }

        var message = new HttpResponseMessage((HttpStatusCode)response.StatusCode)
        {
            RequestMessage = request,
            Version = HttpVersion.Version11,
            Content = response.Transport == TransportBehavior.ResetMidBody
                ? new ResettingContent(response.Body, response.BytesBeforeReset)
                : new ByteArrayContent(response.Body),
        };
        if (response.ContentType is not null)
        {
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(response.ContentType);
        }

        message.Content.Headers.ContentLength = response.Body.Length;
        foreach (var (name, value) in response.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    /// <summary>Requests under the auth base URI go to the core's auth-host routes, which live under <c>/auth/v2</c>.</summary>
    private string MapAuthHost(Uri uri)
    {
        var path = uri.AbsolutePath;
        if (string.Equals(uri.GetLeftPart(UriPartial.Authority), _authAuthority, StringComparison.OrdinalIgnoreCase)
            && (path == _authPath || path.StartsWith(_authPath + "/", StringComparison.Ordinal)))
        {
            return "/" + FakeApiCore.AuthPrefix + "/v2" + path.Substring(_authPath.Length);
        }

        return path;
    }

    /// <summary>Content that delivers part of its bytes and then fails like a reset TCP connection.</summary>
    private sealed class ResettingContent : HttpContent
    {
        private readonly byte[] _body;
        private readonly int _bytesBeforeReset;

        public ResettingContent(byte[] body, int bytesBeforeReset)
        {
            _body = body;
            _bytesBeforeReset = bytesBeforeReset;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            await SerializeToStreamAsync(stream, context, CancellationToken.None).ConfigureAwait(false);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(_body.AsMemory(0, _bytesBeforeReset), cancellationToken).ConfigureAwait(false);
            throw new IOException(
                "Unable to read data from the transport connection: Connection reset by peer.",
                new SocketException((int)SocketError.ConnectionReset));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Length;
            return true;
        }
    }
}
