using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HmsSdk.Testing.Core;

/// <summary>Verifies and mints HS256 JWTs of the workspace (management tokens for REST, app tokens for SIP DTMF) without any identity library.</summary>
internal sealed class ManagementTokenValidator
{
    private readonly byte[] _secret;
    private readonly string _accessKey;
    private readonly TimeProvider _time;

    public ManagementTokenValidator(string secret, string accessKey, TimeProvider time)
    {
        _secret = Encoding.UTF8.GetBytes(secret);
        _accessKey = accessKey;
        _time = time;
    }

    /// <summary>Returns null when the management token is valid, else the reason that goes into the 401 <c>details</c>.</summary>
    public string? Validate(string? authorizationHeader) => Validate(authorizationHeader, "management", out _);

    /// <summary>
    /// Validates a token of the given <paramref name="expectedType"/> (<c>management</c> or <c>app</c>); on success
    /// <paramref name="claims"/> holds a copy of the payload.
    /// </summary>
    public string? Validate(string? authorizationHeader, string expectedType, out JsonElement claims)
    {
        claims = default;
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return "token not found";
        }

        const string Prefix = "Bearer ";
        if (!authorizationHeader.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return "authorization header must use the Bearer scheme";
        }

        var token = authorizationHeader.Substring(Prefix.Length).Trim();
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return "token is malformed";
        }

        byte[] headerBytes;
        byte[] payloadBytes;
        byte[] signature;
        try
        {
            headerBytes = Base64UrlDecode(parts[0]);
            payloadBytes = Base64UrlDecode(parts[1]);
            signature = Base64UrlDecode(parts[2]);
        }
        catch (FormatException)
        {
            return "token is malformed";
        }

        try
        {
            using var header = JsonDocument.Parse(headerBytes);
            if (!header.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "HS256")
            {
                return "signing method is not HS256";
            }

            using var hmac = new HMACSHA256(_secret);
            var expected = hmac.ComputeHash(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
            if (!CryptographicOperations.FixedTimeEquals(expected, signature))
            {
                return "signature is invalid";
            }

            using var payload = JsonDocument.Parse(payloadBytes);
            var root = payload.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "token is malformed";
            }

            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != expectedType)
            {
                return "token type is not " + expectedType;
            }

            if (!root.TryGetProperty("access_key", out var accessKey) || accessKey.ValueKind != JsonValueKind.String || accessKey.GetString() != _accessKey)
            {
                return "access key is invalid";
            }

            var now = _time.GetUtcNow().ToUnixTimeSeconds();
            if (!TryGetSeconds(root, "exp", out var exp))
            {
                return "token has no expiry";
            }

            if (now >= exp)
            {
                return "token is expired";
            }

            if (TryGetSeconds(root, "nbf", out var nbf) && now < nbf)
            {
                return "token is not valid yet";
            }

            claims = root.Clone();
            return null;
        }
        catch (JsonException)
        {
            return "token is malformed";
        }
    }

    private static bool TryGetSeconds(JsonElement claims, string name, out long seconds)
    {
        seconds = 0;
        if (!claims.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        if (value.TryGetInt64(out seconds))
        {
            return true;
        }

        seconds = (long)value.GetDouble();
        return true;
    }

    internal static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        switch (padded.Length % 4)
        {
            case 2: padded += "=="; break;
            case 3: padded += "="; break;
            case 1: throw new FormatException("Invalid base64url length.");
        }

        return Convert.FromBase64String(padded);
    }

    internal static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Mints a management token the fake accepts (a convenience for tests that use a plain HttpClient).</summary>
    public string Mint(TimeSpan lifetime, string jti)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        return Sign(new JsonObject
        {
            ["access_key"] = _accessKey,
            ["type"] = "management",
            ["version"] = 2,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + (long)lifetime.TotalSeconds,
            ["jti"] = jti,
        });
    }

    /// <summary>Mints an app (auth) token for a room and role, as the room-code exchange and client SDK joins use.</summary>
    public string MintApp(string roomId, string role, string? userId, TimeSpan lifetime, string jti)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var claims = new JsonObject
        {
            ["access_key"] = _accessKey,
            ["type"] = "app",
            ["version"] = 2,
            ["room_id"] = roomId,
            ["role"] = role,
        };
        if (userId is not null)
        {
            claims["user_id"] = userId;
        }

        claims["iat"] = now;
        claims["nbf"] = now;
        claims["exp"] = now + (long)lifetime.TotalSeconds;
        claims["jti"] = jti;
        return Sign(claims);
    }

    private string Sign(JsonObject claims)
    {
        var header = Base64UrlEncode(Encoding.UTF8.GetBytes("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
        var payload = Base64UrlEncode(WireJson.Serialize(claims));
        using var hmac = new HMACSHA256(_secret);
        var signature = Base64UrlEncode(hmac.ComputeHash(Encoding.ASCII.GetBytes(header + "." + payload)));
        return header + "." + payload + "." + signature;
    }
}
