using System.Collections.Generic;

namespace HmsSdk.Cli.Output;

/// <summary>
/// One printed object: ordered snake_case fields. The same row drives the table (a chosen subset of columns) and the
/// JSON line (every field), so the two views cannot drift apart. Values are strings, numbers, booleans, dates,
/// string lists, <see cref="System.Text.Json.JsonElement"/>s, nested rows or row lists.
/// </summary>
internal sealed class Row : List<KeyValuePair<string, object?>>
{
    public void Add(string name, object? value) => Add(new KeyValuePair<string, object?>(name, value));

    public object? this[string name]
    {
        get
        {
            foreach (var pair in this)
            {
                if (pair.Key == name)
                {
                    return pair.Value;
                }
            }

            return null;
        }
    }
}
