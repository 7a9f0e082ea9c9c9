using System;
using System.Threading;

namespace HmsSdk.Cli;

/// <summary>Turns what a command threw into one line and an exit code. Messages never carry secrets: the SDK redacts them.</summary>
internal static class Errors
{
    public static (string Message, int ExitCode)? Describe(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        CliUsageException usage => (usage.Message, ExitCodes.Usage),
        OperationCanceledException when cancellationToken.IsCancellationRequested => ("interrupted", ExitCodes.Interrupted),
        HmsApiException api => (ApiLine(api), ExitCodes.ApiError),
        HmsException hms => (hms.Message + RequestId(hms.RequestId), ExitCodes.ApiError),
        // The SDK refuses bad input before any request with an ArgumentException naming the parameter.
        ArgumentException argument => (argument.Message, ExitCodes.Usage),
        System.Net.Http.HttpRequestException http => (http.Message, ExitCodes.ApiError),
        System.IO.IOException io => (io.Message, ExitCodes.ApiError),
        _ => null,
    };

    public static string ApiLine(HmsApiException api)
    {
        var message = string.IsNullOrWhiteSpace(api.ErrorMessage) ? api.ReasonPhrase : api.ErrorMessage;
        return $"{api.StatusCode} {message}{RequestId(api.RequestId)}";
    }

    private static string RequestId(string? requestId) => string.IsNullOrEmpty(requestId) ? " (no request id)" : $" (request id {requestId})";
}
