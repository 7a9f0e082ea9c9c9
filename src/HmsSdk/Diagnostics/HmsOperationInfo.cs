using System.Net.Http;

namespace HmsSdk;

/// <summary>What diagnostics need to know about a request; Http implements it, so Diagnostics never depends on Http.</summary>
internal interface IHmsOperation
{
    string Operation { get; }

    HttpMethod Method { get; }

    string PathTemplate { get; }
}

/// <summary>What diagnostics need to know about a response.</summary>
internal interface IHmsOperationResult
{
    int StatusCode { get; }

    bool IsSuccessStatusCode { get; }

    string? RequestId { get; }

    int Attempts { get; }

    /// <summary>The body with secrets redacted, for trace logging.</summary>
    string RedactedBody { get; }
}
