using System;

namespace HmsSdk;

/// <summary>Base type of every error HmsSdk raises for a failed 100ms operation (not for bad arguments).</summary>
public class HmsException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public HmsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the error that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public HmsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The operation that failed, for example <c>Rooms.Create</c>, when known.</summary>
    public string? Operation { get; init; }

    /// <summary>The 100ms request id of the failed call, when the server sent one.</summary>
    public string? RequestId { get; init; }
}

/// <summary>The request never got an HTTP response: DNS, connection refused, reset, TLS and similar failures.</summary>
public class HmsTransportException : HmsException
{
    /// <summary>Creates a transport exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The original transport error, always kept.</param>
    public HmsTransportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>An attempt took longer than the configured timeout. The inner exception is a <see cref="TimeoutException"/>.</summary>
public class HmsTimeoutException : HmsException
{
    /// <summary>Creates a timeout exception.</summary>
    /// <param name="message">What timed out.</param>
    /// <param name="innerException">The underlying timeout.</param>
    public HmsTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The timeout that elapsed.</summary>
    public TimeSpan Timeout { get; init; }
}

/// <summary>The server answered with a success status, but the body could not be read as the expected JSON.</summary>
public class HmsSerializationException : HmsException
{
    /// <summary>Creates a serialization exception.</summary>
    /// <param name="message">What could not be read.</param>
    /// <param name="innerException">The JSON error, if any.</param>
    public HmsSerializationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status of the response.</summary>
    public int StatusCode { get; init; }

    /// <summary>The start of the response body (capped, secrets redacted).</summary>
    public string? ResponseBody { get; init; }
}
