using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace HmsSdk.Cli.Output;

/// <summary>
/// Writes results either as Spectre.Console tables (default) or as stable JSON (<c>--json</c>): one object per line,
/// so lists are JSON lines that stream as pages arrive. Progress is shown only on a terminal in table mode.
/// </summary>
internal sealed class CliOutput
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Stable, readable output: URLs and '+' stay as they are; still valid JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly CliContext _context;
    private IAnsiConsole? _console;

    public CliOutput(CliContext context, bool json)
    {
        _context = context;
        Json = json;
    }

    public bool Json { get; }

    private IAnsiConsole Console => _console ??= CreateConsole();

    /// <summary>Prints one object: a JSON line, or a two-column field/value table.</summary>
    public void WriteObject(Row row)
    {
        if (Json)
        {
            WriteJsonLine(row);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).HideHeaders();
        table.AddColumn("field");
        table.AddColumn("value");
        foreach (var (name, value) in row)
        {
            if (value is null)
            {
                continue;
            }

            table.AddRow(new Text(name), Cell(value, detailed: true));
        }

        Console.Write(table);
    }

    /// <summary>Prints a list: JSON lines as items arrive, or a table (with a live count on a terminal).</summary>
    public async Task<int> WriteListAsync<T>(IAsyncEnumerable<T> items, Func<T, Row> view, IReadOnlyList<string> columns, string noun, int? limit, CancellationToken cancellationToken)
    {
        var count = 0;
        if (Json)
        {
            await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteJsonLine(view(item));
                if (++count == limit)
                {
                    break;
                }
            }

            return count;
        }

        var rows = new List<Row>();
        async Task Collect(Action<int>? progress)
        {
            await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(view(item));
                progress?.Invoke(rows.Count);
                if (rows.Count == limit)
                {
                    break;
                }
            }
        }

        if (_context.IsOutputTerminal)
        {
            await Console.Status().StartAsync($"Fetching {noun}...", status => Collect(n => status.Status($"Fetching {noun}... {n}"))).ConfigureAwait(false);
        }
        else
        {
            await Collect(null).ConfigureAwait(false);
        }

        WriteTable(rows, columns);
        _context.Error.WriteLine(rows.Count == 1 ? $"1 {Singular(noun)}" : $"{rows.Count} {noun}");
        return rows.Count;
    }

    /// <summary>Prints rows already in hand as a table, or as JSON lines.</summary>
    public void WriteRows(IReadOnlyList<Row> rows, IReadOnlyList<string> columns)
    {
        if (Json)
        {
            foreach (var row in rows)
            {
                WriteJsonLine(row);
            }

            return;
        }

        WriteTable(rows, columns);
    }

    /// <summary>A plain line for humans; with --json, the row instead.</summary>
    public void WriteMessage(string text, Row json)
    {
        if (Json)
        {
            WriteJsonLine(json);
        }
        else
        {
            _context.Output.WriteLine(text);
        }
    }

    /// <summary>One streamed record (follow, listen): a JSON line, or the chosen columns on one plain line.</summary>
    public void WriteStreamLine(Row row, IReadOnlyList<string> columns)
    {
        if (Json)
        {
            WriteJsonLine(row);
            return;
        }

        var parts = new string[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            parts[i] = Display(row[columns[i]], detailed: false);
        }

        _context.Output.WriteLine(string.Join("  ", parts));
        _context.Output.Flush();
    }

    public void WriteJsonLine(Row row)
    {
        _context.Output.WriteLine(ToJson(row));
        _context.Output.Flush();
    }

    public static string ToJson(Row row)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteRow(writer, row);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string FormatInstant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private void WriteTable(IReadOnlyList<Row> rows, IReadOnlyList<string> columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(new Text(column.ToUpperInvariant())));
        }

        foreach (var row in rows)
        {
            var cells = new IRenderable[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                cells[i] = Cell(row[columns[i]], detailed: false);
            }

            table.AddRow(cells);
        }

        Console.Write(table);
    }

    private static IRenderable Cell(object? value, bool detailed) => new Text(Display(value, detailed));

    private static string Display(object? value, bool detailed) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "yes" : "no",
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f when value is int or long or double => f.ToString(null, CultureInfo.InvariantCulture),
        JsonElement e => e.GetRawText(),
        IReadOnlyList<string> list => string.Join(", ", list),
        Row nested => ToJson(nested),
        IReadOnlyList<Row> rows => detailed ? string.Join(Environment.NewLine, ConvertAll(rows)) : rows.Count.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static IEnumerable<string> ConvertAll(IReadOnlyList<Row> rows)
    {
        foreach (var row in rows)
        {
            yield return ToJson(row);
        }
    }

    private static void WriteRow(Utf8JsonWriter writer, Row row)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in row)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case DateTimeOffset instant:
                writer.WriteStringValue(FormatInstant(instant));
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case Row nested:
                WriteRow(writer, nested);
                break;
            case IReadOnlyList<Row> rows:
                writer.WriteStartArray();
                foreach (var row in rows)
                {
                    WriteRow(writer, row);
                }

                writer.WriteEndArray();
                break;
            case IReadOnlyList<string> strings:
                writer.WriteStartArray();
                foreach (var item in strings)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                // Extensible enums (RoomRegion, BeamJobStatus, ...) print their wire value.
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    private static string Singular(string noun) => noun.EndsWith('s') ? noun[..^1] : noun;

    private IAnsiConsole CreateConsole()
    {
        var terminal = _context.IsOutputTerminal;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(_context.Output),
        });
        if (!terminal)
        {
            // Redirected output has no width; a wide fixed one keeps ids and dates on one line.
            console.Profile.Width = 200;
        }

        return console;
    }
}
