using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using HmsSdk.Paging;
using HmsSdk.Serialization;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Reliability;

/// <summary>One case of the bad-input sweep and what happened.</summary>
/// <param name="Surface">HmsSdk, HmsSdk.AspNetCore or HmsSdk.Testing.</param>
/// <param name="Member">The public member called, e.g. <c>Rooms.CreateAsync</c>.</param>
/// <param name="Target">What received the value: a parameter (<c>roomId</c>) or an option (<c>options.Limit</c>).</param>
/// <param name="TargetKind">The declaring type and member, e.g. <c>CreateRoomOptions.Limit</c>, for the docs.</param>
/// <param name="Value">The hostile value's label.</param>
/// <param name="Outcome">"rejected: ArgumentException", "sent intact", "accepted (documented)"...</param>
/// <param name="Hole">Why the case breaks the rule, or null.</param>
internal sealed record SweepResult(string Surface, string Member, string Target, string TargetKind, string Value, string Outcome, string? Hole)
{
    public bool Accepted => !Outcome.StartsWith("rejected", StringComparison.Ordinal);

    public override string ToString() => $"{Member} {Target} = {Value}: {Outcome}{(Hole is null ? string.Empty : " -- HOLE: " + Hole)}";
}

/// <summary>What a call did with a hostile value: the exception, the requests on the wire, and what it returned.</summary>
internal sealed record CallOutcome(Exception? Error, IReadOnlyList<RecordedRequest> Sent, object? Result);

/// <summary>
/// The reflection-driven sweep of #13: every public method of every service interface on <see cref="IHmsClient"/>,
/// every settable property of every options type those methods take (nested too), <see cref="HmsRequestOptions"/>,
/// every pager's <c>AsPages</c>, the client's constructors, options and environment variables. Each hostile value must
/// end in an <see cref="ArgumentException"/> naming the parameter (and the option path) before any request, or reach
/// the wire intact when it is a valid value.
/// </summary>
internal static class BadInputSweep
{
    private const string Surface = "HmsSdk";

    private const int MaxEchoedRun = 64;
    private static readonly NullabilityInfoContext NullabilityContext = new();

    /// <summary>Values that are accepted although the wire does not show them verbatim, each with the documented reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> DocumentedValid = new Dictionary<string, string>
    {
        ["AuthTokenOptions.ValidFor = TimeSpan.Zero"] = "means the 24 h default (documented on the property)",
        ["ManagementTokenOptions.ValidFor = TimeSpan.Zero"] = "means the 24 h default (documented on the property)",
        ["AuthTokenOptions.UserId = \"\""] = "omits the user_id claim, as the Node SDK does (documented on the property)",
        ["UpdatePeerOptions.Metadata = \"\""] = "clears the peer's metadata (documented on the property)",
        ["SendMessageOptions.Role = \"\""] = "no role filter: the docs' example body sends it (active-rooms/send-message.mdx)",
        ["RemovePeersOptions.Reason = \"\""] = "the docs' example body sends an empty reason (active-rooms/remove-peers.mdx)",
        ["StartSipCallOptions.UserId = \"\""] = "the SIP how-to's outbound-call body sends an empty user_id",
        ["TemplateRole.MaxPeerCount = -1"] = "the API's own value for no limit (returned in templates)",
        ["HMS_ENV = \"\""] = "an empty HMS_ENV means unset: production (documented on HmsClient.EnvironmentVariable)",
        ["HMS_ENV = \" \""] = "values are trimmed; blank means unset: production (documented on HmsClient.EnvironmentVariable)",
        ["FakeHmsApiOptions.Seed = -1"] = "any int is a seed, as for System.Random (documented on the property)",
        ["FakeFault.Status(body) = \"\""] = "an error status with an empty body is a gateway fault worth simulating (documented on the parameter)",
        ["FakeFault.Status(body) = \" \""] = "an error status with a blank body is a gateway fault worth simulating (documented on the parameter)",
        ["fault.WithHeader(value) = \"\""] = "an empty header value is valid HTTP and a malformed Retry-After worth simulating (documented on the parameter)",
        ["fault.WithHeader(value) = \" \""] = "a blank header value is valid HTTP and a malformed Retry-After worth simulating (documented on the parameter)",
        ["fake.Peers.Join(metadata) = \"\""] = "no metadata, as null: what the API reports for a peer without metadata (documented on the parameter)",
    };

    private static readonly Lazy<Task<IReadOnlyList<SweepResult>>> Cached = new(RunCoreAsync);

