using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace HmsSdk.Tests.Conventions;

/// <summary>"Wholesome" reflection tests over the public surface, in the spirit of Stripe's and Octokit's.</summary>
public class PublicApiConventionTests
{
    private static readonly Assembly Sdk = typeof(HmsClient).Assembly;

    private static readonly Type[] PublicTypes = Sdk.GetExportedTypes();

    private static IEnumerable<Type> ServiceInterfaces =>
        typeof(IHmsClient).GetProperties().Select(p => p.PropertyType).Where(t => t.IsInterface);

    private static IEnumerable<MethodInfo> PublicMethods =>
        PublicTypes.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName);

    private static bool IsAsyncShape(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask) ||
        (type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(Task<>) || d == typeof(ValueTask<>) || d == typeof(IAsyncEnumerable<>))) ||
        IsPageable(type);

    private static bool IsPageable(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(HmsAsyncPageable<>);

    [Fact]
    public void Every_async_method_ends_in_Async_and_takes_a_cancellation_token_last()
    {
        var offenders = new List<string>();
        foreach (var method in PublicMethods.Where(m => IsAsyncShape(m.ReturnType)))
        {
            if (method.DeclaringType!.IsSubclassOf(typeof(System.Text.Json.Serialization.JsonConverter)) || method.Name is "GetAsyncEnumerator" or "AsPages" or "FromPages")
            {
                continue;
            }

            var parameters = method.GetParameters();
            if (!method.Name.EndsWith("Async", StringComparison.Ordinal))
            {
                offenders.Add($"{method.DeclaringType!.Name}.{method.Name}: name does not end in Async");
            }

            if (parameters.Length == 0 || parameters[^1].ParameterType != typeof(CancellationToken) || !parameters[^1].HasDefaultValue)
            {
                offenders.Add($"{method.DeclaringType!.Name}.{method.Name}: CancellationToken cancellationToken = default is not last");
            }
        }

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Methods_named_Async_return_a_task_or_an_async_sequence()
    {
        PublicMethods.Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Where(m => !IsAsyncShape(m.ReturnType))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name} returns {m.ReturnType.Name}")
            .Should().BeEmpty();
    }

    [Fact]
    public void Service_operations_accept_request_options_before_the_token()
    {
        var offenders = ServiceInterfaces.Where(i => i != typeof(IAuthService))
            .SelectMany(i => i.GetMethods())
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Where(m =>
            {
                var p = m.GetParameters();
                return p.Length < 2 || p[^2].ParameterType != typeof(HmsRequestOptions);
            })
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Every_service_has_an_interface_with_the_same_members_and_the_client_exposes_it()
    {
        foreach (var property in typeof(IHmsClient).GetProperties())
        {
            var contract = property.PropertyType;
            contract.IsInterface.Should().BeTrue(property.Name);
            var implementation = Sdk.GetTypes().Single(t => t.IsClass && !t.IsAbstract && contract.IsAssignableFrom(t) && t.Name == contract.Name[1..]);
            implementation.IsPublic.Should().BeFalse($"{implementation.Name} is reached through {contract.Name}; users never construct it");
            var publicInstance = implementation.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName).Select(Signature).OrderBy(s => s).ToList();
            var declared = contract.GetMethods().Select(Signature).OrderBy(s => s).ToList();
            publicInstance.Should().BeEquivalentTo(declared, $"{implementation.Name} must expose exactly the members of {contract.Name}");
            typeof(HmsClient).GetProperty(property.Name)!.GetGetMethod()!.IsVirtual.Should().BeTrue($"HmsClient.{property.Name} is virtual for mocking");
        }
    }

    [Fact]
    public void Plumbing_is_internal_converters_and_list_envelopes()
    {
        PublicTypes.Where(t => typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(t)).Should().BeEmpty("JSON converters are attached by attribute, never used directly");
        PublicTypes.Select(t => t.Name).Should().NotContain(new[] { "HmsListResponse`1", "HmsEventListResponse`1" }, "list envelopes are read by the pagers only");
    }

    [Fact]
    public void Response_models_are_init_only_except_their_additional_properties()
    {
        // Templates and polls are read-modify-write models (get, change, update), so they keep setters.
        var unwrap = new[] { typeof(Task<>), typeof(HmsAsyncPageable<>), typeof(StopAllResult<>), typeof(IReadOnlyList<>), typeof(IReadOnlyDictionary<,>) };
        var returned = typeof(IHmsClient).GetProperties()
            .SelectMany(p => p.PropertyType.GetMethods())
            .SelectMany(m => Unwrap(m.ReturnType))
            .Where(t => t.Assembly == Sdk && t.IsClass && t.Namespace == "HmsSdk"
                && !t.Name.StartsWith("Template", StringComparison.Ordinal) && !t.Name.StartsWith("Poll", StringComparison.Ordinal) && t != typeof(RecordingConfig))
            .Distinct()
            .ToList();
        returned.Should().Contain(new[] { typeof(Room), typeof(Session), typeof(Recording), typeof(LiveStream) });

        var settable = returned
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter
                && x.Property.Name != "AdditionalProperties"
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .ToList();
        settable.Should().BeEmpty("response models are built with object initializers and never change afterwards (docs/architecture.md)");

        IEnumerable<Type> Unwrap(Type type)
        {
            if (type.IsGenericType && unwrap.Contains(type.GetGenericTypeDefinition()))
            {
                return type.GetGenericArguments().SelectMany(Unwrap);
            }

            return new[] { type };
        }
    }

    private static string Signature(MethodInfo m) =>
        $"{m.ReturnType} {m.Name}({string.Join(",", m.GetParameters().Select(p => p.ParameterType.ToString()))})";

    [Fact]
    public void Every_json_property_name_is_explicit_and_snake_case_except_template_bodies()
    {
        var snake = new Regex("^_?[a-z0-9]+(_[a-z0-9]+)*$");
        var camel = new Regex("^_?[a-z][a-zA-Z0-9]*$");
        var offenders = new List<string>();
        foreach (var type in PublicTypes.Where(IsModel))
        {
            var camelCaseAllowed = type.Namespace?.Contains("Template", StringComparison.Ordinal) == true || type.Name.StartsWith("Template", StringComparison.Ordinal) || IsTemplateModel(type);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<JsonExtensionDataAttribute>() is not null || property.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
                {
                    continue;
                }

                var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
                if (name is null)
                {
                    offenders.Add($"{type.Name}.{property.Name}: no [JsonPropertyName]");
                }
                else if (!snake.IsMatch(name) && !(camelCaseAllowed && camel.IsMatch(name)) && !DocumentedOddNames.Contains(name))
                {
                    offenders.Add($"{type.Name}.{property.Name}: '{name}'");
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    // Keys the 100ms docs spell this way on the wire (webhook.md: the deprecated "URL" of recording.success).
    private static readonly HashSet<string> DocumentedOddNames = new(StringComparer.Ordinal) { "URL" };

    // Template (policy) bodies are camelCase on the wire; their models live in the Templates folder/namespace.
    private static bool IsTemplateModel(Type type) =>
        TemplateModelNamespaceFiles.Value.Contains(type.FullName!);

    private static readonly Lazy<HashSet<string>> TemplateModelNamespaceFiles = new(() =>
    {
        var contexts = Sdk.GetTypes().Where(t => t.IsSubclassOf(typeof(JsonSerializerContext)) && t.Name.StartsWith("Templates", StringComparison.Ordinal));
        return contexts.SelectMany(RegisteredTypes).Select(t => t.FullName!).ToHashSet();
    });

    private static bool IsModel(Type type) =>
        type.IsClass && !type.IsAbstract && type.GetProperties().Any(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null || p.GetCustomAttribute<JsonExtensionDataAttribute>() is not null);

    [Fact]
    public void Response_models_keep_unknown_fields()
    {
        PublicTypes.Where(IsModel)
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .Where(t => t.GetProperties().All(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is null))
            .Select(t => t.FullName)
            .Should().BeEmpty();
    }

    [Fact]
    public void No_public_System_Enum_stands_for_a_server_value_set()
    {
        // Server value sets are extensible structs; the only enums allowed are SDK-side switches listed here.
        var allowed = new HashSet<string> { "HmsWebhookVerificationFailure" }; // why a local verification failed: SDK-defined, closed set
        PublicTypes.Where(t => t.IsEnum && !allowed.Contains(t.Name)).Select(t => t.FullName).Should().BeEmpty();
    }

    [Fact]
    public void Every_extensible_enum_tolerates_unknown_values_and_compares_case_insensitively()
    {
        // The converter attribute also drives src/HmsSdk.Generators, which writes each enum's equality and conversions.
        var enums = PublicTypes.Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<JsonConverterAttribute>() is { } a &&
                                           a.ConverterType == typeof(Serialization.ExtensibleEnumJsonConverter<>).MakeGenericType(t)).ToList();
        enums.Should().HaveCountGreaterThanOrEqualTo(39, "every server value set is an extensible enum");
        foreach (var type in enums)
        {
            Activator.CreateInstance(type)!.Should().Be(type.GetConstructor(new[] { typeof(string) })!.Invoke(new object[] { string.Empty }), $"{type.Name}: default equals the empty value, as ToString shows it");
            var ctor = type.GetConstructor(new[] { typeof(string) });
            ctor.Should().NotBeNull($"{type.Name} needs a public string constructor");
            var unknown = ctor!.Invoke(new object[] { "Some-Future-Value" });
            unknown.ToString().Should().Be("Some-Future-Value");
            ctor.Invoke(new object[] { "some-future-value" }).Should().Be(unknown, $"{type.Name} equality is case-insensitive");
            var converter = (System.Text.Json.Serialization.JsonConverter)Activator.CreateInstance(type.GetCustomAttribute<JsonConverterAttribute>()!.ConverterType!)!;
            var options = new JsonSerializerOptions();
            options.Converters.Add(converter);
            JsonSerializer.Deserialize("\"brand-new\"", type, options)!.ToString().Should().Be("brand-new");
            type.GetMethod("op_Implicit", new[] { typeof(string) }).Should().NotBeNull($"{type.Name} converts from string");
        }
    }

    [Fact]
    public void Every_public_model_is_registered_in_a_source_generated_context()
    {
        var registered = Sdk.GetTypes().Where(t => t.IsSubclassOf(typeof(JsonSerializerContext))).SelectMany(RegisteredTypes).ToHashSet();
        // Typed webhook events are assembled from the registered envelope and data types, not deserialized whole.
        PublicTypes.Where(IsModel)
            .Where(t => !t.IsGenericTypeDefinition && !registered.Contains(t) && !t.IsSubclassOf(typeof(HmsSdk.Webhooks.HmsWebhookEvent)))
            .Select(t => t.FullName)
            .Should().BeEmpty();
    }

    private static IEnumerable<Type> RegisteredTypes(Type context)
    {
        var instance = (JsonSerializerContext)context.GetProperty("Default", BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
        return context.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .SelectMany(root => Walk(root, instance));
    }

    // A context registers every type reachable from its [JsonSerializable] roots.
    private static IEnumerable<Type> Walk(Type root, JsonSerializerContext context)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(new[] { root });
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type))
            {
                continue;
            }

            JsonTypeInfo? info;
            try
            {
                info = context.GetTypeInfo(type);
            }
            catch (NotSupportedException)
            {
                info = null;
            }

            if (info is null)
            {
                continue;
            }

            yield return type;
            if (info.ElementType is { } element)
            {
                queue.Enqueue(element);
            }

            if (info.KeyType is { } key)
            {
                queue.Enqueue(key);
            }

            foreach (var property in info.Properties)
            {
                queue.Enqueue(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            }
        }
    }

    [Fact]
    public void Public_async_methods_are_not_async_void_and_the_library_never_blocks_on_tasks()
    {
        PublicMethods.Where(m => m.ReturnType == typeof(void) && m.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Should().BeEmpty();
    }

    [Fact]
    public void The_library_never_writes_HttpClient_DefaultRequestHeaders_or_BaseAddress()
    {
        var sourceRoot = FindRepositoryRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(sourceRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("DefaultRequestHeaders", StringComparison.Ordinal) || Regex.IsMatch(text, @"\.BaseAddress\s*=")))
            .ToList();

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Library_awaits_use_ConfigureAwait_false()
    {
        var sourceRoot = Path.Combine(FindRepositoryRoot(), "src", "HmsSdk");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (!line.TrimStart().StartsWith("//", StringComparison.Ordinal) && Regex.IsMatch(line, @"\bawait\s+(?!foreach|using)") && !line.Contains("ConfigureAwait(false)", StringComparison.Ordinal) &&
                    !(i + 1 < lines.Length && lines[i + 1].TrimStart().StartsWith(".ConfigureAwait(false)", StringComparison.Ordinal)) &&
                    !Regex.IsMatch(string.Join(" ", lines.Skip(i).Take(4)), @"ConfigureAwait\(false\)"))
                {
                    offenders.Add($"{Path.GetFileName(file)}:{i + 1}: {line.Trim()}");
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    internal static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HmsSdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("HmsSdk.sln not found above the test output folder.");
    }
}
