using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace HmsSdk.Testing.Core;

/// <summary>
/// Method + path-template routing for the fake. Templates are relative to <c>/v2</c> and use <c>{name}</c> segments;
/// when several templates match, the one with more literal segments wins (so <c>/room-codes/code</c> beats <c>/room-codes/{x}</c>).
/// A handler returns the JSON body of a 200 response, or null for 204 No Content.
/// </summary>
internal sealed class RouteTable
{
    private readonly List<Route> _routes = new();

    public void Map(string method, string template, Func<RequestContext, JsonNode?> handler, RouteAuth auth = RouteAuth.Management) =>
        _routes.Add(new Route(method, template.Trim('/').Split('/'), handler, auth));

    public IReadOnlyList<Route> Routes => _routes;

    /// <summary>Finds the best route; <paramref name="pathMatched"/> tells a wrong method (405-ish) from an unknown path.</summary>
    public Route? Match(string method, string[] segments, out Dictionary<string, string> values, out bool pathMatched)
    {
        Route? best = null;
        Dictionary<string, string>? bestValues = null;
        var bestScore = -1;
        pathMatched = false;
        foreach (var route in _routes)
        {
            if (!route.TryMatch(segments, out var candidate, out var score))
            {
                continue;
            }

            pathMatched = true;
            if (route.Method == method && score > bestScore)
            {
                best = route;
                bestValues = candidate;
                bestScore = score;
            }
        }

        values = bestValues ?? new Dictionary<string, string>();
        return best;
    }

    internal sealed class Route
    {
        public Route(string method, string[] template, Func<RequestContext, JsonNode?> handler, RouteAuth auth)
        {
            Method = method;
            Template = template;
            Handler = handler;
            Auth = auth;
        }

        public string Method { get; }

        public string[] Template { get; }

        public Func<RequestContext, JsonNode?> Handler { get; }

        public RouteAuth Auth { get; }

        public bool TryMatch(string[] segments, out Dictionary<string, string> values, out int literalCount)
        {
            values = new Dictionary<string, string>(StringComparer.Ordinal);
            literalCount = 0;
            if (segments.Length != Template.Length)
            {
                return false;
            }

            for (var i = 0; i < segments.Length; i++)
            {
                var part = Template[i];
                if (part.StartsWith('{') && part.EndsWith('}'))
                {
                    if (segments[i].Length == 0)
                    {
                        return false;
                    }

                    values[part.Substring(1, part.Length - 2)] = segments[i];
                }
                else if (part == segments[i])
                {
                    literalCount++;
                }
                else
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>Which credential a route demands.</summary>
internal enum RouteAuth
{
    /// <summary>A management token (every REST route).</summary>
    Management,

    /// <summary>A client app (auth) token of the workspace (SIP DTMF); its claims reach the handler.</summary>
    App,

    /// <summary>No Authorization header at all (the room-code exchange on the auth host).</summary>
    None,
}
