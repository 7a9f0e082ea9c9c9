using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using FluentAssertions;
using HmsSdk.Serialization;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Reliability;

/// <summary>Seeded property-based tests: hostile ids, tolerant JSON models, query round-trips.</summary>
public class PropertyTests
{
    private const int IdIterations = 60;
    private const int JsonIterations = 25;

    public static TheoryData<string> IdOperations()
    {
        var data = new TheoryData<string>();
        foreach (var operation in IdOperation.All())
        {
            data.Add(operation.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IdOperations))]
    public async Task Arbitrary_ids_are_rejected_up_front_or_reach_the_intended_route_as_one_segment(string name)
    {
        var operation = IdOperation.All().Single(o => o.Name == name);
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler, configure: o => o.Retry.MaxRetries = 0);
        var baseline = await operation.ProbeAsync(client, handler);

        await Property.ForAllAsync(Property.HostileIds, StableSeed(name), IdIterations, async id =>
        {
            var before = handler.Requests.Count;
            var error = await operation.InvokeAsync(client, id);
            var sent = handler.Requests.Skip(before).ToArray();
            var mustReject = id.Trim().Length == 0 || !HasUtf8Form(id) || (baseline.InPath && id is "." or "..");
            if (error is ArgumentException argument)
            {
                argument.ParamName.Should().Be(operation.Parameter.Name);
                sent.Should().BeEmpty("bad input fails before any HTTP call");
                return;
            }

            mustReject.Should().BeFalse("a blank or dot-segment id must throw ArgumentException up front, got {0}", error);
            sent.Should().NotBeEmpty();
            foreach (var request in sent)
            {
                baseline.Matches(request, id).Should().BeTrue("{0} must reach {1} with the id as one value, sent {2}", operation.Name, baseline, request.PathAndQuery);
            }
        });
    }

    public static TheoryData<string> ModelTypes()
    {
        var data = new TheoryData<string>();
        foreach (var (type, _) in JsonModels.All())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void The_models_under_test_include_rooms_sessions_recordings_and_analytics_events_once_they_exist()
    {
        var names = JsonModels.All().Select(m => m.Type.Name).ToHashSet();
        names.Should().Contain(new[] { "AnalyticsEvent", "TrackEvent", "RecordingEvent", "ErrorEvent" });
        foreach (var expected in new[] { "Room", "Session", "Recording" })
        {
            if (typeof(HmsClient).Assembly.GetType("HmsSdk." + expected) is not null)
            {
                names.Should().Contain(expected);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Extra_fields_and_unknown_enum_values_never_break_deserialization(string typeName)
    {
        var (type, typeInfo) = JsonModels.All().Single(m => m.Type.FullName == typeName);
        var gen = Gen.Int.Select(seed => JsonModels.Generate(typeInfo, new Random(seed)));

        Property.ForAll(gen, StableSeed(typeName), JsonIterations, sample =>
        {
            object? model;
            try
            {
                model = JsonSerializer.Deserialize(sample.Json, typeInfo);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"{type.Name} failed on {sample.Json}: {ex.Message}", ex);
            }

            model.Should().NotBeNull();
            var extension = JsonModels.ExtensionData(type);
            if (extension is not null && sample.ExtraKeys.Count > 0)
            {
                var bag = (IDictionary<string, JsonElement>?)extension.GetValue(model);
                bag.Should().NotBeNull("unknown fields of {0} survive in AdditionalProperties: {1}", type.Name, sample.Json);
                bag!.Keys.Should().Contain(sample.ExtraKeys);
            }

            foreach (var (property, raw) in sample.EnumValues)
            {
                var value = property.GetValue(model);
                value?.ToString().Should().Be(raw, "{0}.{1} keeps the unknown raw value", type.Name, property.Name);
            }
        });
    }

    [Fact]
    public void Query_serialization_round_trips_through_a_manual_split_and_HttpUtility()
    {
        var names = Gen.OneOf<string>(Gen.String[Gen.Char['a', 'z'], 1, 8], Gen.OneOf<string>("room_id", "type", "a b", "x=y", "k&v", "名前", "%2F", "+", "#"));
        var values = Gen.OneOf<string>(Property.HostileIds, Gen.OneOf<string>("", "=", "&", "+", "a+b", "100%", "?#", "名前"));
        var pairs = Gen.Select(names, values).Array[0, 8];

        Property.ForAll(pairs, 20260101, 300, generated =>
        {
            var query = new HmsQuery();
            if (generated.Any(p => !HasUtf8Form(p.Item2)))
            {
                // An unpaired surrogate has no UTF-8 form; sending U+FFFD instead would be a different value.
                var act = () => generated.Aggregate(query, (q, p) => q.Add(p.Item1, p.Item2));
                act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("value");
                return;
            }

            foreach (var (name, value) in generated)
            {
                query.Add(name, value);
            }

            query.Add("flag", true).Add("count", -42).Add("big", long.MaxValue).Add("at", new DateTimeOffset(2026, 2, 3, 4, 5, 6, 789, TimeSpan.FromHours(5)));
            var expected = generated.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2))
                .Append(new("flag", "true")).Append(new("count", "-42")).Append(new("big", "9223372036854775807")).Append(new("at", "2026-02-02T23:05:06.789Z"))
                .ToArray();
            var text = query.ToString();

            text.Should().NotContainAny(new[] { "\r", "\n", " ", "#" }, "the encoded query is one safe token");
            var manual = text.Split('&').Select(part =>
            {
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                return new KeyValuePair<string, string>(Uri.UnescapeDataString(part[..equals]), Uri.UnescapeDataString(part[(equals + 1)..]));
            });
            manual.Should().Equal(expected);

            var parsed = System.Web.HttpUtility.ParseQueryString(text);
            foreach (var group in expected.GroupBy(p => p.Key))
            {
                parsed.GetValues(group.Key).Should().Equal(group.Select(p => p.Value));
            }
        });
    }

    // The oracle for "has no unpaired surrogate" is the BCL's strict UTF-8 encoder, never Guard.IsWellFormedUtf16
    // (the code under test): a test that asks the guard what the guard should answer cannot fail.
    private static readonly System.Text.Encoding StrictUtf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static bool HasUtf8Form(string value)
    {
        try
        {
            _ = StrictUtf8.GetByteCount(value);
            return true;
        }
        catch (System.Text.EncoderFallbackException)
        {
            return false;
        }
    }

    private static ulong StableSeed(string text) => text.Aggregate(1469598103934665603UL, (hash, c) => (hash ^ c) * 1099511628211UL);

    /// <summary>One service method with a string id parameter, found by reflection so new services are covered as they land.</summary>
    internal sealed class IdOperation
    {
        private IdOperation(PropertyInfo service, MethodInfo method, ParameterInfo parameter)
        {
            Service = service;
            Method = method;
            Parameter = parameter;
            Name = $"{service.Name}.{method.Name}({parameter.Name})";
        }

        public PropertyInfo Service { get; }

        public MethodInfo Method { get; }

        public ParameterInfo Parameter { get; }

        public string Name { get; }

        public static IEnumerable<IdOperation> All()
        {
            foreach (var service in typeof(IHmsClient).GetProperties().Where(p => p.Name is not ("Api" or "Auth")))
            {
                foreach (var method in service.PropertyType.GetMethods().OrderBy(m => m.Name).ThenBy(m => m.GetParameters().Length))
                {
                    var parameters = method.GetParameters();
                    var supported = parameters.All(p => p.ParameterType == typeof(string) || p.HasDefaultValue || p.ParameterType == typeof(CancellationToken));
                    var returnsCall = typeof(Task).IsAssignableFrom(method.ReturnType) || IsPageable(method.ReturnType);
                    if (!supported || !returnsCall)
                    {
                        continue;
                    }

                    foreach (var parameter in parameters.Where(p => p.ParameterType == typeof(string) && !p.HasDefaultValue && IsIdLike(p.Name!)))
                    {
                        yield return new IdOperation(service, method, parameter);
                    }
                }
            }
        }

        /// <summary>Calls with benign values and learns where the id travels (a path segment or a query value).</summary>
        public async Task<IdRoute> ProbeAsync(HmsClient client, RecordingHandler handler)
        {
            var before = handler.Requests.Count;
            var error = await InvokeAsync(client, "probe-id-value");
            var request = handler.Requests.Skip(before).FirstOrDefault()
                ?? throw new Xunit.Sdk.XunitException($"{Name} sent nothing with benign arguments: {error}");
            var route = IdRoute.Learn(request, "probe-id-value");
            return route ?? throw new Xunit.Sdk.XunitException($"{Name}: the id travels neither in the path, the query nor the body: {request.PathAndQuery}");
        }

        /// <summary>Invokes with <paramref name="id"/> for the parameter under test; returns what it threw (null on success).</summary>
        public async Task<Exception?> InvokeAsync(HmsClient client, string id)
        {
            var arguments = Method.GetParameters().Select(p =>
                p == Parameter ? id :
                p.ParameterType == typeof(string) && !p.HasDefaultValue ? "other-" + p.Name :
                p.ParameterType == typeof(CancellationToken) ? CancellationToken.None :
                p.DefaultValue is DBNull ? null : p.DefaultValue).ToArray();
            try
            {
                var result = Method.Invoke(Service.GetValue(client), arguments);
                if (result is Task task)
                {
                    await task;
                }
                else if (result is not null)
                {
                    await foreach (var item in (IAsyncEnumerable<object>)result)
                    {
                        break;
                    }
                }

                return null;
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                return ex.InnerException;
            }
            catch (Exception ex)
            {
                return ex;
            }
        }

        public override string ToString() => Name;

        private static bool IsIdLike(string name) =>
            name.EndsWith("Id", StringComparison.Ordinal) || name is "id" or "role" or "code" or "name";

        private static bool IsPageable(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(HmsAsyncPageable<>);
    }

    /// <summary>Where a probed id went: segment <see cref="SegmentIndex"/> of the path, or the query key <see cref="QueryKey"/>.</summary>
    internal sealed class IdRoute
    {
        private readonly string[] _segments;

        private IdRoute(string[] segments, int segmentIndex, string? queryKey, string? bodyKey = null)
        {
            _segments = segments;
            SegmentIndex = segmentIndex;
            QueryKey = queryKey;
            BodyKey = bodyKey;
        }

        /// <summary>A top-level JSON body field carrying the id (e.g. the room-code exchange's <c>code</c>).</summary>
        public string? BodyKey { get; }

        public int SegmentIndex { get; }

        public string? QueryKey { get; }

        public bool InPath => SegmentIndex >= 0;

        public static IdRoute? Learn(RecordedRequest request, string probe)
        {
            var segments = RawSegments(request);
            var index = Array.IndexOf(segments, probe);
            if (index >= 0)
            {
                return new IdRoute(segments, index, null);
            }

            var key = QueryPairs(request).FirstOrDefault(p => p.Value == probe).Key;
            if (key is not null)
            {
                return new IdRoute(segments, -1, key);
            }

            var bodyKey = BodyFields(request).FirstOrDefault(p => p.Value == probe).Key;
            return bodyKey is null ? null : new IdRoute(segments, -1, null, bodyKey);
        }

        private static IEnumerable<KeyValuePair<string, string?>> BodyFields(RecordedRequest request)
        {
            if (string.IsNullOrEmpty(request.Body) || System.Text.Json.Nodes.JsonNode.Parse(request.Body) is not System.Text.Json.Nodes.JsonObject body)
            {
                return Array.Empty<KeyValuePair<string, string?>>();
            }

            return body.Where(p => p.Value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out _))
                .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value!.GetValue<string>()))
                .ToList();
        }

        /// <summary>The request went to the probed route with <paramref name="id"/> as exactly one value.</summary>
        public bool Matches(RecordedRequest request, string id)
        {
            var segments = RawSegments(request);
            if (BodyKey is not null)
            {
                return segments.SequenceEqual(_segments) && BodyFields(request).Count(p => p.Key == BodyKey && p.Value == id) == 1;
            }

            if (!InPath)
            {
                return segments.SequenceEqual(_segments) && QueryPairs(request).Count(p => p.Key == QueryKey && p.Value == id) == 1;
            }

            if (segments.Length != _segments.Length)
            {
                return false;
            }

            for (var i = 0; i < segments.Length; i++)
            {
                var expected = i == SegmentIndex ? id : _segments[i];
                if (Uri.UnescapeDataString(segments[i]) != expected)
                {
                    return false;
                }
            }

            return true;
        }

        public override string ToString() => "/" + string.Join('/', _segments.Select((s, i) => i == SegmentIndex ? "{id}" : s)) + (QueryKey is null ? string.Empty : "?" + QueryKey + "={id}");

        private static string[] RawSegments(RecordedRequest request) =>
            request.Uri.GetComponents(UriComponents.Path, UriFormat.UriEscaped).Split('/');

        private static IEnumerable<KeyValuePair<string, string>> QueryPairs(RecordedRequest request)
        {
            var query = request.Uri.GetComponents(UriComponents.Query, UriFormat.UriEscaped);
            return query.Length == 0
                ? Enumerable.Empty<KeyValuePair<string, string>>()
                : query.Split('&').Select(part =>
                {
                    var equals = part.IndexOf('=', StringComparison.Ordinal);
                    return equals < 0
                        ? new KeyValuePair<string, string>(Uri.UnescapeDataString(part), string.Empty)
                        : new KeyValuePair<string, string>(Uri.UnescapeDataString(part[..equals]), Uri.UnescapeDataString(part[(equals + 1)..]));
                });
        }
    }
}
