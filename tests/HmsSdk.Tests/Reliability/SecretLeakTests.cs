using System.Collections;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentAssertions;
using HmsSdk.Serialization;
using HmsSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace HmsSdk.Tests.Reliability;

/// <summary>
/// The app secret and every JWT stay out of logs (Trace level, bodies on), exception messages and <c>ToString()</c>, also when a
/// hostile server echoes the bearer token back in every part of its answer.
/// </summary>
public class SecretLeakTests
{
    private const string SampleJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhY2Nlc3Nfa2V5IjoiayJ9.c2lnbmF0dXJl";

    [Fact]
    public async Task Logs_exceptions_and_responses_never_show_the_secret_or_a_jwt_on_success_and_failure_paths()
    {
        var collector = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        var clock = TestClients.NewClock();
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler, clock, o =>
        {
            o.LoggerFactory = factory;
            o.LogBodies = true;
            o.Timeout = TimeSpan.FromSeconds(5);
            o.Retry.MaxRetries = 1;
        });
        var texts = new List<string>();
        var failures = new List<Exception>();

        async Task Run(Func<Task> call, params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] answers)
        {
            foreach (var answer in answers)
            {
                handler.Enqueue(answer);
            }

            var error = await ReliabilityHarness.CaptureAsync(call());
            if (error is not null)
            {
                failures.Add(error);
            }
        }

        var typedGet = () => client.Api.GetAsync("/rooms/r1", ProbeJson.Default.ProbeRoom);
        await Run(typedGet, Echo(200));
        await Run(() => client.Api.GetAsync("/rooms/r1"), Echo(401), Echo(401));
        await Run(() => client.Api.PostAsync("/rooms"), Echo(403), Echo(200));
        await Run(typedGet, Echo(500), Echo(500));
        await Run(typedGet, Echo(429, ("Retry-After", "0")), Echo(429, ("Retry-After", "0")));
        await Run(typedGet, Echo(404));
        await Run(typedGet, Echo(200, body: token => "{\"id\": " + token + "}"));
        await Run(typedGet, Echo(200, body: token => "<html><body>Bearer " + token + "</body></html>"));
        await Run(typedGet, Echo(200, body: _ => string.Empty));
        await Run(() => client.Analytics.GetWebhookReplayStatusAsync("wf-1"), Echo(400));
        await Run(() => client.Api.PostAsync("/rooms"), (_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException("reset", new IOException("Connection reset by peer"))));
        var raw = await ((Func<Task<HmsResponse>>)(async () =>
        {
            handler.Enqueue(Echo(500));
            handler.Enqueue(Echo(500));
            return await client.Api.SendAsync(HttpMethod.Get, "/rooms/r1");
        }))();
        texts.Add(raw.ToString());

        handler.EnqueueStall();
        var stalled = client.Api.PostAsync("/rooms");
        await new FakeClockDriver(clock, TimeSpan.FromSeconds(5), _ => Task.CompletedTask).RunAsync(stalled);
        failures.Add((await ReliabilityHarness.CaptureAsync(stalled))!);

        using (var cts = new CancellationTokenSource())
        {
            handler.EnqueueStall();
            var sentBefore = handler.Requests.Count;
            var cancelled = client.Api.GetAsync("/rooms/r1", cancellationToken: cts.Token);
            await handler.WaitForRequestsAsync(sentBefore + 1);
            cts.Cancel();
            failures.Add((await ReliabilityHarness.CaptureAsync(cancelled))!);
        }

        var appToken = client.Auth.CreateAuthToken(new AuthTokenOptions("room-1", "host") { UserId = "u-1" });
        var managementToken = client.Auth.GetManagementToken();
        texts.Add(appToken.ToString());
        texts.Add(managementToken.ToString());
        texts.Add(client.ToString());

        failures.Select(f => f.GetType()).Should().Contain(new[]
        {
            typeof(HmsUnauthorizedException), typeof(HmsServerException), typeof(HmsRateLimitException), typeof(HmsNotFoundException),
            typeof(HmsSerializationException), typeof(HmsBadRequestException), typeof(HmsTransportException), typeof(HmsTimeoutException),
        });
        failures.Should().Contain(f => f is OperationCanceledException);
        foreach (var failure in failures)
        {
            texts.AddRange(DescribeException(failure));
        }

        var records = collector.GetSnapshot();
        records.Should().Contain(r => r.Level == LogLevel.Trace, "bodies are logged at Trace");
        foreach (var record in records)
        {
            texts.Add(record.Message);
            texts.Add(record.Exception?.ToString() ?? string.Empty);
            texts.AddRange(record.StructuredState?.Select(s => s.Value ?? string.Empty) ?? Enumerable.Empty<string>());
        }

        var sentTokens = handler.Requests.Select(r => r.Header("Authorization")).OfType<string>().Select(h => h["Bearer ".Length..]).Distinct().ToArray();
        sentTokens.Should().HaveCountGreaterThan(1, "the 401/403 paths minted fresh tokens");
        AssertClean(texts, sentTokens.Append(appToken.Token).Append(managementToken.Token));
    }

    [Fact]
    public void Every_public_model_ToString_hides_secrets_and_jwts()
    {
        var checkedTypes = new List<string>();
        var texts = new List<string>();
        foreach (var type in PublicModelTypes())
        {
            var instance = Build(type, depth: 0);
            if (instance is null)
            {
                continue;
            }

            checkedTypes.Add(type.Name);
            texts.Add(type.Name + ": " + instance);
        }

        checkedTypes.Should().Contain(new[] { "AuthToken", "ManagementToken", "HmsResponse", "HmsErrorDetails", "TrackEvent", "WebhookDelivery" });
        checkedTypes.Count.Should().BeGreaterThan(50);
        AssertClean(texts, Array.Empty<string>());
    }

    private static void AssertClean(IEnumerable<string> texts, IEnumerable<string> tokens)
    {
        var tokenList = tokens.ToArray();
        foreach (var text in texts)
        {
            text.Should().NotContain(TestClients.Secret);
            text.Should().NotContain(SecretLeakTestsSecrets.ModelSecret);
            ReliabilityHarness.Jwt.IsMatch(text).Should().BeFalse("no JWT may appear, but found one in: {0}", text);
            foreach (var token in tokenList)
            {
                text.Should().NotContain(token);
            }
        }
    }

    private static IEnumerable<string> DescribeException(Exception exception)
    {
        yield return exception.Message;
        yield return exception.ToString();
        if (exception is HmsApiException api)
        {
            yield return api.ErrorMessage;
            yield return api.ResponseBody ?? string.Empty;
            yield return api.ReasonPhrase;
            yield return api.RequestId ?? string.Empty;
            foreach (var detail in api.ErrorDetails)
            {
                yield return detail;
            }

            foreach (var header in api.Headers)
            {
                yield return header.Key + ": " + header.Value;
            }
        }

        if (exception is HmsSerializationException serialization)
        {
            yield return serialization.ResponseBody ?? string.Empty;
            yield return serialization.RequestId ?? string.Empty;
        }
    }

    /// <summary>A hostile answer that echoes the request's bearer token in the body, details, a header, the request id and the reason phrase.</summary>
    private static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Echo(int status, params (string Name, string Value)[] headers) =>
        Echo(status, null, headers);

    private static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Echo(int status, Func<string, string>? body, params (string Name, string Value)[] headers) =>
        (request, _) =>
        {
            var token = request.Headers.Authorization?.Parameter ?? string.Empty;
            var text = body?.Invoke(token) ??
                       $$"""{"id":"r1","name":"room {{token}}","code":{{status}},"message":"rejected Bearer {{token}}","details":["token={{token}}","{{SampleJwt}}"]}""";
            var response = RecordingHandler.Json(status, text, headers.Append(("X-Echo", "Bearer " + token)).Append(("X-Request-Id", "rid-" + token)).ToArray());
            response.ReasonPhrase = "Echo " + token;
            return Task.FromResult(response);
        };

    private static IEnumerable<Type> PublicModelTypes() =>
        typeof(HmsClient).Assembly.GetExportedTypes().Where(t =>
            !t.IsAbstract && !t.IsInterface && !t.IsGenericTypeDefinition && !t.IsEnum &&
            !typeof(Exception).IsAssignableFrom(t) && !typeof(Delegate).IsAssignableFrom(t) && !typeof(Attribute).IsAssignableFrom(t) &&
            !typeof(IDisposable).IsAssignableFrom(t) && !typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(t) &&
            !t.Name.EndsWith("Service", StringComparison.Ordinal) &&
            // Extensible enums print their raw value and HmsQuery its encoded pairs by design: they carry no credentials.
            !IsExtensibleEnum(t) && t != typeof(HmsQuery));

    private static readonly System.Text.RegularExpressions.Regex CredentialName = new(
        "token|secret|password|passphrase|privatekey|streamkey|apikey|signature|credential|presigned|signed|auth|jwt",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsExtensibleEnum(Type type) =>
        type.IsValueType && type.GetCustomAttribute<JsonConverterAttribute>() is not null;

    /// <summary>Constructs <paramref name="type"/> through a public constructor and fills every settable property.</summary>
    private static object? Build(Type type, int depth)
    {
        if (depth > 2)
        {
            return null;
        }

        var sample = Sample(type, "value", depth);
        if (sample is not null || type.IsPrimitive || type == typeof(string))
        {
            return sample;
        }

        var constructor = type.GetConstructors().OrderBy(c => c.GetParameters().Length == 0 ? 0 : 1).ThenByDescending(c => c.GetParameters().Length).FirstOrDefault();
        object? instance;
        try
        {
            instance = constructor is null
                ? (type.IsValueType ? Activator.CreateInstance(type) : null)
                : constructor.Invoke(constructor.GetParameters().Select(p => Sample(p.ParameterType, p.Name ?? string.Empty, depth + 1) ?? (p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null)).ToArray());
        }
        catch (TargetInvocationException)
        {
            return null;
        }

        if (instance is null)
        {
            return null;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic && p.GetIndexParameters().Length == 0))
        {
            var value = Sample(property.PropertyType, property.Name, depth + 1) ?? Build(property.PropertyType, depth + 1);
            if (value is not null)
            {
                property.SetValue(instance, value);
            }
        }

        return instance;
    }

    /// <summary>
    /// A value for a parameter or property. Credential-bearing names (token, secret, password, stream/private/API key, signature,
    /// credential, presigned or signed URLs) get a JWT plus a secret; other strings stay plain, so models may print ids, names
    /// and access-key ids (as <see cref="HmsClient.ToString"/> prints the app access key).
    /// </summary>
    private static object? Sample(Type type, string name, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var credential = CredentialName.IsMatch(name);
        if (underlying == typeof(string))
        {
            return credential ? $"{SampleJwt} {SecretLeakTestsSecrets.ModelSecret}" : "plain-" + name;
        }

        if (underlying == typeof(int) || underlying == typeof(long) || underlying == typeof(double) || underlying == typeof(bool))
        {
            return Convert.ChangeType(1, underlying, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (underlying == typeof(DateTimeOffset))
        {
            return ReliabilityHarness.Start;
        }

        if (underlying == typeof(TimeSpan))
        {
            return TimeSpan.FromSeconds(1);
        }

        if (underlying == typeof(Uri))
        {
            return new Uri(credential ? "https://example.test/" + SampleJwt + "?sig=" + SecretLeakTestsSecrets.ModelSecret : "https://example.test/" + name);
        }

        if (underlying == typeof(JsonElement))
        {
            return JsonDocument.Parse(credential ? $$"""{"token":"{{SampleJwt}}"}""" : """{"plain":1}""").RootElement.Clone();
        }

        if (IsExtensibleEnum(underlying))
        {
            return Activator.CreateInstance(underlying, "value");
        }

        if (underlying == typeof(IDictionary<string, JsonElement>))
        {
            return new Dictionary<string, JsonElement> { ["plain"] = JsonDocument.Parse("1").RootElement.Clone() };
        }

        if (underlying.IsGenericType && underlying.GetGenericArguments().Length == 1 && typeof(IEnumerable).IsAssignableFrom(underlying))
        {
            var element = underlying.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            var item = Sample(element, name, depth + 1) ?? Build(element, depth + 1);
            if (item is not null)
            {
                list.Add(item);
            }

            return underlying.IsAssignableFrom(list.GetType()) ? list : null;
        }

        return null;
    }
}

/// <summary>A second secret-looking value put into every model string, so a model printing its fields is caught even without a JWT.</summary>
internal static class SecretLeakTestsSecrets
{
    public const string ModelSecret = "model-secret-0123456789abcdef";
}