    public static Task<IReadOnlyList<SweepResult>> RunAsync() => Cached.Value;

    private static async Task<IReadOnlyList<SweepResult>> RunCoreAsync()
    {
        var results = new List<SweepResult>();
        foreach (var service in typeof(IHmsClient).GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            foreach (var method in PublicMethods(service.PropertyType))
            {
                await SweepMethodAsync(service, method, results);
            }
        }

        await SweepClientAsync(results);
        results.AddRange(await BadInputSurfaceSweep.RunAsync());
        return results;
    }

    /// <summary>The markdown docs/reliability.md carries between its bad-input markers, generated from the sweep's results.</summary>
    public static string RenderMarkdown(IReadOnlyList<SweepResult> results)
    {
        var builder = new StringBuilder();
        var surfaces = results.Select(r => r.Surface).Distinct().ToList();
        var holes = results.Count(r => r.Hole is not null);
        builder.Append(CultureInvariant($"{results.Count:N0} cases over {results.Select(r => r.Surface + r.Member).Distinct().Count()} members ({string.Join(", ", surfaces)}): "))
            .Append(CultureInvariant($"{holes} holes.\n\n"));
        builder.Append("| Hostile value | Cases | Refused with ArgumentException (or subclass) | Accepted and sent intact (or stored, for the fake) | Accepted as documented |\n");
        builder.Append("|---|---|---|---|---|\n");
        foreach (var group in results.GroupBy(r => r.Value))
        {
            var refused = group.Count(r => !r.Accepted);
            var intact = group.Count(r => r.Outcome is "sent intact" or "accepted");
            var documented = group.Count(r => r.Outcome.StartsWith("accepted (", StringComparison.Ordinal));
            builder.Append(CultureInvariant($"| {Cell(group.Key)} | {group.Count()} | {refused} | {intact} | {documented} |\n"));
        }

        builder.Append("\nValid values that reach the wire intact (path segment, query value, JSON body, header or token claim), by member:\n\n");
        foreach (var group in results.Where(r => r.Outcome == "sent intact").GroupBy(r => r.Value))
        {
            var kinds = group.Select(r => r.TargetKind).Distinct().OrderBy(k => k, StringComparer.Ordinal);
            builder.Append("- ").Append(Cell(group.Key)).Append(": ").Append(string.Join(", ", kinds.Select(k => "`" + k + "`"))).Append('\n');
        }

        builder.Append("\nHmsSdk.AspNetCore and HmsSdk.Testing members send nothing; their accepted values are stored as given. ")
            .Append("Each HmsSdk.Testing case runs on a fresh fake holding a room with a connected peer (an open session), a room code, ")
            .Append("a poll and a recording, so benign arguments name things that exist and an unknown id is refused like any other mistake.\n");

        builder.Append("\nAccepted as documented although the wire does not show the value verbatim:\n\n");
        foreach (var group in results.Where(r => r.Outcome.StartsWith("accepted (", StringComparison.Ordinal)).GroupBy(r => r.TargetKind + " = " + r.Value))
        {
            builder.Append("- `").Append(group.Key.Replace("`", "'", StringComparison.Ordinal)).Append("`: ").Append(group.First().Outcome["accepted (".Length..^1]).Append('\n');
        }

        return builder.ToString();
    }

