using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>Analytics: events (<c>next</c>/<c>start</c> cursor paging), webhook history (page numbers), replay and peer stats.</summary>
internal sealed partial class FakeApiCore
{
    private static readonly HashSet<string> ErrorEventTypes = new(StringComparer.Ordinal)
    {
        "client.publish.failed", "client.subscribe.failed", "client.join.failed", "client.disconnected", "client.connect.failed",
    };

    private void MapAnalytics()
    {
        _routes.Map("GET", "/analytics/events", ListEvents);
        _routes.Map("GET", "/analytics/webhooks", ListWebhookDeliveries);
        _routes.Map("POST", "/analytics/webhooks/replay", StartReplay);
        _routes.Map("GET", "/analytics/webhooks/replay/{workflow_id}", GetReplay);
        _routes.Map("GET", "/analytics/peer-stats", GetPeerStats);
    }

    private JsonNode ListEvents(RequestContext ctx)
    {
        var q = ctx.Query;
        var roomId = q.Required("room_id");
        var types = q.GetAll("type");
        var sessionId = q.Get("session_id");
        var peerId = q.Get("peer_id");
        var userId = q.Get("user_id");
        var beamId = q.Get("beam_id");
        var errorsOnly = q.GetBool("error") ?? false;
        var limit = q.GetLimit(10, 1, 100);
        var start = q.Get("start");

        var events = Events.TryGetValue(roomId, out var store) ? store : new OrderedStore<AnalyticsEventState>(e => e.Id);
        bool Matches(AnalyticsEventState e) =>
            (types.Count == 0 || types.Contains(e.Type))
            && (!errorsOnly || ErrorEventTypes.Contains(e.Type))
            && (sessionId is null || e.SessionId == sessionId)
            && (peerId is null || e.PeerId == peerId)
            && (userId is null || e.UserId == userId)
            && (beamId is null || e.BeamId == beamId);

        var position = 0;
        if (start is not null)
        {
            var index = events.IndexOf(start);
            if (index < 0)
            {
                throw FakeApiException.BadQuery("start", "unknown or expired cursor");
            }

            position = index + 1;
        }

        var total = 0;
        var more = false;
        var page = new JsonArray();
        var lastId = string.Empty;
        for (var i = 0; i < events.Items.Count; i++)
        {
            var ev = events.Items[i];
            if (!Matches(ev))
            {
                continue;
            }

            total++;
            if (i < position)
            {
                continue;
            }

            if (page.Count < limit)
            {
                page.Add((JsonNode)EventJson(ev));
                lastId = ev.Id;
            }
            else
            {
                more = true;
            }
        }

        var next = more ? lastId : string.Empty;
        return new JsonObject { ["limit"] = limit, ["total"] = total, ["next"] = next, ["events"] = page };
    }

    private static JsonObject EventJson(AnalyticsEventState ev) => new()
    {
        ["version"] = "2.0",
        ["id"] = ev.Id,
        ["timestamp"] = WireJson.Nanos(ev.Timestamp),
        ["type"] = ev.Type,
        ["data"] = ev.Data.DeepClone(),
    };

    private (DateTimeOffset Start, DateTimeOffset End) ReadWindow(DateTimeOffset? startTime, DateTimeOffset? endTime, DateTimeOffset now)
    {
        var start = startTime ?? now.AddHours(-24);
        var end = endTime ?? now;
        if (start < now.AddDays(-30))
        {
            throw new FakeApiException(400, "start_time must be within the last 30 days");
        }

        if (end > start.AddDays(14) || end < start)
        {
            throw new FakeApiException(400, "end_time must be within 14 days after start_time");
        }

        return (start, end);
    }

    private JsonNode ListWebhookDeliveries(RequestContext ctx)
    {
        var q = ctx.Query;
        var (start, end) = ReadWindow(q.GetTime("start_time"), q.GetTime("end_time"), ctx.Now);
        var roomId = q.Get("room_id");
        var status = q.Get("status") ?? "all";
        if (status is not ("all" or "failed" or "success"))
        {
            throw FakeApiException.BadQuery("status", "must be all, failed or success");
        }

        var names = q.GetAll("event_names");
        var limit = q.GetLimit(50, 1, 100);
        var pageNumber = q.GetInt("page") ?? 1;
        if (pageNumber < 1)
        {
            throw FakeApiException.BadQuery("page", "must be at least 1");
        }

        var matches = WebhookDeliveries.Where(d =>
            d.Timestamp >= start && d.Timestamp <= end
            && (roomId is null || d.RoomId == roomId)
            && (status == "all" || d.Success == (status == "success"))
            && (names.Count == 0 || names.Contains(d.EventName))).ToList();
        var totalPages = (matches.Count + limit - 1) / limit;
        var events = new JsonArray();
        foreach (var d in matches.Skip((pageNumber - 1) * limit).Take(limit))
        {
            var payload = new JsonObject
            {
                ["event_data"] = d.EventData.DeepClone(),
                ["webhook_url"] = d.WebhookUrl,
                ["original_event_name"] = d.EventName,
            };
            if (d.ErrorReason is not null)
            {
                payload["error_reason"] = d.ErrorReason;
            }

            events.Add((JsonNode)new JsonObject
            {
                ["event_id"] = d.EventId,
                ["event_name"] = d.EventName,
                ["room_id"] = d.RoomId,
                ["event_timestamp"] = WireJson.Nanos(d.Timestamp),
                ["payload"] = payload,
            });
        }

        return new JsonObject
        {
            ["events"] = events,
            ["pagination"] = new JsonObject
            {
                ["current_page"] = pageNumber,
                ["page_size"] = limit,
                ["total_pages"] = totalPages,
                ["total_items"] = matches.Count,
                ["has_next"] = pageNumber < totalPages,
                ["has_prev"] = pageNumber > 1,
            },
            ["summary"] = new JsonObject { ["total_events"] = matches.Count },
        };
    }

