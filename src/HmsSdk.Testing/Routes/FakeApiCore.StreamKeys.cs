using System.Linq;
using System.Text.Json.Nodes;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>RTMP ingest stream keys: <c>/stream-keys/room/{room_id}</c>. At most one active key per room.</summary>
internal sealed partial class FakeApiCore
{
    private void MapStreamKeys()
    {
        _routes.Map("POST", "/stream-keys/room/{room_id}", CreateStreamKey);
        _routes.Map("GET", "/stream-keys/room/{room_id}", GetStreamKey);
        _routes.Map("POST", "/stream-keys/room/{room_id}/disable", DisableStreamKey);
    }

    private JsonNode CreateStreamKey(RequestContext ctx)
    {
        var room = RequireEnabledRoomForCodes(ctx);
        if (StreamKeys.Any(k => k.RoomId == room.Id && k.Enabled))
        {
            throw new FakeApiException(400, "Active key already exists", "disable the active key first");
        }

        var key = new StreamKeyState
        {
            Id = Ids.ObjectId(),
            RoomId = room.Id,
            Key = Ids.Letters(4) + "-" + Ids.Letters(4) + "-" + Ids.Letters(4) + "-" + Ids.Letters(4),
            Url = "rtmp://ingest.fake.100ms.local/live",
            CreatedAt = ctx.Now,
            UpdatedAt = ctx.Now,
        };
        StreamKeys.Add(key);
        return StreamKeyJson(key);
    }

    private JsonNode GetStreamKey(RequestContext ctx)
    {
        var room = Rooms.Find(ctx.Route("room_id")) ?? throw FakeApiException.NotFound("Room not found", "no room with id " + ctx.Route("room_id"));
        var key = StreamKeys.FirstOrDefault(k => k.RoomId == room.Id && k.Enabled)
            ?? throw FakeApiException.NotFound("No active key found", "room " + room.Id + " has no active stream key");
        return new JsonObject { ["data"] = new JsonArray(StreamKeyJson(key)), ["last"] = string.Empty };
    }

    private JsonNode DisableStreamKey(RequestContext ctx)
    {
        var room = Rooms.Find(ctx.Route("room_id")) ?? throw FakeApiException.NotFound("Room not found", "no room with id " + ctx.Route("room_id"));
        var key = StreamKeys.FirstOrDefault(k => k.RoomId == room.Id && k.Enabled)
            ?? throw FakeApiException.NotFound("Key not found", "room " + room.Id + " has no active stream key");
        key.Enabled = false;
        key.UpdatedAt = ctx.Now;
        return WireJson.Message("key disabled successfully");
    }

    private JsonObject StreamKeyJson(StreamKeyState key) => new()
    {
        ["id"] = key.Id,
        ["url"] = key.Url,
        ["key"] = key.Key,
        ["room_id"] = key.RoomId,
        ["customer_id"] = CustomerId,
        ["app_id"] = AppId,
        ["enabled"] = key.Enabled,
        ["created_at"] = WireJson.Millis(key.CreatedAt),
        ["updated_at"] = WireJson.Millis(key.UpdatedAt),
    };
}
