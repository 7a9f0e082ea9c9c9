using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using HmsSdk.AspNetCore;
using HmsSdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HmsSdk.Tests.Reliability;

/// <summary>
/// #13.4: the bad-input sweep over HmsSdk.AspNetCore's options (checked where <c>MapHmsWebhooks</c> checks them) and
/// HmsSdk.Testing's public surface, found by reflection: every public method of <see cref="FakeHmsApi"/> and of every API
/// object on it, every <see cref="FakeFault"/> factory and method, the client extension, the recorded requests' lookups and
/// every <see cref="FakeHmsApiOptions"/> property. These members send nothing: a hostile value is refused with
/// ArgumentException naming the parameter, or accepted. Each case runs on a fresh fake holding one of everything a benign
/// call may name (<see cref="FakeState"/>), so a lookup with benign arguments succeeds and an unknown id is a refusal.
/// </summary>
internal static class BadInputSurfaceSweep
{
    private const string TestingSurface = "HmsSdk.Testing";
    private const string ServerSurface = "HmsSdk.Testing.Server";

    public static async Task<IReadOnlyList<SweepResult>> RunAsync()
    {
        var results = new List<SweepResult>();
        SweepReceiverOptions(results);
        SweepFakeOptions(results);
        foreach (var method in typeof(FakeFault).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(FakeFault)).OrderBy(Signature, StringComparer.Ordinal))
        {
            await SweepMethodAsync(results, "FakeFault." + method.Name, method, _ => null);
        }

        foreach (var method in DeclaredMethods(typeof(FakeFault)))
        {
            await SweepMethodAsync(results, "fault." + method.Name, method, _ => FakeFault.Status(500));
        }

        foreach (var method in DeclaredMethods(typeof(FakeHmsApi)))
        {
            await SweepMethodAsync(results, "fake." + method.Name, method, state => state.Fake);
        }

        foreach (var api in typeof(FakeHmsApi).GetProperties().Where(p => p.PropertyType.Namespace == typeof(FakeHmsApi).Namespace && p.PropertyType.IsClass).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            foreach (var method in DeclaredMethods(api.PropertyType))
            {
                await SweepMethodAsync(results, $"fake.{api.Name}.{method.Name}", method, state => api.GetValue(state.Fake));
            }
        }

        foreach (var method in DeclaredMethods(typeof(FakeRecordedRequest)))
        {
            await SweepMethodAsync(results, "fake.Requests[i]." + method.Name, method, state => state.Request);
        }

        foreach (var method in typeof(FakeHmsApiClientExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static).OrderBy(Signature, StringComparer.Ordinal))
        {
            await SweepMethodAsync(results, "fake." + method.Name + " (extension)", method, _ => null);
        }

        // HmsSdk.Testing.Server: StartServerAsync gets a cancelled token (no server starts); CreateClient(server) needs one running.
        var serverFake = new FakeHmsApi();
        await using (var server = await serverFake.StartServerAsync())
        {
            foreach (var method in typeof(FakeHmsServerExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static).OrderBy(Signature, StringComparer.Ordinal))
            {
                await SweepMethodAsync(results, "fake." + method.Name, method, _ => null, server, ServerSurface);
            }
        }

