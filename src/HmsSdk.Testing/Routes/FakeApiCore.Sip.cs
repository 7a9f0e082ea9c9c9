using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>
/// SIP (restricted access): <c>/sip/outbound/trunks</c>, <c>/sip/outbound/call</c> and <c>/sip/dtmf</c>. Errors are plain
/// <c>{code, message}</c> as the SIP guides show them. A call answers at once (the fake's callee always picks up) and joins a
/// peer of type <c>sip</c> through the room code; DTMF authenticates with an app token of the workspace, not a management token.
/// </summary>
internal sealed partial class FakeApiCore
{
    private const string DtmfTones = "0123456789*#abcd";

    public OrderedStore<SipTrunkState> SipTrunks { get; } = new(t => t.Id);

    public OrderedStore<SipCallState> SipCalls { get; } = new(c => c.Id);

    public List<DtmfState> DtmfSent { get; } = new();

    private void MapSip()
    {
        _routes.Map("POST", "/sip/outbound/trunks", CreateSipTrunk);
        _routes.Map("POST", "/sip/outbound/trunks/{trunk_id}", UpdateSipTrunk);
        _routes.Map("POST", "/sip/outbound/call", StartSipCall);
        _routes.Map("POST", "/sip/dtmf", SendDtmf, RouteAuth.App);
    }

    private JsonNode CreateSipTrunk(RequestContext ctx)
    {
        var body = ctx.Body();
        var fields = ReadTrunkFields(body);
        var address = fields.Address is { Length: > 0 } given ? given : throw FakeApiException.Bare(400, "address is mandatory");
        var trunk = AddSipTrunk(address, fields.Username, fields.Password, fields.From, ctx.Now);
        return new JsonObject { ["id"] = trunk.Id };
    }

    private JsonNode UpdateSipTrunk(RequestContext ctx)
    {
        var trunk = SipTrunks.Find(ctx.Route("trunk_id")) ?? throw FakeApiException.Bare(404, "trunk not found");
        var fields = ReadTrunkFields(ctx.Body());
        if (fields.Address is { Length: 0 })
        {
            throw FakeApiException.Bare(400, "address is mandatory");
        }

        // Fields that are absent keep their value; the SDK sends every field it has.
        trunk.Address = fields.Address ?? trunk.Address;
        trunk.Username = fields.Username ?? trunk.Username;
        trunk.Password = fields.Password ?? trunk.Password;
        trunk.From = fields.From ?? trunk.From;
        trunk.UpdatedAt = ctx.Now;
        return new JsonObject { ["id"] = trunk.Id };
    }

    public SipTrunkState AddSipTrunk(string address, string? username, string? password, string? from, System.DateTimeOffset now)
    {
        var trunk = new SipTrunkState
        {
            Id = Ids.Uuid(),
            Address = address,
            Username = username ?? string.Empty,
            Password = password ?? string.Empty,
            From = from ?? string.Empty,
            CreatedAt = now,
            UpdatedAt = now,
        };
        SipTrunks.Add(trunk);
        return trunk;
    }

    private static (string? Username, string? Password, string? Address, string? From) ReadTrunkFields(JsonObject body) =>
        (BareString(body, "username"), BareString(body, "password"), BareString(body, "address"), BareString(body, "from"));

    private JsonNode StartSipCall(RequestContext ctx)
    {
        var body = ctx.Body();
        var to = BareMandatory(body, "to");
        var roomCode = BareMandatory(body, "room_code");
        var trunkId = BareMandatory(body, "trunk_id");
        var name = BareString(body, "name");
        var userId = BareString(body, "user_id");
        var video = body["video"] switch
        {
            null => false,
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
            _ => throw FakeApiException.Bare(400, "video must be a boolean"),
        };
        var headers = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (body["headers"] is { } headerNode)
        {
            if (headerNode is not JsonObject headerObject)
            {
                throw FakeApiException.Bare(400, "headers must be an object of strings");
            }

            foreach (var (key, value) in headerObject)
            {
                if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
                {
                    throw FakeApiException.Bare(400, "headers must be an object of strings");
                }

                headers[key] = text.GetValue<string>();
            }
        }

        var trunk = SipTrunks.Find(trunkId) ?? throw FakeApiException.Bare(404, "trunk not found");
        var code = RoomCodes.Find(roomCode) ?? throw FakeApiException.Bare(404, "room code not found");
        var room = Rooms.Find(code.RoomId);
        if (!code.Enabled || room is null)
        {
            throw FakeApiException.Bare(403, "room code is disabled");
        }

        if (!room.Enabled)
        {
            throw FakeApiException.Bare(403, "room is disabled");
        }

        // The callee answers at once; the peer joins with the code's role and opens a session if none is active.
        var peer = JoinPeer(room, name ?? to, code.Role, userId ?? "sip-" + Ids.Letters(8), string.Empty, withTracks: true, ctx.Now, type: "sip", withVideo: video);
        var call = new SipCallState
        {
            Id = Ids.Uuid(),
            TrunkId = trunk.Id,
            To = to,
            RoomCode = code.Code,
            RoomId = room.Id,
            PeerId = peer.Id,
            Video = video,
            Headers = headers,
            CreatedAt = ctx.Now,
        };
        SipCalls.Add(call);
        return new JsonObject { ["id"] = call.Id };
    }

    private JsonNode SendDtmf(RequestContext ctx)
    {
        var body = ctx.Body();
        if (body["digits"] is not JsonArray array || array.Count == 0)
        {
            throw FakeApiException.Bare(400, "digits are mandatory");
        }

        var digits = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is not JsonValue value || value.GetValueKind() != JsonValueKind.String
                || value.GetValue<string>() is not { Length: 1 } digit || DtmfTones.IndexOf(digit[0], System.StringComparison.Ordinal) < 0)
            {
                throw FakeApiException.Bare(400, "invalid digit");
            }

            digits.Add(digit);
        }

        // The app token names the room; tones go to the SIP participants of its live session.
        var roomId = ctx.TokenClaims.TryGetProperty("room_id", out var claim) && claim.ValueKind == JsonValueKind.String ? claim.GetString() : null;
        var room = roomId is null ? null : Rooms.Find(roomId);
        var session = room?.ActiveSessionId is { } sessionId ? Sessions.Find(sessionId) : null;
        if (session is null || !session.Peers.Any(p => p.IsActive && p.Type == "sip"))
        {
            throw FakeApiException.Bare(400, "no sip peer in the room");
        }

        DtmfSent.Add(new DtmfState { RoomId = room!.Id, Digits = digits, SentAt = ctx.Now });
        return new JsonObject();
    }

    private static string BareMandatory(JsonObject body, string name) =>
        BareString(body, name) is { Length: > 0 } text ? text : throw FakeApiException.Bare(400, name + " is mandatory");

    private static string? BareString(JsonObject body, string name)
    {
        if (!body.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        return node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw FakeApiException.Bare(400, name + " must be a string");
    }
}
