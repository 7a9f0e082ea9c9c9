using System.Reflection;
using HmsSdk.AspNetCore;
using HmsSdk.Testing;

namespace HmsSdk.Tests.Reliability;

/// <summary>
/// #13.4: the bad-input sweep over HmsSdk.AspNetCore's options (checked where <c>MapHmsWebhooks</c> checks them) and
/// HmsSdk.Testing's public seeding and fault API (every public method of every API object on <see cref="FakeHmsApi"/>,
/// every <see cref="FakeFault"/> factory and every <see cref="FakeHmsApiOptions"/> property), found by reflection.
/// These members send nothing: a hostile value is refused with ArgumentException naming the parameter, or accepted.
/// </summary>
internal static class BadInputSurfaceSweep
{
    /// <summary>Members whose benign call needs state the sweep cannot invent (an existing session, peer or job).</summary>
    public static readonly List<string> NeedsState = new();

    public static IEnumerable<SweepResult> Run()
    {
        NeedsState.Clear();
        var results = new List<SweepResult>();
        SweepReceiverOptions(results);
        SweepFakeOptions(results);
        foreach (var method in typeof(FakeFault).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(FakeFault)).OrderBy(Signature, StringComparer.Ordinal))
        {
            SweepMethod(results, "FakeFault." + method.Name, method, _ => null);
        }

