using System;
using System.Net.Http;

namespace HmsSdk.Http;

/// <summary>Everything the pipeline needs, resolved and validated once per client.</summary>
internal sealed class PipelineSettings
{
    /// <summary>
    /// Sends the requests: the injected <see cref="System.Net.Http.HttpClient"/> (used as an HttpClient), or an
    /// <see cref="HttpMessageInvoker"/> over the SDK's own handler (no per-request linked token source).
    /// </summary>
    public required HttpMessageInvoker Transport { get; init; }

    public required string BaseUri { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    public required HmsRetryOptions Retry { get; init; }

    public required string UserAgent { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(180);

    public int MaxResponseBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>The client's default for list read-ahead (<see cref="HmsClientOptions.PageReadAhead"/>).</summary>
    public bool PageReadAhead { get; init; } = true;

    /// <summary>Returns the management token; <c>staleToken</c> non-null asks for a token other than the one that was rejected.</summary>
    public required Func<string?, string> ManagementToken { get; init; }

    public HmsDiagnostics Diagnostics { get; init; } = HmsDiagnostics.Disabled;

    public ClientLifetime Lifetime { get; init; } = new();
}

