using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HmsSdk.Testing.Core;

/// <summary>What a route handler sees: route values, query, JSON body and the fake's current time.</summary>
internal sealed class RequestContext
{
    private readonly byte[] _body;

    public RequestContext(string method, Dictionary<string, string> routeValues, QueryParameters query, byte[] body, DateTimeOffset now)
    {
        Method = method;
        RouteValues = routeValues;
        Query = query;
        _body = body;
        Now = now;
    }

    public string Method { get; }

    public Dictionary<string, string> RouteValues { get; }

    public QueryParameters Query { get; }

    public DateTimeOffset Now { get; }

    /// <summary>The verified claims of the app token on <see cref="RouteAuth.App"/> routes; default otherwise.</summary>
    public JsonElement TokenClaims { get; init; }

    public string Route(string name) => RouteValues[name];

    /// <summary>The body as a JSON node; an empty body reads as <c>{}</c> (the Node SDK posts <c>{}</c> for parameterless actions).</summary>
    public JsonNode? BodyNode()
    {
        if (_body.Length == 0)
        {
            return new JsonObject();
        }

        try
        {
            return JsonNode.Parse(_body);
        }
        catch (JsonException ex)
        {
            throw new FakeApiException(400, "Invalid request body", "body is not valid JSON: " + ex.Message);
        }
    }

    public JsonObject Body() =>
        BodyNode() as JsonObject ?? throw new FakeApiException(400, "Invalid request body", "body must be a JSON object");

    public JsonArray BodyArray() =>
        BodyNode() as JsonArray ?? throw new FakeApiException(400, "Invalid request body", "body must be a JSON array");
}