        return results;
    }

    /// <summary>Public instance methods a type declares itself (not ToString, Equals and the other record members).</summary>
    private static IEnumerable<MethodInfo> DeclaredMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == type && m.Name is not ("Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "<Clone>$" or "PrintMembers"))
            .OrderBy(Signature, StringComparer.Ordinal);

    private static string Signature(MethodInfo method) => method.Name + "(" + string.Join(",", method.GetParameters().Select(p => p.ParameterType.Name)) + ")";

    /// <summary>
    /// A fresh fake on a fake clock with one of everything a benign argument names: an enabled room with a connected host
    /// (so an open session), a guest room code, a poll with one question, a started recording, a webhook receiver (never
    /// contacted: Task-returning members get a cancelled token) and the requests that built them.
    /// </summary>
    private sealed record FakeState(FakeHmsApi Fake, string RoomId, string PeerId, string SessionId, string PollId, string JobId, string Code, FakeRecordedRequest Request);

    private static async Task<FakeState> BuildStateAsync()
    {
        var fake = new FakeHmsApi(new FakeHmsApiOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), WebhookReceiverUri = new Uri("http://127.0.0.1:9/hooks") });
        var room = fake.Rooms.Create("probe-room");
        var peer = fake.Peers.Join(room.Id, "Probe", "host");
        var code = fake.RoomCodes.Create(room.Id, "guest");
        using var http = fake.CreateHttpClient();
        var poll = await PostAsync(http, "polls", "{\"title\":\"Lunch?\",\"questions\":[{\"text\":\"Where?\",\"type\":\"single-choice\",\"options\":[{\"text\":\"A\"},{\"text\":\"B\"}]}]}");
        var job = await PostAsync(http, $"recordings/room/{room.Id}/start", "{}");
        return new FakeState(fake, room.Id, peer.Id, peer.SessionId, (string)poll["id"]!, (string)job["id"]!, code.Code, fake.Requests[0]);
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, string path, string body)
    {
        using var response = await http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonNode.Parse(text)! : throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
    }

    private static async Task SweepMethodAsync(List<SweepResult> results, string member, MethodInfo method, Func<FakeState, object?> target, FakeHmsServer? server = null, string surface = TestingSurface)
    {
        var parameters = method.GetParameters();
        var overloads = method.DeclaringType!.GetMethods().Count(m => m.Name == method.Name);
        if (overloads > 1)
        {
            member += "(" + string.Join(", ", parameters.Select(p => p.Name)) + ")";
        }

        // The baseline must succeed, or every case below would be refused for the wrong reason.
        if (await InvokeAsync(method, target, parameters, server, null) is { } baselineError)
        {
            results.Add(new(surface, member, "(baseline)", "(baseline)", "benign values", "failed", $"benign arguments failed: {baselineError.GetType().Name} {BadInputSweep.Short(baselineError.Message)}"));
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
                var error = await InvokeAsync(method, target, parameters, server, (i, value.Value));
                results.Add(Classify(surface, member, parameter.Name!, parameter.Name!, $"{member}({parameter.Name})", value, nullable, error));
            }
        }
    }

    /// <summary>Calls <paramref name="method"/> on a fresh <see cref="FakeState"/> with benign arguments, one of them replaced.</summary>
    private static async Task<Exception?> InvokeAsync(MethodInfo method, Func<FakeState, object?> target, ParameterInfo[] parameters, FakeHmsServer? server, (int Index, object? Value)? hostile)
    {
        var state = await BuildStateAsync();
        var arguments = parameters.Select(p => p.ParameterType == typeof(FakeHmsServer) ? server : Baseline(p, state)).ToArray();
        if (hostile is { } replace)
        {
            arguments[replace.Index] = replace.Value;
        }

        try
        {
            var result = method.Invoke(target(state), arguments);
            if (result is Task task)
            {
                await task;
                result = task.GetType().GetProperty("Result")?.GetValue(task);
            }

            if (result is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }

            (result as IDisposable)?.Dispose();
            return null;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            return ex.InnerException;
        }
        catch (OperationCanceledException)
        {
            // Task-returning members get a cancelled token: reaching the wait means the arguments were accepted.
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static object? Baseline(ParameterInfo p, FakeState state) =>
        p.ParameterType == typeof(CancellationToken) ? new CancellationToken(canceled: true) :
        p.ParameterType == typeof(string) ? (p.HasDefaultValue ? p.DefaultValue : BaselineString(p.Name!, state)) :
        p.ParameterType == typeof(FakeHmsApi) ? state.Fake :
        p.ParameterType == typeof(FakeFault) ? FakeFault.Status(500) :
        p.ParameterType == typeof(FakeFault[]) ? new[] { FakeFault.Status(500) } :
        p.ParameterType == typeof(JsonObject) ? new JsonObject { ["probe"] = "data" } :
        p.ParameterType == typeof(int) ? (p.Name is "statusCode" ? 500 : p.HasDefaultValue ? p.DefaultValue : 1) :
        p.ParameterType == typeof(TimeSpan) ? TimeSpan.FromSeconds(1) :
        p.ParameterType == typeof(DateTimeOffset) ? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) :
        p.HasDefaultValue ? (p.DefaultValue is DBNull ? null : p.DefaultValue) :
        p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null;

    /// <summary>A benign string for a parameter: an id the state holds, or text of the right shape.</summary>
    private static string BaselineString(string name, FakeState state) => name switch
    {
        "roomId" => state.RoomId,
        "peerId" => state.PeerId,
        "sessionId" => state.SessionId,
        "pollId" => state.PollId,
        "jobId" => state.JobId,
        "code" => state.Code,
        "method" => "GET",
        "pathPattern" => "/rooms/*",
        "pathAndQuery" => "rooms",
        "type" => "peer.join.success",
        "eventName" => "peer.join.success",
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

                results.Add(Classify(TestingSurface, "new FakeHmsApi(options)", "options." + property.Name, "options", "FakeHmsApiOptions." + property.Name, value, nullable, error));
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
