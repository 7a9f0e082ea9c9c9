using System;
using System.Text.Json.Nodes;

namespace HmsSdk.Testing.Core;

/// <summary>
/// The room-code -> auth token exchange on the auth host (<c>POST {AuthBaseUri}/token</c>, served internally under
/// <c>/auth/v2</c>). It takes no Authorization header; failures are plain <c>{code, message}</c>.
/// </summary>
internal sealed partial class FakeApiCore
{
    /// <summary>The first path segment under which the auth host's routes live (before <c>v2</c>).</summary>
    public const string AuthPrefix = "auth";

    /// <summary>Lifetime of the app tokens minted by the exchange (the samples use 24 hours).</summary>
    public static readonly TimeSpan ExchangedTokenLifetime = TimeSpan.FromHours(24);

    private void MapAuthHost()
    {
        _authRoutes.Map("POST", "/token", ExchangeRoomCode, RouteAuth.None);
    }

    private JsonNode ExchangeRoomCode(RequestContext ctx)
    {
        var body = ctx.Body();
        var code = BareString(body, "code");
        if (string.IsNullOrEmpty(code))
        {
            throw FakeApiException.Bare(400, "code is mandatory");
        }

        var userId = BareString(body, "user_id");
        var state = RoomCodes.Find(code) ?? throw FakeApiException.Bare(404, "room code not found");
        if (!state.Enabled)
        {
            throw FakeApiException.Bare(403, "room code is disabled");
        }

        var room = Rooms.Find(state.RoomId);
        if (room is null || !room.Enabled)
        {
            throw FakeApiException.Bare(403, "room is disabled");
        }

        var token = MintAppTokenLocked(room.Id, state.Role, string.IsNullOrEmpty(userId) ? null : userId, ExchangedTokenLifetime);
        return new JsonObject { ["token"] = token };
    }
}
