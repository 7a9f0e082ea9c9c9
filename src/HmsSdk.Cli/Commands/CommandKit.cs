using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Cli.Output;

namespace HmsSdk.Cli.Commands;

/// <summary>Small helpers shared by the command groups: descriptions with examples, id arguments, client-backed actions.</summary>
internal static class CommandKit
{
    public static Command Command(string name, string summary, params string[] examples) => new ExampleCommand(name, summary, examples);

    /// <summary>Makes --help print each command's examples after the standard help text.</summary>
    public static void AddExamplesToHelp(RootCommand root, params string[] rootExamples)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                helpOption.Action = new HelpWithExamples(help, rootExamples);
            }
        }
    }

    public static Argument<string> Id(string name, string description)
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (string.IsNullOrWhiteSpace(value))
            {
                result.AddError($"<{name}> must not be empty");
            }
        });
        return argument;
    }

    public static Option<string> RequiredText(string name, string description)
    {
        var option = new Option<string>(name) { Description = description, Required = true };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.Tokens[0].Value))
            {
                result.AddError($"{name} must not be empty");
            }
        });
        return option;
    }

    public static Option<string?> Text(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.Tokens[0].Value))
            {
                result.AddError($"{name} must not be empty");
            }
        });
        return option;
    }

    public static Option<int?> Limit() => Parsers.Positive("--limit", "Stop after this many items (all when omitted).");

    /// <summary>The <c>get</c> command of a resource: one id argument, and the resource printed as one object.</summary>
    public static Command Get<T>(
        GlobalOptions global, string idName, string idDescription, string summary, string example,
        Func<HmsClient, string, CancellationToken, Task<T>> get, Func<T, Row> view)
    {
        var id = Id(idName, idDescription);
        var command = Command("get", summary, example);
        command.Add(id);
        command.SetClientAction(global, async (result, client, output, ct) =>
            output.WriteObject(view(await get(client, result.GetValue(id)!, ct).ConfigureAwait(false))));
        return command;
    }

    /// <summary>Runs <paramref name="body"/> with an SDK client built from the global options; exit code 0 unless it says otherwise.</summary>
    public static void SetClientAction(this Command command, GlobalOptions global, Func<ParseResult, HmsClient, CliOutput, CancellationToken, Task> body)
    {
        command.SetAction(async (result, cancellationToken) =>
        {
            using var client = global.CreateClient(result);
            await body(result, client, global.Output(result), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
    }
}

/// <summary>A command with usage examples for its --help; its description stays one line for the parent's listing.</summary>
internal sealed class ExampleCommand : Command
{
    public ExampleCommand(string name, string summary, string[] examples)
        : base(name, summary) => Examples = examples;

    public string[] Examples { get; }
}

/// <summary>The standard help, then an "Examples:" section.</summary>
internal sealed class HelpWithExamples : SynchronousCommandLineAction
{
    private readonly HelpAction _inner;
    private readonly string[] _rootExamples;

    public HelpWithExamples(HelpAction inner, string[] rootExamples)
    {
        _inner = inner;
        _rootExamples = rootExamples;
    }

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var code = _inner.Invoke(parseResult);
        var examples = parseResult.CommandResult.Command is ExampleCommand command ? command.Examples : _rootExamples;
        if (examples.Length > 0)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        return code;
    }
}
