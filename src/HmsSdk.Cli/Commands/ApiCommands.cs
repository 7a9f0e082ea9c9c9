using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using HmsSdk.Cli.Output;

namespace HmsSdk.Cli.Commands;

/// <summary><c>hms api get|post PATH</c>: any REST endpoint through the SDK's authenticated, retrying pipeline.</summary>
internal static class ApiCommands
{
    public static Command Build(GlobalOptions global)
    {
        var api = CommandKit.Command("api", "Call any REST API v2 endpoint; prints the response JSON (indented, or one line with --json).",
            "hms api get /rooms --query enabled=true", "hms api post /rooms --data '{\"name\":\"standup\"}'");
        api.Add(Get(global));
        api.Add(Post(global));
        return api;
    }

    private static Command Get(GlobalOptions global)
    {
        var path = Path();
        var query = Parsers.Pairs("--query", "A query parameter name=value (repeatable).", headerNames: false);
        var command = CommandKit.Command("get", "GET a path relative to /v2.", "hms api get /sessions --query room_id=6650a1b2c3d4e5f6a7b8c9d0 --query active=true");
        command.Add(path);
        command.Add(query);
        command.SetClientAction(global, async (result, client, output, ct) =>
        {
            var parameters = new HmsQuery();
            foreach (var (name, value) in result.GetValue(query) ?? [])
            {
                parameters = parameters.Add(name, value);
            }

            Print(global, output, await client.Api.GetAsync(result.GetValue(path)!, parameters, cancellationToken: ct).ConfigureAwait(false));
        });
        return command;
    }

    private static Command Post(GlobalOptions global)
    {
        var path = Path();
        var data = new Option<string?>("--data", "-d") { Description = "The JSON body, or @file to read it from a file (@- for stdin)." };
        var command = CommandKit.Command("post", "POST a JSON body to a path relative to /v2.",
            "hms api post /rooms --data '{\"name\":\"standup\",\"description\":\"daily\"}'", "hms api post /rooms/6650a1b2c3d4e5f6a7b8c9d0 -d @room.json");
        command.Add(path);
        command.Add(data);
        command.SetClientAction(global, async (result, client, output, ct) =>
        {
            JsonElement? body = null;
            if (result.GetValue(data) is { } text)
            {
                body = ParseBody(text);
            }

            Print(global, output, await client.Api.PostAsync(result.GetValue(path)!, body, cancellationToken: ct).ConfigureAwait(false));
        });
        return command;
    }

    private static Argument<string> Path()
    {
        var path = CommandKit.Id("path", "A path relative to /v2, e.g. /rooms or rooms/<id>.");
        path.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (value.Contains("://", StringComparison.Ordinal) || value.Contains('?', StringComparison.Ordinal))
            {
                result.AddError("<path>: give a path relative to /v2 without a query (use --query name=value), not a full URL");
            }
        });
        return path;
    }

    private static JsonElement ParseBody(string text)
    {
        string json;
        if (text.StartsWith('@'))
        {
            var file = text[1..];
            try
            {
                json = file == "-" ? Console.In.ReadToEnd() : File.ReadAllText(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliUsageException($"--data: cannot read {file}: {ex.Message}", ex);
            }
        }
        else
        {
            json = text;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"--data: not valid JSON: {ex.Message}", ex);
        }
    }

    private static void Print(GlobalOptions global, CliOutput output, JsonElement response)
    {
        if (output.Json)
        {
            global.Context.Output.WriteLine(response.ValueKind == JsonValueKind.Undefined ? "null" : response.GetRawText());
            return;
        }

        if (response.ValueKind == JsonValueKind.Undefined)
        {
            global.Context.Output.WriteLine("(no content)");
            return;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            response.WriteTo(writer);
        }

        global.Context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