        foreach (var api in typeof(FakeHmsApi).GetProperties().Where(p => p.PropertyType.Namespace == typeof(FakeHmsApi).Namespace && p.PropertyType.IsClass).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            // Task-returning members wait for something to happen (WaitFor...Async); they seed and inject nothing.
            foreach (var method in api.PropertyType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName && !typeof(Task).IsAssignableFrom(m.ReturnType)).OrderBy(Signature, StringComparer.Ordinal))
            {
                SweepMethod(results, $"fake.{api.Name}.{method.Name}", method, fake => api.GetValue(fake));
            }
        }

        return results;
    }

    private static string Signature(MethodInfo method) => method.Name + "(" + string.Join(",", method.GetParameters().Select(p => p.ParameterType.Name)) + ")";

    private static void SweepMethod(List<SweepResult> results, string member, MethodInfo method, Func<FakeHmsApi, object?> target)
    {
        var parameters = method.GetParameters();
        var overloads = method.DeclaringType!.GetMethods().Count(m => m.Name == method.Name);
        if (overloads > 1)
        {
            member += "(" + string.Join(", ", parameters.Select(p => p.Name)) + ")";
        }

        if (Invoke(method, target, Baseline(parameters, null)) is { } baselineError && baselineError is not ArgumentException)
        {
            NeedsState.Add(member);
            return;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (parameter.ParameterType == typeof(CancellationToken))
            {
                continue;
            }

            var nullable = BadInputValues.IsNullable(parameter);
            foreach (var value in BadInputValues.For(parameter.ParameterType, nullable))
            {
                var arguments = Baseline(parameters, null);
                arguments[i] = value.Value;
                var error = Invoke(method, target, arguments);
                results.Add(Classify("HmsSdk.Testing", member, parameter.Name!, parameter.Name!, $"{member}({parameter.Name})", value, nullable, error));
            }
        }
    }

    private static Exception? Invoke(MethodInfo method, Func<FakeHmsApi, object?> target, object?[] arguments)
    {
        var fake = new FakeHmsApi();
        var room = fake.Rooms.Create("probe-room");
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is "probe-roomId")
            {
                arguments[i] = room.Id;
            }
        }

        try
        {
            var result = method.Invoke(target(fake), arguments);
            return null;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            return ex.InnerException is AggregateException { InnerException: { } inner } ? inner : ex.InnerException;
        }
    }

    private static object?[] Baseline(ParameterInfo[] parameters, object? unused) =>
        parameters.Select(p =>
            p.ParameterType == typeof(string) ? (p.HasDefaultValue && p.DefaultValue is null ? null : BaselineString(p.Name!)) :
            p.ParameterType == typeof(FakeFault) ? FakeFault.Status(500) :
            p.ParameterType == typeof(FakeFault[]) ? new[] { FakeFault.Status(500) } :
            p.ParameterType == typeof(int) ? (p.Name is "statusCode" ? 500 : p.HasDefaultValue ? p.DefaultValue : 1) :
            p.ParameterType == typeof(TimeSpan) ? TimeSpan.FromSeconds(1) :
            p.ParameterType == typeof(DateTimeOffset) ? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) :
            p.HasDefaultValue ? (p.DefaultValue is DBNull ? null : p.DefaultValue) :
            p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray();

    private static string BaselineString(string name) => name switch
    {
        "method" => "GET",
        "pathPattern" => "/rooms/*",
        _ when name.EndsWith("Id", StringComparison.Ordinal) && name.StartsWith("room", StringComparison.Ordinal) => "probe-roomId",
        _ => "probe-" + name,
    };

    private static void SweepReceiverOptions(List<SweepResult> results)
    {
        var validate = typeof(HmsWebhookReceiverOptions).GetMethod("Validate", BindingFlags.Instance | BindingFlags.NonPublic)!;
        foreach (var property in typeof(HmsWebhookReceiverOptions).GetProperties().Where(p => p.SetMethod?.IsPublic == true))
        {
            var nullable = BadInputValues.IsNullable(property);
            foreach (var value in BadInputValues.For(property.PropertyType, nullable))
            {
                var options = new HmsWebhookReceiverOptions();
                Exception? error = null;
                try
                {
                    property.SetValue(options, value.Value);
                    validate.Invoke(options, null);
                }
                catch (TargetInvocationException ex)
                {
                    error = ex.InnerException;
                }

                results.Add(Classify("HmsSdk.AspNetCore", "MapHmsWebhooks (HmsWebhookReceiverOptions)", "options." + property.Name, "options", "HmsWebhookReceiverOptions." + property.Name, value, nullable, error));
            }
        }

        foreach (var (label, name, headerValue, kind) in BadInputValues.Strings().Where(v => v.Kind != HostileKind.Null).SelectMany(v => new[]
                 {
                     (v.Label, (string)v.Value!, "secret", "name"),
                     (v.Label, "X-Hms-Secret", (string)v.Value!, "value"),
                 }))
        {
            var options = new HmsWebhookReceiverOptions();
            Exception? error = null;
            try
            {
                options.Verification.RequiredHeaders[name] = headerValue;
                validate.Invoke(options, null);
            }
            catch (TargetInvocationException ex)
            {
                error = ex.InnerException;
            }

            var hostile = BadInputValues.Strings().First(v => v.Label == label);
            results.Add(Classify("HmsSdk.AspNetCore", "MapHmsWebhooks (HmsWebhookReceiverOptions)", "options.Verification.RequiredHeaders", "options", $"HmsWebhookOptions.RequiredHeaders ({kind})", hostile with { Label = kind + " " + label }, nullable: false, error));
        }

        foreach (var method in new[] { typeof(HmsWebhookReceiverOptions).GetMethod(nameof(HmsWebhookReceiverOptions.RequireHeader))! })
        {
            foreach (var parameter in method.GetParameters())
            {
                foreach (var value in BadInputValues.Strings())
                {
                    var arguments = new object?[] { "X-Hms-Secret", "secret" };
                    arguments[parameter.Position] = value.Value;
                    Exception? error = null;
                    try
                    {
                        method.Invoke(new HmsWebhookReceiverOptions(), arguments);
                    }
                    catch (TargetInvocationException ex)
                    {
                        error = ex.InnerException;
                    }

                    results.Add(Classify("HmsSdk.AspNetCore", "HmsWebhookReceiverOptions.RequireHeader", parameter.Name!, parameter.Name!, $"RequireHeader({parameter.Name})", value, nullable: false, error));
                }
            }
        }
    }

    private static void SweepFakeOptions(List<SweepResult> results)
    {
        foreach (var property in typeof(FakeHmsApiOptions).GetProperties().Where(p => p.SetMethod?.IsPublic == true))
        {
            var nullable = BadInputValues.IsNullable(property);
            foreach (var value in BadInputValues.For(property.PropertyType, nullable))
            {
                var options = new FakeHmsApiOptions();
                Exception? error = null;
                try
                {
                    property.SetValue(options, value.Value);
                    _ = new FakeHmsApi(options);
                }
                catch (TargetInvocationException ex)
                {
                    error = ex.InnerException;
                }
                catch (Exception ex)
                {
                    error = ex;
                }

                results.Add(Classify("HmsSdk.Testing", "new FakeHmsApi(options)", "options." + property.Name, "options", "FakeHmsApiOptions." + property.Name, value, nullable, error));
            }
        }
    }

    /// <summary>Nothing here sends a request: refused with the right name, or accepted where the value is not a mistake.</summary>
    private static SweepResult Classify(string surface, string member, string target, string expectedParam, string kind, HostileValue value, bool nullable, Exception? error)
    {
        var local = BadInputSweep.Classify(member, target, expectedParam, kind, value, nullable, new CallOutcome(error, Array.Empty<HmsSdk.Tests.Infrastructure.RecordedRequest>(), null), local: true);
        return local with { Surface = surface, Outcome = local.Outcome == "sent intact" ? "accepted" : local.Outcome };
    }
}