    private static string CultureInvariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Every public method of an interface (and the interfaces it extends), in a stable order.</summary>
    internal static IEnumerable<MethodInfo> PublicMethods(Type type) =>
        type.GetMethods().Concat(type.GetInterfaces().SelectMany(i => i.GetMethods()))
            .Where(m => !m.IsSpecialName)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => m.GetParameters().Length)
            .ThenBy(m => string.Join(",", m.GetParameters().Select(p => p.ParameterType.Name)), StringComparer.Ordinal);

    private static string MemberName(PropertyInfo service, MethodInfo method)
    {
        var overloads = PublicMethods(service.PropertyType).Where(m => m.Name == method.Name).ToList();
        var suffix = overloads.Count > 1 ? "(" + string.Join(", ", method.GetParameters().Select(p => p.Name)) + ")" : string.Empty;
        return $"{service.Name}.{method.Name}{(method.IsGenericMethodDefinition ? "<T>" : string.Empty)}{suffix}";
    }

    private static async Task SweepMethodAsync(PropertyInfo service, MethodInfo declared, List<SweepResult> results)
    {
        var method = declared.IsGenericMethodDefinition
            ? declared.MakeGenericMethod(declared.GetGenericArguments().Select(_ => typeof(JsonElement)).ToArray())
            : declared;
        var member = MemberName(service, declared);
        var parameters = method.GetParameters();

        // The baseline must reach the wire, or every case below would be rejected for the wrong reason.
        var baseline = await InvokeAsync(service, method, BaselineArguments(member, parameters));
        if (baseline.Sent.Count == 0 && !IsLocal(service))
        {
            results.Add(new(Surface, member, "(baseline)", "(baseline)", "benign values", "no request", $"benign arguments sent nothing: {baseline.Error?.GetType().Name} {baseline.Error?.Message}"));
            return;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (IsPlumbing(parameter.ParameterType))
            {
                continue;
            }

            var nullable = BadInputValues.IsNullable(parameter);
            foreach (var value in BadInputValues.For(parameter.ParameterType, nullable))
            {
                var arguments = BaselineArguments(member, parameters);
                arguments[i] = value.Value;
                var outcome = await InvokeAsync(service, method, arguments);
                results.Add(Classify(member, parameter.Name!, parameter.Name!, $"{member}({parameter.Name})", value, nullable, outcome, local: IsLocal(service)));
            }

            if (IsOptionsType(parameter.ParameterType))
            {
                foreach (var path in PropertyPaths(parameter.ParameterType, parameter.Name!, new List<PropertyInfo>(), 0))
                {
                    await SweepPropertyAsync(service, method, member, parameters, i, path, results);
                }
            }
        }

        if (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(HmsAsyncPageable<>))
        {
            await SweepPagerAsync(service, method, member, parameters, results);
        }
    }

    private static async Task SweepPropertyAsync(PropertyInfo service, MethodInfo method, string member, ParameterInfo[] parameters, int index, PropertyChain path, List<SweepResult> results)
    {
        var property = path.Chain[^1];
        var nullable = BadInputValues.IsNullable(property);
        var values = path.IsHeaders ? HeaderValues() : BadInputValues.For(property.PropertyType, nullable);
        foreach (var value in values)
        {
            var arguments = BaselineArguments(member, parameters);
            Exception? setterError = null;
            try
            {
                arguments[index] = path.Apply(arguments[index] ?? CreateInstance(parameters[index].ParameterType), value);
            }
            catch (Exception ex)
            {
                setterError = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            }

            var outcome = setterError is not null
                ? new CallOutcome(setterError, Array.Empty<RecordedRequest>(), null)
                : await InvokeAsync(service, method, arguments);
            var kind = path.IsHeaders ? $"HmsRequestOptions.Headers ({path.HeaderPart})" : $"{property.DeclaringType!.Name}.{property.Name}";
            var expectedParam = setterError is not null ? property.Name : parameters[index].Name!;
            results.Add(Classify(member, path.Text, expectedParam, kind, value, nullable || path.IsHeaders, outcome, local: IsLocal(service)));
        }
    }

    private static async Task SweepPagerAsync(PropertyInfo service, MethodInfo method, string member, ParameterInfo[] parameters, List<SweepResult> results)
    {
        var pagerMember = member + " → AsPages";
        foreach (var value in BadInputValues.Strings().Where(v => v.Kind != HostileKind.Null))
        {
            var outcome = await InvokeAsync(service, method, BaselineArguments(member, parameters), continuationToken: (string?)value.Value);
            results.Add(Classify(pagerMember, "continuationToken", "continuationToken", "AsPages(continuationToken)", value, nullable: true, outcome, local: false));
        }

        foreach (var value in BadInputValues.For(typeof(int?), nullable: true).Where(v => v.Kind != HostileKind.Null))
        {
            var outcome = await InvokeAsync(service, method, BaselineArguments(member, parameters), pageSizeHint: (int?)value.Value);
            results.Add(Classify(pagerMember, "pageSizeHint", "pageSizeHint", "AsPages(pageSizeHint)", value, nullable: true, outcome, local: false));
        }
    }

    private static IEnumerable<HostileValue> HeaderValues() =>
        BadInputValues.Strings().Select(v => v with { Label = "name " + v.Label })
            .Concat(BadInputValues.Strings().Select(v => v with { Label = "value " + v.Label }))
            .Append(new HostileValue("name \"Bad Name\" (space)", "Bad Name", HostileKind.WhiteSpace))
            .Append(new HostileValue("name \"X:Y\" (colon)", "X:Y", HostileKind.LineBreak));

    /// <summary>Decides whether a case held the rule; a non-null <see cref="SweepResult.Hole"/> fails the sweep.</summary>
    internal static SweepResult Classify(string member, string target, string expectedParam, string kind, HostileValue value, bool nullable, CallOutcome outcome, bool local)
    {
        var error = outcome.Error;
        var sent = outcome.Sent.Count > 0 || (local && error is null);
        if (error is ArgumentException argument && !sent)
        {
            string? hole = null;
            if (argument.ParamName != expectedParam)
            {
                hole = $"ParamName is '{argument.ParamName}', expected '{expectedParam}' ({argument.Message})";
            }
            else if (target != expectedParam && !argument.Message.Contains(target, StringComparison.Ordinal) && !argument.Message.Contains(target.Split('.')[^1].Split(' ')[0], StringComparison.Ordinal))
            {
                hole = $"the message does not name {target}: {argument.Message}";
            }
            else if (argument.Message.Contains(new string('x', MaxEchoedRun), StringComparison.Ordinal))
            {
                hole = $"the message echoes {argument.Message.Length:N0} characters of input";
            }
            else if (value.Kind is HostileKind.LineBreak or HostileKind.Nul && value.Value is string raw && argument.Message.Contains(raw, StringComparison.Ordinal))
            {
                hole = "the message carries a raw line break or NUL from the input";
            }
            else if (value.Kind is HostileKind.Empty or HostileKind.WhiteSpace && WordingFor(argument.Message) is { } wording)
            {
                hole = wording;
            }

            return new(Surface, member, target, kind, value.Label, "rejected: " + argument.GetType().Name, hole);
        }

        if (!sent)
        {
            return new(Surface, member, target, kind, value.Label, "failed", $"{error?.GetType().Name ?? "nothing"} before any request: {Short(error?.Message)}");
        }

        if (error is ArgumentException late)
        {
            return new(Surface, member, target, kind, value.Label, "failed", $"ArgumentException after a request was sent: {Short(late.Message)}");
        }

        if (DocumentedValid.TryGetValue($"{kind} = {value.Label}", out var reason))
        {
            return new(Surface, member, target, kind, value.Label, "accepted (" + reason + ")", null);
        }

        var mustReject = MustReject(target, kind, value, nullable);
        if (mustReject is not null)
        {
            return new(Surface, member, target, kind, value.Label, "sent", mustReject + " but it was accepted");
        }

        if (local && outcome.Result is null && outcome.Sent.Count == 0)
        {
            // Seeding and configuration members send nothing: accepting a value that is not a mistake is all they can do.
            return new(Surface, member, target, kind, value.Label, "accepted", null);
        }

        var intact = IsIntact(kind, target, value, outcome, out var detail);
        return new(Surface, member, target, kind, value.Label, intact ? "sent intact" : "sent altered", intact ? null : $"accepted but not intact on the wire: {detail}");
    }

    /// <summary>One wording for one mistake (#13.3): blank text is always "cannot be empty or whitespace".</summary>
    private static string? WordingFor(string message)
    {
        // Mistakes of another kind that a blank value also makes: a missing credential, a header name that is not a token.
        string[] otherMistakes = { "cannot be empty or whitespace", "cannot be whitespace; use null or \"\"", "Please provide access key", "not an HTTP token", "must be an app token", "DTMF" };
        return otherMistakes.Any(m => message.Contains(m, StringComparison.Ordinal)) ? null : "blank text is not reported as 'cannot be empty or whitespace': " + message;
    }

    /// <summary>The rule for values no endpoint documents as valid.</summary>
    private static string? MustReject(string target, string kind, HostileValue value, bool nullable)
    {
        switch (value.Kind)
        {
            case HostileKind.Null when !nullable:
                return "null for a non-nullable member";
            case HostileKind.Empty or HostileKind.WhiteSpace or HostileKind.LoneSurrogate:
                return "blank or malformed text";
            case HostileKind.Negative:
                return "a negative value";
            case HostileKind.NullElement or HostileKind.BlankElement:
                return "a null or blank entry";
        }

        if (kind.StartsWith("HmsRequestOptions.Headers", StringComparison.Ordinal) && value.Kind is HostileKind.LineBreak or HostileKind.Nul or HostileKind.Huge && value.Label.StartsWith("name", StringComparison.Ordinal))
        {
            return "a header name that is not an HTTP token";
        }

        if (kind.StartsWith("HmsRequestOptions.Headers", StringComparison.Ordinal) && value.Kind is HostileKind.LineBreak or HostileKind.Nul)
        {
            return "a line break or NUL in a header";
        }

        if (kind == "HmsRequestOptions.Timeout" && value.Kind is HostileKind.Zero or HostileKind.Max)
        {
            return "a zero or unrepresentable timeout";
        }

        if (kind == "HmsRequestOptions.MaxRetries" && value.Kind is HostileKind.Max)
        {
            return "more than 20 retries";
        }

        if (target == "pageSizeHint" && value.Kind is HostileKind.Zero or HostileKind.Max)
        {
            return "a page size outside the endpoint's range";
        }

        return null;
    }

    /// <summary>Behaviour-only options (timeouts, retries, secrets): accepted means the call went out.</summary>
    private static bool IsBehavioural(string kind) =>
        kind is "HmsRequestOptions.Timeout" or "HmsRequestOptions.MaxRetries" or "HmsRequestOptions.OnResponse" ||
        kind.StartsWith("HmsClientOptions.", StringComparison.Ordinal) && kind is not ("HmsClientOptions.AccessKey" or "HmsClientOptions.UserAgentSuffix") ||
        kind.StartsWith("HmsRetryOptions.", StringComparison.Ordinal) || kind.StartsWith("HmsClient(", StringComparison.Ordinal) && kind.Contains("secret", StringComparison.Ordinal) ||
        kind == "HMS_SECRET";

    private static bool IsIntact(string kind, string target, HostileValue value, CallOutcome outcome, out string detail)
    {
        detail = string.Empty;
        if (value.Value is null || value.Kind is HostileKind.EmptyCollection || IsBehavioural(kind))
        {
            return true;
        }

        var wire = WireView.From(outcome);
        if (value.Value is string text)
        {
            var probe = target.Contains("Headers", StringComparison.Ordinal) && value.Label.StartsWith("name", StringComparison.Ordinal)
                ? wire.HeaderNames
                : wire.Strings;
            detail = Short(string.Join(" | ", wire.Strings.Take(12)));
            return probe.Contains(text);
        }

        detail = Short(wire.Text);
        return BadInputValues.WireForms(value.Value).Any(form => wire.Text.Contains(form, StringComparison.Ordinal));
    }

    internal static string Short(string? text) => text is null ? string.Empty : text.Length <= 200 ? text : text[..200] + "…";

    private static bool IsLocal(PropertyInfo service) => service.PropertyType == typeof(IAuthService);

    private static bool IsPlumbing(Type type) =>
        type == typeof(CancellationToken) || type == typeof(HmsRequestOptions) ||
        (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>));

    /// <summary>A class the caller builds and the sweep descends into: ours, concrete, with settable properties.</summary>
    internal static bool IsOptionsType(Type type) =>
        type.IsClass && !type.IsAbstract && type.Namespace?.StartsWith("HmsSdk", StringComparison.Ordinal) == true &&
        type.GetProperties().Any(p => p.SetMethod?.IsPublic == true || IsHeaders(p));

    private static bool IsHeaders(PropertyInfo property) =>
        property.DeclaringType == typeof(HmsRequestOptions) && property.Name == nameof(HmsRequestOptions.Headers);

    /// <summary>Every settable property reachable from <paramref name="type"/>, depth-first, nested options included.</summary>
    internal static IEnumerable<PropertyChain> PropertyPaths(Type type, string prefix, List<PropertyInfo> chain, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var next = new List<PropertyInfo>(chain) { property };
            if (IsHeaders(property))
            {
                yield return new PropertyChain(prefix + "." + property.Name, next.ToArray(), HeaderPart: "name");
                continue;
            }

            if (property.SetMethod?.IsPublic != true)
            {
                continue;
            }

            yield return new PropertyChain(prefix + "." + property.Name, next.ToArray());
            if (depth < 3 && IsOptionsType(property.PropertyType) && !chain.Any(p => p.PropertyType == property.PropertyType))
            {
                foreach (var nested in PropertyPaths(property.PropertyType, prefix + "." + property.Name, next, depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>Calls <paramref name="method"/> on a fresh client; for a pager, reads the first page.</summary>
    internal static async Task<CallOutcome> InvokeAsync(PropertyInfo service, MethodInfo method, object?[] arguments, string? continuationToken = null, int? pageSizeHint = null)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 0);
        object? result = null;
        Exception? error = null;
        try
        {
            result = method.Invoke(service.GetValue(client), arguments);
            if (result is Task task)
            {
                await task;
                result = task.GetType().GetProperty("Result")?.GetValue(task);
            }
            else if (result is not null && method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(HmsAsyncPageable<>))
            {
                var item = method.ReturnType.GetGenericArguments()[0];
                var pageType = typeof(HmsPage<>).MakeGenericType(item);
                var asPages = method.ReturnType.GetMethod(nameof(HmsAsyncPageable<object>.AsPages))!;
                var pages = asPages.Invoke(result, new object?[] { continuationToken, pageSizeHint })!;
                var enumerable = typeof(IAsyncEnumerable<>).MakeGenericType(pageType);
                var enumerator = enumerable.GetMethod("GetAsyncEnumerator")!.Invoke(pages, new object?[] { CancellationToken.None })!;
                try
                {
                    await (ValueTask<bool>)typeof(IAsyncEnumerator<>).MakeGenericType(pageType).GetMethod("MoveNextAsync")!.Invoke(enumerator, null)!;
                }
                finally
                {
                    await ((IAsyncDisposable)enumerator).DisposeAsync();
                }
            }
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            error = ex.InnerException;
        }
        catch (Exception ex)
        {
            error = ex;
        }

        return new CallOutcome(error, handler.Requests, result);
    }

    /// <summary>Benign values for every parameter; a call with them reaches the wire.</summary>
    internal static object?[] BaselineArguments(string member, ParameterInfo[] parameters) =>
        parameters.Select(p => BaselineFor(member, p.Name!, p.ParameterType, p.HasDefaultValue, p.HasDefaultValue ? p.DefaultValue : null)).ToArray();

    private static object? BaselineFor(string member, string name, Type type, bool hasDefault, object? defaultValue)
    {
        if (type == typeof(string))
        {
            return BaselineStrings.TryGetValue(member + "." + name, out var specific) ? specific
                : BaselineStrings.TryGetValue(name, out var general) ? general
                : hasDefault ? defaultValue : "probe-" + name;
        }

        if (type == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        if (type == typeof(HttpMethod))
        {
            return HttpMethod.Get;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>))
        {
            return CommonJsonContext.Default.JsonElement;
        }

        if (BaselineObjects.TryGetValue(member + "." + name, out var factory))
        {
            return factory();
        }

        if (hasDefault)
        {
            return defaultValue is DBNull ? null : defaultValue;
        }

        if (IsOptionsType(type))
        {
            return CreateInstance(type);
        }

        if (type == typeof(int))
        {
            return 1;
        }

        if (type == typeof(JsonElement))
        {
            return JsonDocument.Parse("{\"probe\":\"body\"}").RootElement.Clone();
        }

        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }

    /// <summary>Builds a valid instance of an options type: the public constructor with the fewest parameters, required members filled.</summary>
    internal static object CreateInstance(Type type)
    {
        if (BaselineObjects.TryGetValue(type.Name, out var factory))
        {
            return factory();
        }

        var constructor = type.GetConstructors().OrderBy(c => c.GetParameters().Length).First();
        var instance = constructor.Invoke(constructor.GetParameters().Select(p => BaselineFor(type.Name, p.Name!, p.ParameterType, p.HasDefaultValue, p.DefaultValue)).ToArray());
        foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<RequiredMemberAttribute>() is not null || p.CustomAttributes.Any(a => a.AttributeType.Name == "RequiredMemberAttribute")))
        {
            if (property.GetValue(instance) is null)
            {
                property.SetValue(instance, BaselineFor(type.Name, property.Name, property.PropertyType, false, null));
            }
        }

        return instance;
    }

    /// <summary>Parameter values that must have a shape (a path, a URL) for the baseline to be valid.</summary>
    private static readonly Dictionary<string, string> BaselineStrings = new(StringComparer.Ordinal)
    {
        ["path"] = "/probe/path",
        ["appToken"] = "probe.app.token",
    };

    /// <summary>Options whose baseline needs fields set; keyed by type name or "Member.parameter".</summary>
    private static readonly Dictionary<string, Func<object>> BaselineObjects = new(StringComparer.Ordinal)
    {
        ["RemovePeersOptions"] = () => RemovePeersOptions.ByPeerId("probe-peer"),
        ["SendMessageOptions"] = () => new SendMessageOptions { Message = "probe-message" },
        ["UpdatePeerOptions"] = () => new UpdatePeerOptions { Name = "probe-name" },
        ["StartExternalStreamOptions"] = () => new StartExternalStreamOptions { RtmpUrls = new List<string> { "rtmp://probe.example/live" } },
        ["TimedMetadataOptions"] = () => new TimedMetadataOptions { Payload = "probe-payload", Duration = TimeSpan.FromSeconds(5) },
        ["CreatePollOptions"] = () => new CreatePollOptions { Title = "probe-title" },
        ["UpdatePollOptions"] = () => new UpdatePollOptions { Title = "probe-title" },
        ["StartSipCallOptions"] = () => new StartSipCallOptions { To = "+15550100", RoomCode = "probe-code", TrunkId = "probe-trunk" },
        ["RoomRecordingUploadInfo"] = () => new RoomRecordingUploadInfo { Type = RoomRecordingUploadType.S3, Location = "probe-bucket" },
        ["UpdateTemplateOptions"] = () => new UpdateTemplateOptions
        {
            Roles = new Dictionary<string, TemplateRole> { ["host"] = new TemplateRole() },
            Settings = new TemplateSettings(),
            Destinations = new TemplateDestinations(),
        },
        ["Sip.SendDtmfAsync.digits"] = () => new List<string> { "1" },
        ["Templates.ConfigureRecordingsAsync.recordingConfigs"] = () => new List<RecordingConfig> { new() { Name = "probe-recording", Role = "host" } },
    };

    /// <summary>Client-level sweep: constructors, every <see cref="HmsClientOptions"/> property and the environment variables.</summary>
    private static async Task SweepClientAsync(List<SweepResult> results)
    {
        foreach (var path in PropertyPaths(typeof(HmsClientOptions), "options", new List<PropertyInfo>(), 0))
        {
            var property = path.Chain[^1];
            var nullable = BadInputValues.IsNullable(property);
            foreach (var value in BadInputValues.For(property.PropertyType, nullable))
            {
                var handler = new RecordingHandler();
                var options = TestClients.Options(handler, configure: o => o.Retry.MaxRetries = 0);
                Exception? setterError = null;
                try
                {
                    path.Apply(options, value);
                }
                catch (Exception ex)
                {
                    setterError = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
                }

                if (options.HttpMessageHandler is null && options.HttpClient is null)
                {
                    // Null means the shared SocketsHttpHandler; the sweep keeps its requests in memory all the same.
                    options.HttpClient = new HttpClient(handler);
                }

                var outcome = setterError is not null ? new CallOutcome(setterError, Array.Empty<RecordedRequest>(), null) : await CallWithAsync(options, null, handler);
                var kind = $"{property.DeclaringType!.Name}.{property.Name}";
                // A missing credential falls back to its variable and is reported under it (the message names both).
                var expected = value.Kind is HostileKind.Null or HostileKind.Empty && kind is "HmsClientOptions.AccessKey" or "HmsClientOptions.Secret"
                    ? (kind.EndsWith("AccessKey", StringComparison.Ordinal) ? HmsClient.AccessKeyVariable : HmsClient.SecretVariable)
                    : "options";
                results.Add(Classify("new HmsClient(options)", path.Text, expected, kind, value, nullable, outcome, local: false));
            }
        }

        foreach (var variable in new[] { HmsClient.AccessKeyVariable, HmsClient.SecretVariable, HmsClient.EnvironmentVariable })
        {
            foreach (var value in BadInputValues.Strings().Where(v => v.Kind != HostileKind.Null))
            {
                var handler = new RecordingHandler();
                var options = TestClients.Options(handler, configure: o => o.Retry.MaxRetries = 0);
                options.AccessKey = null;
                options.Secret = null;
                options.BaseUri = null;
                var environment = new Dictionary<string, string?>
                {
                    [HmsClient.AccessKeyVariable] = TestClients.AccessKey,
                    [HmsClient.SecretVariable] = TestClients.Secret,
                    [variable] = (string?)value.Value,
                };
                var outcome = await CallWithAsync(options, environment, handler);
                results.Add(Classify("HmsClient.FromEnvironment()", variable, variable, variable, value, nullable: true, outcome, local: false));
            }
        }
    }

    /// <summary>Builds a client (failing like the constructor would) and makes one call through it.</summary>
    private static async Task<CallOutcome> CallWithAsync(HmsClientOptions options, IReadOnlyDictionary<string, string?>? environment, RecordingHandler handler)
    {
        try
        {
            using var client = new HmsClient(options, name => environment is not null && environment.TryGetValue(name, out var v) ? v : null);
            try
            {
                await client.Rooms.GetAsync("probe-room");
            }
            catch (HmsException)
            {
                // The response does not matter; the request went out.
            }

            return new CallOutcome(null, handler.Requests, null);
        }
        catch (Exception ex)
        {
            return new CallOutcome(ex, handler.Requests, null);
        }
    }

    /// <summary>The path from a parameter to one (possibly nested) property, and how to set a hostile value there.</summary>
    internal sealed record PropertyChain(string Text, PropertyInfo[] Chain, string? HeaderPart = null)
    {
        public bool IsHeaders => HeaderPart is not null;

        /// <summary>Sets <paramref name="value"/> at the end of the chain, creating parents; returns the root.</summary>
        public object Apply(object root, HostileValue value)
        {
            var target = root;
            for (var i = 0; i < Chain.Length - 1; i++)
            {
                var child = Chain[i].GetValue(target);
                if (child is null)
                {
                    child = CreateInstance(Chain[i].PropertyType);
                    Chain[i].SetValue(target, child);
                }

                target = child;
            }

            var last = Chain[^1];
            if (IsHeaders)
            {
                var headers = (IDictionary<string, string>)last.GetValue(target)!;
                var text = (string?)value.Value;
                if (value.Label.StartsWith("name", StringComparison.Ordinal))
                {
                    headers[text!] = "probe-value";
                }
                else
                {
                    headers["X-Probe"] = text!;
                }

                return root;
            }

            last.SetValue(target, value.Value);
            return root;
        }
    }

    /// <summary>Everything a request (or a minted token) put on the wire, decoded.</summary>
    private sealed class WireView
    {
        public HashSet<string> Strings { get; } = new(StringComparer.Ordinal);

        public HashSet<string> HeaderNames { get; } = new(StringComparer.OrdinalIgnoreCase);

        public string Text { get; private set; } = string.Empty;

        public static WireView From(CallOutcome outcome)
        {
            var view = new WireView();
            var text = new StringBuilder();
            foreach (var request in outcome.Sent)
            {
                foreach (var segment in request.Uri.GetComponents(UriComponents.Path, UriFormat.UriEscaped).Split('/'))
                {
                    view.Strings.Add(Uri.UnescapeDataString(segment));
                    text.Append(Uri.UnescapeDataString(segment)).Append('\n');
                }

                var query = request.Uri.GetComponents(UriComponents.Query, UriFormat.UriEscaped);
                foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
                {
                    var equals = part.IndexOf('=', StringComparison.Ordinal);
                    var key = equals < 0 ? part : part[..equals];
                    var value = equals < 0 ? string.Empty : part[(equals + 1)..];
                    view.Strings.Add(Uri.UnescapeDataString(key));
                    view.Strings.Add(Uri.UnescapeDataString(value));
                    text.Append(Uri.UnescapeDataString(value)).Append('\n');
                }

                foreach (var header in request.Headers)
                {
                    view.HeaderNames.Add(header.Key);
                    view.Strings.Add(header.Value);
                    if (header.Key.Equals("User-Agent", StringComparison.OrdinalIgnoreCase) && header.Value.LastIndexOf(' ') is var space and > 0)
                    {
                        view.Strings.Add(header.Value[(space + 1)..]); // the suffix is the last product
                    }

                    if (header.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase) && header.Value.StartsWith("Bearer ", StringComparison.Ordinal))
                    {
                        var bearer = header.Value["Bearer ".Length..];
                        view.Strings.Add(bearer);
                        if (bearer.Split('.') is { Length: 3 } parts)
                        {
                            view.AddJson(DecodeBase64Url(parts[1]));
                        }
                    }
                }

                if (!string.IsNullOrEmpty(request.Body))
                {
                    text.Append(request.Body).Append('\n');
                    view.AddJson(request.Body);
                }
            }

            var token = outcome.Result switch
            {
                AuthToken auth => auth.Token,
                ManagementToken management => management.Token,
                _ => null,
            };
            if (token is not null)
            {
                var json = DecodeBase64Url(token.Split('.')[1]);
                text.Append(json);
                view.AddJson(json);
            }

            view.Text = text.ToString();
            return view;
        }

        private static string DecodeBase64Url(string part)
        {
            var payload = part.Replace('-', '+').Replace('_', '/');
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=')));
            }
            catch (FormatException)
            {
                return string.Empty;
            }
        }

        private void AddJson(string json)
        {
            JsonNode? root;
            try
            {
                root = JsonNode.Parse(json);
            }
            catch (JsonException)
            {
                return;
            }

            var stack = new Stack<JsonNode?>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                switch (stack.Pop())
                {
                    case JsonObject obj:
                        foreach (var pair in obj)
                        {
                            Strings.Add(pair.Key);
                            stack.Push(pair.Value);
                        }

                        break;
                    case JsonArray array:
                        foreach (var item in array)
                        {
                            stack.Push(item);
                        }

                        break;
                    case JsonValue value when value.TryGetValue<string>(out var s):
                        Strings.Add(s);
                        break;
                }
            }
        }
    }
}
