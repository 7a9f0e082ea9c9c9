using System;

namespace HmsSdk;

/// <summary>Argument checks and errors shared by the rooms, sessions, room-codes and stream-keys services.</summary>
internal static class RoomGroupChecks
{
    /// <summary>The smallest page size the API documents for <c>{limit, data, last}</c> lists.</summary>
    public const int MinLimit = 10;

    /// <summary>The largest page size the API documents.</summary>
    public const int MaxLimit = 100;

    /// <summary>Checks a list filter's <c>Limit</c>, reporting the options parameter.</summary>
    public static int? Limit(int? limit, string paramName) => Guard.Limit(limit, MinLimit, MaxLimit, paramName);

    /// <summary>An optional text option: null omits it, but empty or whitespace is a mistake.</summary>
    public static void OptionalText(string? value, string property, string paramName) => Guard.OptionalId(value, paramName, property);

    /// <summary>An optional <c>after</c>/<c>before</c> window must not be inverted.</summary>
    public static void DateWindow(DateTimeOffset? after, DateTimeOffset? before, string paramName)
    {
        if (after is { } a && before is { } b && a > b)
        {
            throw new ArgumentException($"'{paramName}.After' cannot be later than '{paramName}.Before'.", paramName);
        }
    }

    /// <summary>
    /// The typed not-found for a lookup that got 200 with no match, carrying the Node SDK's exact message
    /// so code that matched on the text keeps working.
    /// </summary>
    public static HmsNotFoundException LookupMiss(string operation, HmsResponse response, string message) =>
        new(new HmsErrorDetails
        {
            StatusCode = 404,
            ReasonPhrase = "Not Found",
            ErrorMessage = message,
            Operation = operation,
            RequestId = response.RequestId,
            Method = response.Method,
            RequestUri = response.RequestUri,
        })
        {
            IsLookupMiss = true,
            Operation = operation,
            RequestId = response.RequestId,
        };
}
