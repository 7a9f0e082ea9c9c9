namespace HmsSdk.Webhooks;

/// <summary>Which webhook check failed.</summary>
public enum HmsWebhookVerificationFailure
{
    /// <summary>Nothing failed.</summary>
    None = 0,

    /// <summary>A configured secret header was not in the request.</summary>
    MissingHeader,

    /// <summary>A configured secret header had a different value.</summary>
    HeaderMismatch,

    /// <summary>Source-address checking is on but the sender's address is unknown.</summary>
    MissingSourceAddress,

    /// <summary>The sender's address is not on the allow-list.</summary>
    SourceAddressNotAllowed,
}

/// <summary>The outcome of <see cref="HmsWebhook.Verify(System.Func{string, string?}, HmsWebhookOptions, System.Net.IPAddress?)"/>.</summary>
public sealed class HmsWebhookVerificationResult
{
    private HmsWebhookVerificationResult(HmsWebhookVerificationFailure failure, string? headerName, string message)
    {
        Failure = failure;
        HeaderName = headerName;
        Message = message;
    }

    /// <summary>A successful result.</summary>
    public static HmsWebhookVerificationResult Success { get; } =
        new(HmsWebhookVerificationFailure.None, null, "The webhook request passed verification.");

    /// <summary><see langword="true"/> when every configured check passed.</summary>
    public bool IsValid => Failure == HmsWebhookVerificationFailure.None;

    /// <summary>Which check failed, or <see cref="HmsWebhookVerificationFailure.None"/>.</summary>
    public HmsWebhookVerificationFailure Failure { get; }

    /// <summary>The header that failed, for header failures. Header names are not secret; values never appear here.</summary>
    public string? HeaderName { get; }

    /// <summary>A description safe to log: it never contains a header value.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;

    internal static HmsWebhookVerificationResult Fail(HmsWebhookVerificationFailure failure, string? headerName, string message) =>
        new(failure, headerName, message);
}
