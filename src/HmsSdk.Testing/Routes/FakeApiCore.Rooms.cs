using System;
using System.Linq;
using System.Text.Json.Nodes;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>Rooms: <c>/rooms</c> (create is an upsert by name; <c>POST /rooms/{id}</c> updates or enables/disables).</summary>
internal sealed partial class FakeApiCore
{
    private void MapRooms()
    {
        _routes.Map("POST", "/rooms", CreateRoom);
        _routes.Map("POST", "/rooms/{room_id}", UpdateRoom);
        _routes.Map("GET", "/rooms", ListRooms);
        _routes.Map("GET", "/rooms/{room_id}", ctx => RoomJson(RequireRoom(ctx.Route("room_id"))));
    }

    private JsonNode CreateRoom(RequestContext ctx)
    {
        var body = ctx.Body();
        if (body.ContainsKey("template"))
        {
            throw new FakeApiException(400, "Invalid body param: template. Use template_id", "template is not accepted");
        }

        var name = WireJson.OptString(body, "name");
        if (name is not null)
        {
            ValidateRoomName(name);
        }

        var templateId = WireJson.OptString(body, "template_id");
        if (templateId is not null && Templates.Find(templateId) is null)
        {
            throw new FakeApiException(400, "Error: template not found", "no template with id " + templateId);
        }

        // Validate everything before touching state, so a 400 leaves nothing behind.
        var room = name is not null && RoomsByName.TryGetValue(name, out var existing) ? existing : null;
        var pending = new RoomState { Id = string.Empty, Name = name ?? string.Empty, TemplateId = templateId ?? DefaultTemplateId };
        ApplyRoomFields(pending, body);

        room ??= CreateRoomState(name, templateId, ctx.Now);
        if (templateId is not null)
        {
            room.TemplateId = templateId;
        }

        ApplyRoomFields(room, body);
        room.UpdatedAt = ctx.Now;
        return RoomJson(room);
    }

    private JsonNode UpdateRoom(RequestContext ctx)
    {
        var room = RequireRoom(ctx.Route("room_id"));
        var body = ctx.Body();
        var enabled = WireJson.OptBool(body, "enabled");
        var name = WireJson.OptString(body, "name");
        if (name is not null)
        {
            ValidateRoomName(name);
            if (RoomsByName.TryGetValue(name, out var other) && other != room)
            {
                throw new FakeApiException(400, "Invalid body param: name", "a room named " + name + " already exists");
            }
        }

        var pending = new RoomState { Id = string.Empty, Name = room.Name, TemplateId = room.TemplateId };
        ApplyRoomFields(pending, body);

        if (name is not null && name != room.Name)
        {
            RoomsByName.Remove(room.Name);
            room.Name = name;
            RoomsByName[name] = room;
        }

        if (enabled is not null)
        {
            room.Enabled = enabled.Value;
        }

        ApplyRoomFields(room, body);
        room.UpdatedAt = ctx.Now;
        return RoomJson(room);
    }

