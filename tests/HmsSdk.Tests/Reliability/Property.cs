using System.Globalization;
using System.Text;
using CsCheck;

namespace HmsSdk.Tests.Reliability;

/// <summary>
/// Runs a CsCheck generator from a fixed seed for a bounded number of iterations, so every run sees the same inputs
/// (reproducible failures, predictable run time). The failing input is printed with escapes.
/// </summary>
internal static class Property
{
    public static void ForAll<T>(Gen<T> gen, ulong seed, int iterations, Action<T> assert)
    {
        var pcg = new PCG(7, seed);
        for (var i = 0; i < iterations; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                assert(value);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"Falsified at iteration {i} (seed {seed}) by {Show(value)}: {ex.Message}", ex);
            }
        }
    }

    public static async Task ForAllAsync<T>(Gen<T> gen, ulong seed, int iterations, Func<T, Task> assert)
    {
        var pcg = new PCG(7, seed);
        for (var i = 0; i < iterations; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                await assert(value);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"Falsified at iteration {i} (seed {seed}) by {Show(value)}: {ex.Message}", ex);
            }
        }
    }

    /// <summary>Prints a value with every non-printable or non-ASCII char as <c>\uXXXX</c>.</summary>
    public static string Show(object? value)
    {
        if (value is null)
        {
            return "null";
        }

        var text = value is string s ? s : value is System.Collections.IEnumerable e ? string.Join(" | ", e.Cast<object?>().Select(Show)) : value.ToString() ?? string.Empty;
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and <= '~' ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Hostile id material: unicode, dot segments, slashes, escapes, query and fragment marks, CR/LF, blanks, lone surrogates.</summary>
    public static Gen<string> HostileIds { get; } = Gen.Frequency<string>(
        (1, Gen.OneOf<string>("", " ", "\t", "\r\n", "\u00A0", "\u3000 ", ".", "..")),
        (9, Gen.OneOf<string>(
                Gen.String[Gen.Char['a', 'z'], 1, 6],
                Gen.String[Gen.Char['0', '9'], 1, 4],
                Gen.OneOf<string>("..", ".", "/", "../", "./", "%2F", "%2f", "%", "%25", "?", "#", "&", "=", "+", ";", "\\", "\r", "\n", "\r\n", " ", "\t",
                    "\0", "%00", "\u00A0", "\u2028", "\u3000", "名前", "é", "e\u0301", "\U0001F600", "\uFEFF", "\uD800", "\uDFFF", "~", "@", ":", "[", "]", "!", "$", "'", "(", ")", "*", ","),
                Gen.String[Gen.Char['\u0080', '\uD7FF'], 1, 3])
            .Array[1, 6]
            .Select(parts => string.Concat(parts))));

    /// <summary>Well-formed text for JSON payloads (no lone surrogates: the wire is UTF-8).</summary>
    public static Gen<string> JsonText { get; } = Gen.OneOf<string>(
            Gen.String[Gen.Char[' ', '~'], 0, 8],
            Gen.OneOf<string>("", "\"", "\\", "\n", "名前", "\U0001F600", "null", "{}", "unknown_value", "RUNNING", "Running"),
            Gen.String[Gen.Char['\u0080', '\uD7FF'], 0, 4])
        .Array[1, 3]
        .Select(parts => string.Concat(parts));
}
