using System;
using System.Buffers;
using System.Globalization;
using System.Linq;
using System.Text;

namespace HmsSdk.Testing.Core;

/// <summary>
/// Argument checks of the fake's public seeding, inspection and fault API. The wording matches HmsSdk's own checks
/// (one wording per mistake across the packages); HmsSdk keeps its helpers internal, so the fake, released as a
/// separate package, carries these few. <c>ParamName</c> is the caller's parameter (or <c>options</c>, with the
/// option named in the message), and user input appears only as a short, escaped prefix.
/// </summary>
internal static class FakeGuard
{
    /// <summary>How much of a bad value a message may quote.</summary>
    private const int QuoteLength = 32;

    /// <summary>The longest delay the fake accepts (<see cref="Delay"/>).</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(30);

    private static readonly SearchValues<char> VisibleAscii = SearchValues.Create("\t !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Checks required text: not null, not blank, no unpaired surrogate.</summary>
    public static string Text(string? value, string paramName, string? target = null) =>
        value is null
            ? throw (target is null ? new ArgumentNullException(paramName) : new ArgumentNullException(paramName, $"'{target}' cannot be null."))
            : WellFormed(value, paramName, target);

    /// <summary>Checks optional text: null means "not given", but blank or malformed text is a mistake.</summary>
    public static string? OptionalText(string? value, string paramName) =>
        value is null ? null : WellFormed(value, paramName, null);

    /// <summary>Checks a count, code or number of seconds that cannot be negative.</summary>
    public static int NotNegative(int value, string paramName) =>
        value < 0 ? throw new ArgumentOutOfRangeException(paramName, value, $"'{paramName}' cannot be negative.") : value;

    /// <summary>Checks an announced duration (not a wait) that cannot be negative.</summary>
    public static TimeSpan NotNegative(TimeSpan value, string paramName) =>
        value < TimeSpan.Zero ? throw new ArgumentOutOfRangeException(paramName, value, $"'{paramName}' cannot be negative.") : value;

    /// <summary>
    /// Checks a wait on the fake's clock: 0 to <see cref="MaxDelay"/>. Longer ones are mistakes that would break later, when a
    /// timestamp or <c>Task.Delay</c> (at most about 49.7 days) cannot represent them.
    /// </summary>
    public static TimeSpan Delay(TimeSpan value, string paramName, string? target = null) =>
        value < TimeSpan.Zero || value > MaxDelay
            ? throw new ArgumentOutOfRangeException(paramName, value, string.Format(CultureInfo.InvariantCulture, "'{0}' must be between {1:c} and {2:c}.", target ?? paramName, TimeSpan.Zero, MaxDelay))
            : value;

    /// <summary>Checks a number against an inclusive range.</summary>
    public static int InRange(int value, int min, int max, string paramName) =>
        value < min || value > max
            ? throw new ArgumentOutOfRangeException(paramName, value, string.Format(CultureInfo.InvariantCulture, "'{0}' must be between {1:N0} and {2:N0}.", paramName, min, max))
            : value;

    /// <summary>Returns <paramref name="found"/>, or fails because <paramref name="id"/> names nothing the fake holds.</summary>
    /// <param name="found">The lookup's result.</param>
    /// <param name="what">What was looked up, e.g. <c>room</c>.</param>
    /// <param name="id">The id the caller gave.</param>
    /// <param name="paramName">The caller's parameter.</param>
    public static T Known<T>(T? found, string what, string id, string paramName)
        where T : class =>
        found ?? throw new ArgumentException($"No {what} with id {Quote(id)} exists in this fake; seed it first.", paramName);

    /// <summary>User input for a message: at most <see cref="QuoteLength"/> characters, control and surrogate characters as <c>\uXXXX</c>.</summary>
    public static string Quote(string value)
    {
        var shown = value.AsSpan(0, Math.Min(value.Length, QuoteLength));
        var builder = new StringBuilder(QuoteLength + 24).Append('\'');
        foreach (var c in shown)
        {
            _ = char.IsControl(c) || char.IsSurrogate(c) ? builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : builder.Append(c);
        }

        builder.Append('\'');
        return value.Length > QuoteLength ? builder.Append(CultureInfo.InvariantCulture, $"… ({value.Length:N0} characters)").ToString() : builder.ToString();
    }

    /// <summary>Checks text that may be blank (a raw body): only an unpaired surrogate is a mistake.</summary>
    public static string? Encodable(string? value, string paramName, string? target = null)
    {
        // A lone surrogate has no UTF-8 form: the wire would carry U+FFFD, a different value than the one seeded.
        for (var rest = value.AsSpan(); !rest.IsEmpty;)
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var used) != OperationStatus.Done)
            {
                throw new ArgumentException($"'{target ?? paramName}' contains an unpaired surrogate character.", paramName);
            }

            rest = rest[used..];
        }

        return value;
    }

    /// <summary>Checks an HTTP method or header name: an RFC 9110 token of at most 64 characters.</summary>
    public static string Token(string? value, string paramName)
    {
        const string punctuation = "!#$%&'*+-.^_`|~";
        Text(value, paramName);
        if (value!.Length > 64 || !value.All(c => char.IsAsciiLetterOrDigit(c) || punctuation.Contains(c, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"'{paramName}' is not an HTTP token: {Quote(value)}.", paramName);
        }

        return value;
    }

    /// <summary>Checks a header value a server could send: visible ASCII, spaces and tabs (blank is allowed).</summary>
    public static string HeaderValue(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        var bad = value.AsSpan().IndexOfAnyExcept(VisibleAscii);
        return bad < 0 ? value : throw new ArgumentException($"'{paramName}' can hold only visible ASCII, spaces and tabs; it contains U+{(int)value[bad]:X4}.", paramName);
    }

    private static string WellFormed(string value, string paramName, string? target) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"'{target ?? paramName}' cannot be empty or whitespace.", paramName)
            : Encodable(value, paramName, target)!;
}
