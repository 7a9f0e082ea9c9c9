using System;

namespace HmsSdk.Webhooks;

// Both types derive from Exception only because HmsSdk.HmsException is not on main yet:
// re-parent each with one line (": Exception" -> ": HmsException"); the constructors already match.

/// <summary>
/// A webhook request failed verification: a configured secret header was missing or wrong, or the sender's
/// address is not on the allow-list. The message names the header, never its expected or received value.
/// </summary>
public class HmsWebhookVerificationException : HmsException
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed; must not contain a secret.</param>
    public HmsWebhookVerificationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed; must not contain a secret.</param>
    /// <param name="innerException">The cause.</param>
    public HmsWebhookVerificationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a failed verification result.</summary>
    /// <param name="result">The failed result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public HmsWebhookVerificationException(HmsWebhookVerificationResult result)
        : base((result ?? throw new ArgumentNullException(nameof(result))).Message)
    {
        Failure = result.Failure;
        HeaderName = result.HeaderName;
    }

    /// <summary>Which check failed.</summary>
    public HmsWebhookVerificationFailure Failure { get; }

    /// <summary>The name of the header that failed, for header failures.</summary>
    public string? HeaderName { get; }
}

/// <summary>
/// A webhook body is not a 100ms event: not JSON, not a JSON object, no <c>type</c>, or a field of a known
/// event type has the wrong JSON shape. The inner exception is the <see cref="System.Text.Json.JsonException"/>, if any.
/// </summary>
public class HmsWebhookFormatException : HmsException
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong with the body.</param>
    public HmsWebhookFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong with the body.</param>
    /// <param name="innerException">The JSON error.</param>
    public HmsWebhookFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
