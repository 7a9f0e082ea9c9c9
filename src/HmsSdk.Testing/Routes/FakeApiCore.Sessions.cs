using System.Text.Json.Nodes;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>Sessions: <c>/sessions</c>. Sessions open when the first peer joins and close when the last leaves or the room ends.</summary>
internal sealed partial class FakeApiCore
{
    private void MapSessions()
    {
        _routes.Map("GET", "/sessions", ListSessions);
        _routes.Map("GET", "/sessions/{session_id}", ctx =>
        {
            var id = ctx.Route("session_id");
            return SessionJson(Sessions.Find(id) ?? throw FakeApiException.NotFound("session not found", "no session with id " + id));
        });
    }

    private JsonNode ListSessions(RequestContext ctx)
    {
        var q = ctx.Query;
        var active = q.GetBool("active");
        var roomId = q.Get("room_id");
        var after = q.GetTime("after");
        var before = q.GetTime("before");
        var limit = q.GetLimit(10, 10, 100);
        return Paging.List(
            Sessions.Items,
            Sessions.IndexOf,
            s => s.Id,
            s => (active is null || s.Active == active)
                && (roomId is null || s.RoomId == roomId)
                && (after is null || s.CreatedAt >= after)
                && (before is null || s.CreatedAt <= before),
            q.Get("start"),
            limit,
            Options.EmptyLastOnFinalPage,
            SessionJson);
    }

    public JsonObject SessionJson(SessionState session)
    {
        var peers = new JsonObject();
        foreach (var peer in session.Peers)
        {
            var json = new JsonObject
            {
                ["id"] = peer.Id,
                ["session_id"] = peer.SessionId,
                ["name"] = peer.Name,
                ["role"] = peer.Role,
                ["user_id"] = peer.UserId,
                ["user"] = peer.UserId,
                ["joined_at"] = WireJson.Nanos(peer.JoinedAt),
            };
            if (peer.LeftAt is not null)
            {
                json["left_at"] = WireJson.Nanos(peer.LeftAt.Value);
            }

            peers[peer.Id] = json;
        }

        return new JsonObject
        {
            ["id"] = session.Id,
            ["room_id"] = session.RoomId,
            ["customer_id"] = CustomerId,
            ["app_id"] = AppId,
            ["active"] = session.Active,
            ["peers"] = peers,
            ["created_at"] = WireJson.Nanos(session.CreatedAt),
            ["updated_at"] = WireJson.Nanos(session.UpdatedAt),
        };
    }
}
