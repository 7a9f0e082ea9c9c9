using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using HmsSdk.Cli.Output;

namespace HmsSdk.Cli.Commands;

/// <summary>The options every command accepts (declared once on the root, recursive), and the client they configure.</summary>
internal sealed class GlobalOptions
{
    public const string AccessKeyVariable = "HMS_ACCESS_KEY";
    public const string SecretVariable = "HMS_SECRET";
    public const string EnvironmentVariable = "HMS_ENV";
    public const string BaseUrlVariable = "HMS_BASE_URL";

    public GlobalOptions(CliContext context) => Context = context;

    public CliContext Context { get; }

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Machine output: one JSON object per line (lists are JSON lines), stable field names.",
        Recursive = true,
    };

    public Option<string?> AccessKey { get; } = new("--access-key")
    {
        Description = "App access key [env: HMS_ACCESS_KEY].",
        Recursive = true,
    };

    public Option<string?> Secret { get; } = new("--secret")
    {
        Description = "App secret [env: HMS_SECRET]. Prefer the variable: flags end up in shell history.",
        Recursive = true,
    };

    public Option<string?> Environment { get; } = new("--env")
    {
        Description = "API environment: prod or nonprod [env: HMS_ENV; default prod].",
        Recursive = true,
    };

    public Option<Uri?> BaseUrl { get; } = new("--base-url")
    {
        Description = "API base URL ending in /v2, e.g. the one `hms fake serve` prints [env: HMS_BASE_URL]. Overrides --env.",
        Recursive = true,
        CustomParser = ParseBaseUrl,
    };

    public void AddTo(RootCommand root)
    {
        root.Add(Json);
        root.Add(AccessKey);
        root.Add(Secret);
        root.Add(Environment);
        root.Add(BaseUrl);
    }

    public CliOutput Output(ParseResult result) => new(Context, result.GetValue(Json));

    /// <summary>Resolves the credentials (flag, then variable); missing ones are a usage error naming both.</summary>
    public (string AccessKey, string Secret) Credentials(ParseResult result)
    {
        var key = FirstNonEmpty(result.GetValue(AccessKey), Context.GetEnvironmentVariable(AccessKeyVariable))
            ?? throw new CliUsageException("missing access key: pass --access-key or set HMS_ACCESS_KEY");
        var secret = FirstNonEmpty(result.GetValue(Secret), Context.GetEnvironmentVariable(SecretVariable))
            ?? throw new CliUsageException("missing secret: pass --secret or set HMS_SECRET");
        return (key, secret);
    }

    /// <summary>Creates the SDK client for this invocation; the caller disposes it.</summary>
    public HmsClient CreateClient(ParseResult result)
    {
        var (key, secret) = Credentials(result);
        var options = new HmsClientOptions
        {
            AccessKey = key,
            Secret = secret,
            BaseUri = ResolveBaseUri(result),
            TimeProvider = Context.TimeProvider,
            UserAgentSuffix = "hms-cli/" + typeof(GlobalOptions).Assembly.GetName().Version?.ToString(3),
        };
        if (Context.HttpMessageHandler is not null)
        {
            options.HttpMessageHandler = Context.HttpMessageHandler;
        }

        return new HmsClient(options);
    }

    // Flags beat variables: --base-url, then --env, then HMS_BASE_URL, then HMS_ENV, then production.
    private Uri ResolveBaseUri(ParseResult result)
    {
        var environmentFlag = FirstNonEmpty(result.GetValue(Environment));
        var environmentFromFlag = environmentFlag is null ? null : EnvironmentUri(environmentFlag, "--env");
        if (result.GetValue(BaseUrl) is { } flag)
        {
            return flag;
        }

        if (environmentFromFlag is not null)
        {
            return environmentFromFlag;
        }

        if (FirstNonEmpty(Context.GetEnvironmentVariable(BaseUrlVariable)) is { } variable)
        {
            return TryBaseUrl(variable, out var uri, out var error) ? uri : throw new CliUsageException($"{BaseUrlVariable}: {error}");
        }

        return FirstNonEmpty(Context.GetEnvironmentVariable(EnvironmentVariable)) is { } fromVariable
            ? EnvironmentUri(fromVariable, EnvironmentVariable)
            : HmsEnvironment.Production;
    }

    private static Uri EnvironmentUri(string value, string source) => value.Trim().ToLowerInvariant() switch
    {
        "prod" or "production" => HmsEnvironment.Production,
        "nonprod" or "non-prod" => HmsEnvironment.NonProduction,
        _ => throw new CliUsageException($"{source}: '{value}' is not an environment; use prod or nonprod"),
    };

    private static Uri? ParseBaseUrl(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (TryBaseUrl(text, out var uri, out var error))
        {
            return uri;
        }

        result.AddError("--base-url: " + error);
        return null;
    }

    private static bool TryBaseUrl(string text, out Uri uri, out string error)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out uri!) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            error = $"'{text}' is not an absolute http(s) URL such as http://127.0.0.1:4010/v2";
            return false;
        }

        error = string.Empty;
        return true;
    }

    internal static string? FirstNonEmpty(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