    private JsonNode StartReplay(RequestContext ctx)
    {
        var body = ctx.Body();
        var startText = WireJson.OptString(body, "start_time");
        var endText = WireJson.OptString(body, "end_time");
        var (start, end) = ReadWindow(ParseBodyTime("start_time", startText), ParseBodyTime("end_time", endText), ctx.Now);
        var roomId = WireJson.OptString(body, "room_id");
        var names = WireJson.OptStringArray(body, "event_names") ?? new List<string>();
        var limit = WireJson.OptInt(body, "limit") ?? 50000;
        var offset = WireJson.OptInt(body, "offset") ?? 0;
        var status = WireJson.OptString(body, "status") ?? "failed";
        if (limit < 1 || limit > 50000)
        {
            throw FakeApiException.BadBody("limit", "limit must be between 1 and 50000");
        }

        if (offset < 0)
        {
            throw FakeApiException.BadBody("offset", "offset cannot be negative");
        }

        if (status is not ("all" or "failed" or "success"))
        {
            throw FakeApiException.BadBody("status", "status must be all, failed or success");
        }

        var filters = new JsonObject
        {
            ["start_time"] = WireJson.Nanos(start),
            ["end_time"] = WireJson.Nanos(end),
            ["room_id"] = roomId ?? string.Empty,
            ["event_types"] = WireJson.Strings(names),
        };
        var fingerprint = filters.ToJsonString() + "|" + limit + "|" + offset + "|" + status;
        var running = Replays.Values.FirstOrDefault(r => r.Fingerprint == fingerprint
            && (r.Delivering ? r.FinishedAt is null : ctx.Now < r.StartedAt + Options.ReplayDuration));
        if (running is not null)
        {
            return new JsonObject
            {
                ["workflow_id"] = running.WorkflowId,
                ["status"] = "already_running",
                ["message"] = "an identical replay is already running",
                ["filters"] = running.Filters.DeepClone(),
            };
        }

        var selected = WebhookDeliveries.Where(d =>
            d.Timestamp >= start && d.Timestamp <= end
            && (roomId is null || d.RoomId == roomId)
            && (status == "all" || d.Success == (status == "success"))
            && (names.Count == 0 || names.Contains(d.EventName)))
            .OrderBy(d => d.Timestamp)
            .Skip((int)Math.Min(offset, int.MaxValue))
            .Take((int)limit)
            .ToList();
        var workflowFilters = (JsonObject)filters.DeepClone();
        workflowFilters["limit"] = limit;
        workflowFilters["offset"] = offset;
        var receiver = WebhookReceiver;
        var workflow = new ReplayWorkflowState
        {
            WorkflowId = "replay-" + Ids.Uuid(),
            Fingerprint = fingerprint,
            StartedAt = ctx.Now,
            Filters = workflowFilters,
            Total = selected.Count,
            Delivering = receiver is not null,
        };
        Replays[workflow.WorkflowId] = workflow;
        if (receiver is not null)
        {
            StartReplayDelivery(workflow, selected, receiver);
        }
        return new JsonObject
        {
            ["workflow_id"] = workflow.WorkflowId,
            ["status"] = "started",
            ["message"] = "webhook replay started",
            ["filters"] = filters,
        };
    }

    private static DateTimeOffset? ParseBodyTime(string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw FakeApiException.BadBody(field, field + " must be an RFC3339 timestamp");
    }

