using System;
using System.Collections.Generic;

namespace HmsSdk;

/// <summary>Per-call overrides, accepted by every operation as its optional <c>requestOptions</c> argument.</summary>
public sealed class HmsRequestOptions
{
    /// <summary>Extra headers to send with this call. <c>Authorization</c> and <c>User-Agent</c> cannot be overridden.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Overrides the client's per-attempt timeout for this call.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Overrides the client's maximum number of retries for this call (0 turns retries off).</summary>
    public int? MaxRetries { get; set; }

    /// <summary>
    /// Called with the final HTTP response of the call (after retries), success or failure, to read its status,
    /// headers, request id and body. For paged operations it is called once per page (read-ahead pages too, when they
    /// arrive), and setting it keeps each page's body in <see cref="HmsPage{T}.RawResponse"/>.
    /// </summary>
    public Action<HmsResponse>? OnResponse { get; set; }

    /// <summary>
    /// For list calls: whether the pager requests page n+1 while you consume page n; null (default) uses
    /// <see cref="HmsClientOptions.PageReadAhead"/>. Ignored by calls that are not lists.
    /// </summary>
    public bool? PageReadAhead { get; set; }
}