    private static void ValidateRoomName(string name)
    {
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '_')))
        {
            throw FakeApiException.BadBody("name", "name may only contain a-z A-Z 0-9 . - : _");
        }
    }

    private static void ApplyRoomFields(RoomState room, JsonObject body)
    {
        if (WireJson.OptString(body, "description") is { } description)
        {
            room.Description = description;
        }

        if (WireJson.OptString(body, "region") is { } region)
        {
            if (region is not ("eu" or "in" or "us" or "auto"))
            {
                throw new FakeApiException(400, "Error: region not supported", "region must be eu, in, us or auto");
            }

            room.Region = region;
        }

        if (WireJson.OptBool(body, "large_room") is { } large)
        {
            room.LargeRoom = large;
        }

        if (WireJson.OptInt(body, "size") is { } size)
        {
            var max = room.LargeRoom ? 20000 : 2500;
            if (size < 0 || size > max)
            {
                throw FakeApiException.BadBody("size", $"size must be between 0 and {max}");
            }

            room.Size = (int)size;
        }

        if (WireJson.OptInt(body, "max_duration_seconds") is { } maxDuration)
        {
            if (maxDuration < 120)
            {
                throw new FakeApiException(400, "Invalid body param: max_duration_seconds less than 120 seconds");
            }

            if (maxDuration > 43200)
            {
                throw new FakeApiException(400, "Invalid body param: max_duration_seconds greater than 43200 seconds");
            }

            room.MaxDurationSeconds = maxDuration;
        }

        if (WireJson.OptObject(body, "recording_info") is { } recording)
        {
            if (recording["upload_info"] is JsonObject upload)
            {
                if (string.IsNullOrEmpty((string?)upload["location"]))
                {
                    throw new FakeApiException(400, "Bucket location is missing", "recording_info.upload_info.location is required");
                }

                if ((string?)upload["type"] is not ("s3" or "gs" or "oss" or "azure"))
                {
                    throw new FakeApiException(400, "Invalid upload configuration", "recording_info.upload_info.type must be s3, gs, oss or azure");
                }
            }

            room.RecordingInfo = (JsonObject)recording.DeepClone();
        }

        if (WireJson.OptObject(body, "webhook") is { } webhook)
        {
            if (string.IsNullOrEmpty((string?)webhook["url"]))
            {
                throw FakeApiException.BadBody("webhook", "webhook.url is required");
            }

            room.Webhook = (JsonObject)webhook.DeepClone();
        }

        if (WireJson.OptStringArray(body, "polls") is { } polls)
        {
            room.Polls = polls;
        }
    }

    private JsonNode ListRooms(RequestContext ctx)
    {
        var q = ctx.Query;
        var enabled = q.GetBool("enabled") ?? true;
        var name = q.Get("name");
        var templateId = q.Get("template_id");
        var after = q.GetTime("after");
        var before = q.GetTime("before");
        var limit = q.GetLimit(10, 10, 100);
        return Paging.List(
            Rooms.Items,
            Rooms.IndexOf,
            r => r.Id,
            r => r.Enabled == enabled
                && (name is null || string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
                && (templateId is null || r.TemplateId == templateId)
                && (after is null || r.CreatedAt >= after)
                && (before is null || r.CreatedAt <= before),
            q.Get("start"),
            limit,
            Options.EmptyLastOnFinalPage,
            RoomJson);
    }

    public JsonObject RoomJson(RoomState room)
    {
        var template = Templates.Find(room.TemplateId);

        // Shapes follow Rooms/*.mdx: recording_info is always an object ({"enabled": false} until configured),
        // enabled_source_template mirrors recording_source_template (Rooms/disable-or-enable.mdx), key is
        // "<customer>:<name>" and max_duration_seconds defaults to the documented maximum (Rooms/list-rooms.mdx).
        var json = new JsonObject
        {
            ["id"] = room.Id,
            ["name"] = room.Name,
            ["enabled"] = room.Enabled,
            ["description"] = room.Description,
            ["customer_id"] = CustomerId,
            ["customer"] = CustomerId,
            ["app_id"] = AppId,
            ["recording_source_template"] = room.RecordingInfo is null,
            ["enabled_source_template"] = room.RecordingInfo is null,
            ["recording_info"] = room.RecordingInfo?.DeepClone() ?? new JsonObject { ["enabled"] = false },
            ["recording"] = null,
            ["template_id"] = room.TemplateId,
            ["template"] = template?.Name ?? string.Empty,
            ["region"] = room.Region,
            ["key"] = $"{CustomerId}:{room.Name}",
            ["large_room"] = room.LargeRoom,
            ["size"] = room.Size,
            ["max_duration_seconds"] = room.MaxDurationSeconds ?? DefaultRoomMaxDurationSeconds,
            ["polls"] = WireJson.Strings(room.Polls),
            ["created_at"] = WireJson.Millis(room.CreatedAt),
            ["updated_at"] = WireJson.Millis(room.UpdatedAt),
        };
        if (room.Webhook is not null)
        {
            json["webhook"] = room.Webhook.DeepClone();
        }

        return json;
    }

    /// <summary>The documented upper bound of max_duration_seconds (Rooms/create-via-api.mdx), reported when unset.</summary>
    private const int DefaultRoomMaxDurationSeconds = 43200;
}