    private JsonNode GetReplay(RequestContext ctx)
    {
        var id = ctx.Route("workflow_id");
        if (!Replays.TryGetValue(id, out var workflow))
        {
            throw FakeApiException.NotFound("workflow not found", "no replay workflow " + id);
        }

        if (workflow.Delivering)
        {
            var finished = workflow.FinishedAt is not null;
            var outcome = !finished ? "Running" : workflow.Failed == 0 ? "completed" : workflow.Delivered == 0 ? "failed" : "completed_with_failures";
            return new JsonObject
            {
                ["workflow_id"] = workflow.WorkflowId,
                ["status"] = outcome,
                ["started_at"] = WireJson.Nanos(workflow.StartedAt),
                ["completed_at"] = WireJson.NanosOrNull(workflow.FinishedAt),
                ["filters"] = workflow.Filters.DeepClone(),
                ["progress"] = new JsonObject { ["total"] = workflow.Total, ["completed"] = workflow.Delivered, ["failed"] = workflow.Failed },
                ["result"] = new JsonObject
                {
                    ["total"] = workflow.Total,
                    ["completed"] = workflow.Delivered,
                    ["failed"] = workflow.Failed,
                    ["failed_events"] = WireJson.Strings(workflow.FailedEvents),
                },
            };
        }

        var doneAt = workflow.StartedAt + Options.ReplayDuration;
        var done = ctx.Now >= doneAt;
        var fraction = done ? 1.0 : (ctx.Now - workflow.StartedAt).TotalSeconds / Math.Max(1, Options.ReplayDuration.TotalSeconds);
        var completed = (int)(workflow.Total * fraction);
        return new JsonObject
        {
            ["workflow_id"] = workflow.WorkflowId,
            ["status"] = done ? "completed" : "Running",
            ["started_at"] = WireJson.Nanos(workflow.StartedAt),
            ["completed_at"] = done ? WireJson.Nanos(doneAt) : null,
            ["filters"] = workflow.Filters.DeepClone(),
            ["progress"] = new JsonObject { ["total"] = workflow.Total, ["completed"] = completed, ["failed"] = 0 },
            ["result"] = new JsonObject { ["total"] = workflow.Total, ["completed"] = completed, ["failed"] = 0, ["failed_events"] = new JsonArray() },
        };
    }

    private JsonNode GetPeerStats(RequestContext ctx)
    {
        var peerId = ctx.Query.Required("peer_id");
        var sessionId = ctx.Query.Required("session_id");
        var session = Sessions.Find(sessionId) ?? throw FakeApiException.NotFound("session not found", "no session with id " + sessionId);
        if (session.Active)
        {
            throw new FakeApiException(400, "peer stats are available after the session ends", "session " + sessionId + " is active");
        }

        var peer = session.Peers.FirstOrDefault(p => p.Id == peerId) ?? throw FakeApiException.NotFound("peer not found", "no peer " + peerId + " in session " + sessionId);
        var from = peer.JoinedAt;
        var to = peer.LeftAt ?? session.UpdatedAt;
        var points = (int)Math.Clamp((to - from).TotalSeconds / 30, 1, 20);
        var seed = peer.Id.Aggregate(17, (h, c) => unchecked((h * 31) + c));
        var random = new Random(seed);

        JsonArray Series(Func<int, double> value)
        {
            var array = new JsonArray();
            for (var i = 0; i < points; i++)
            {
                array.Add((JsonNode?)JsonValue.Create(Math.Round(value(i), 2)));
            }

            return array;
        }

        var timestamps = new JsonArray();
        for (var i = 0; i < points; i++)
        {
            timestamps.Add((JsonNode?)JsonValue.Create(from.AddSeconds(30 * i).ToUnixTimeMilliseconds()));
        }

        var audioTrack = peer.Tracks.FirstOrDefault(t => t.Type == "audio")?.Id ?? Ids.Uuid();
        var videoTrack = peer.Tracks.FirstOrDefault(t => t.Type == "video")?.Id ?? Ids.Uuid();
        return new JsonObject
        {
            ["peer_id"] = peer.Id,
            ["session_id"] = session.Id,
            ["room_id"] = session.RoomId,
            ["publisher"] = new JsonObject
            {
                ["video"] = new JsonArray(new JsonObject
                {
                    ["track_id"] = videoTrack,
                    ["type"] = "regular",
                    ["rid"] = "h",
                    ["time_series"] = new JsonObject
                    {
                        ["timestamps"] = timestamps.DeepClone(),
                        ["bitrate"] = Series(_ => 400_000 + random.Next(200_000)),
                        ["fps"] = Series(_ => 24 + random.Next(7)),
                        ["packet_loss_percent"] = Series(_ => random.NextDouble() * 2),
                        ["rtt_ms"] = Series(_ => 40 + random.Next(80)),
                    },
                }),
                ["audio"] = new JsonArray(new JsonObject
                {
                    ["track_id"] = audioTrack,
                    ["time_series"] = new JsonObject
                    {
                        ["timestamps"] = timestamps.DeepClone(),
                        ["bitrate"] = Series(_ => 28_000 + random.Next(8_000)),
                        ["packet_loss_percent"] = Series(_ => random.NextDouble()),
                        ["rtt_ms"] = Series(_ => 40 + random.Next(80)),
                        ["jitter_ms"] = Series(_ => random.NextDouble() * 20),
                    },
                }),
            },
            ["subscriber"] = new JsonObject
            {
                ["video"] = new JsonArray(),
                ["audio"] = new JsonArray(),
            },
        };
    }
}
