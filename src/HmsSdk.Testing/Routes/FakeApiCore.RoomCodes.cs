using System.Linq;
using System.Text.Json.Nodes;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>Room codes: <c>/room-codes</c>. Codes are created per role of the room's template.</summary>
internal sealed partial class FakeApiCore
{
    private const int MaxCodesPerRoom = 100;

    private void MapRoomCodes()
    {
        _routes.Map("POST", "/room-codes/room/{room_id}", CreateRoomCodes);
        _routes.Map("POST", "/room-codes/room/{room_id}/role/{role}", CreateRoomCodeForRole);
        _routes.Map("GET", "/room-codes/room/{room_id}", ListRoomCodes);
        _routes.Map("POST", "/room-codes/code", UpdateRoomCode);
    }

    private RoomState RequireEnabledRoomForCodes(RequestContext ctx)
    {
        var room = Rooms.Find(ctx.Route("room_id")) ?? throw FakeApiException.NotFound("Room not found", "no room with id " + ctx.Route("room_id"));
        if (!room.Enabled)
        {
            throw new FakeApiException(403, "Room is disabled", "room " + room.Id + " is disabled");
        }

        return room;
    }

    private RoomCodeState NewCode(RoomState room, string role, System.DateTimeOffset now)
    {
        if (RoomCodes.Items.Count(c => c.RoomId == room.Id) >= MaxCodesPerRoom)
        {
            throw new FakeApiException(400, "room code limit reached", "a room has at most 100 codes");
        }

        return AddRoomCode(room, role, now);
    }

    /// <summary>Adds a code without the per-room limit (seeding).</summary>
    public RoomCodeState AddRoomCode(RoomState room, string role, System.DateTimeOffset now)
    {
        string code;
        do
        {
            code = Ids.RoomCode();
        }
        while (RoomCodes.Find(code) is not null);

        var state = new RoomCodeState { Code = code, RoomId = room.Id, Role = role, CreatedAt = now, UpdatedAt = now };
        RoomCodes.Add(state);
        return state;
    }

    private JsonNode CreateRoomCodes(RequestContext ctx)
    {
        var room = RequireEnabledRoomForCodes(ctx);
        var roles = RoomRoleNames(room.Id) ?? new System.Collections.Generic.HashSet<string>();

        // Codes of roles that no longer exist in the template are disabled, as documented.
        foreach (var stale in RoomCodes.Items.Where(c => c.RoomId == room.Id && c.Enabled && !roles.Contains(c.Role)))
        {
            stale.Enabled = false;
            stale.UpdatedAt = ctx.Now;
        }

        var data = new JsonArray();
        foreach (var role in roles.OrderBy(r => r, System.StringComparer.Ordinal))
        {
            data.Add((JsonNode)RoomCodeJson(NewCode(room, role, ctx.Now)));
        }

        return new JsonObject { ["data"] = data };
    }

    private JsonNode CreateRoomCodeForRole(RequestContext ctx)
    {
        var room = RequireEnabledRoomForCodes(ctx);
        var role = ctx.Route("role");
        if (RoomRoleNames(room.Id) is not { } roles || !roles.Contains(role))
        {
            throw FakeApiException.NotFound("Role not found", "role " + role + " does not exist in the room's template");
        }

        return RoomCodeJson(NewCode(room, role, ctx.Now));
    }

    private JsonNode ListRoomCodes(RequestContext ctx)
    {
        var room = Rooms.Find(ctx.Route("room_id")) ?? throw FakeApiException.NotFound("Room not found", "no room with id " + ctx.Route("room_id"));
        var q = ctx.Query;
        var role = q.Get("role");
        var enabled = q.GetBool("enabled");
        return Paging.List(
            RoomCodes.Items,
            RoomCodes.IndexOf,
            c => c.Code,
            c => c.RoomId == room.Id && (role is null || c.Role == role) && (enabled is null || c.Enabled == enabled),
            q.Get("start"),
            q.GetLimit(10, 1, 100),
            Options.EmptyLastOnFinalPage,
            RoomCodeJson);
    }

    private JsonNode UpdateRoomCode(RequestContext ctx)
    {
        var body = ctx.Body();
        WireJson.OnlyFields(body, "code", "enabled");
        var code = WireJson.ReqString(body, "code");
        var enabled = WireJson.ReqBool(body, "enabled");
        var state = RoomCodes.Find(code) ?? throw FakeApiException.NotFound("Code not found", "no room code " + code);
        if (enabled)
        {
            var room = Rooms.Find(state.RoomId);
            if (room is null || !room.Enabled || RoomRoleNames(room.Id) is not { } roles || !roles.Contains(state.Role))
            {
                throw new FakeApiException(403, "Code can not be enabled (role/room does not exist)");
            }
        }

        state.Enabled = enabled;
        state.UpdatedAt = ctx.Now;
        return RoomCodeJson(state);
    }

    private static JsonObject RoomCodeJson(RoomCodeState code) => new()
    {
        ["code"] = code.Code,
        ["room_id"] = code.RoomId,
        ["role"] = code.Role,
        ["enabled"] = code.Enabled,
        ["created_at"] = WireJson.Millis(code.CreatedAt),
        ["updated_at"] = WireJson.Millis(code.UpdatedAt),
    };
}
