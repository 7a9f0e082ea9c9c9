using System;
using System.Linq;
using System.Text.Json.Nodes;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>
/// Beam jobs: <c>/recordings</c>, <c>/live-streams</c> and <c>/external-streams</c>. All three share the lifecycle
/// starting -> running (after <see cref="FakeHmsApiOptions.JobStartDelay"/>) -> stopping -> completed (after
/// <see cref="FakeHmsApiOptions.JobStopDelay"/>, when assets appear). One live job of each kind per room.
/// </summary>
internal sealed partial class FakeApiCore
{
    private void MapJobs()
    {
        _routes.Map("POST", "/recordings/room/{room_id}/start", ctx => StartRecording(ctx));
        _routes.Map("POST", "/recordings/room/{room_id}/stop", ctx => StopAllJobs(ctx, JobKind.Recording));
        _routes.Map("POST", "/recordings/{id}/stop", ctx => StopJob(ctx, JobKind.Recording));
        _routes.Map("POST", "/recordings/room/{room_id}/pause", ctx => PauseRoomRecording(ctx, pause: true));
        _routes.Map("POST", "/recordings/room/{room_id}/resume", ctx => PauseRoomRecording(ctx, pause: false));
        _routes.Map("GET", "/recordings", ctx => ListJobs(ctx, JobKind.Recording));
        _routes.Map("GET", "/recordings/{id}", ctx => JobJson(RequireJob(ctx, JobKind.Recording), ctx.Now, withAssets: true));

        _routes.Map("POST", "/live-streams/room/{room_id}/start", ctx => StartLiveStream(ctx));
        _routes.Map("POST", "/live-streams/room/{room_id}/stop", ctx => StopAllJobs(ctx, JobKind.LiveStream));
        _routes.Map("POST", "/live-streams/{id}/stop", ctx => StopJob(ctx, JobKind.LiveStream));
        _routes.Map("POST", "/live-streams/{id}/pause-recording", ctx => PauseStreamRecording(ctx, pause: true));
        _routes.Map("POST", "/live-streams/{id}/resume-recording", ctx => PauseStreamRecording(ctx, pause: false));
        _routes.Map("POST", "/live-streams/{id}/timed-metadata", SendTimedMetadata);
        _routes.Map("GET", "/live-streams", ctx => ListJobs(ctx, JobKind.LiveStream));
        _routes.Map("GET", "/live-streams/{id}", ctx => JobJson(RequireJob(ctx, JobKind.LiveStream), ctx.Now, withAssets: true));

        _routes.Map("POST", "/external-streams/room/{room_id}/start", ctx => StartExternalStream(ctx));
        _routes.Map("POST", "/external-streams/room/{room_id}/stop", ctx => StopAllJobs(ctx, JobKind.ExternalStream));
        _routes.Map("POST", "/external-streams/{id}/stop", ctx => StopJob(ctx, JobKind.ExternalStream));
        _routes.Map("GET", "/external-streams", ctx => ListJobs(ctx, JobKind.ExternalStream));
        _routes.Map("GET", "/external-streams/{id}", ctx => JobJson(RequireJob(ctx, JobKind.ExternalStream), ctx.Now, withAssets: true));
    }

    private static string KindName(JobKind kind) => kind switch
    {
        JobKind.Recording => "recording",
        JobKind.LiveStream => "hls",
        _ => "rtmp",
    };

    private RoomState RequireStartableRoom(RequestContext ctx, JobKind kind)
    {
        var room = RequireRoom(ctx.Route("room_id"));
        if (!room.Enabled)
        {
            throw new FakeApiException(403, "Room is disabled", "room " + room.Id + " is disabled");
        }

        if (Jobs.Items.Any(j => j.Kind == kind && j.RoomId == room.Id && IsJobLive(j)))
        {
            throw new FakeApiException(409, KindName(kind) + " already running", "stop the running " + KindName(kind) + " first");
        }

        return room;
    }

    /// <summary>Starts a job of <paramref name="kind"/> in the route's room once its body is read and validated.</summary>
    private JsonNode StartJobInRoom(RequestContext ctx, JobKind kind, JsonObject parameters, string meetingUrl, string destination)
    {
        var room = RequireStartableRoom(ctx, kind);
        return JobJson(StartJob(kind, room, parameters, meetingUrl, destination, ctx.Now), ctx.Now, withAssets: true);
    }

    private JsonNode StartRecording(RequestContext ctx)
    {
        var body = ctx.Body();
        var meetingUrl = WireJson.OptString(body, "meeting_url") ?? string.Empty;
        var destination = WireJson.OptString(body, "destination") ?? string.Empty;
        var parameters = new JsonObject();
        if (ReadResolution(body, minWidth: 480, minHeight: 480) is { } resolution)
        {
            parameters["resolution"] = resolution;
        }

        if (WireJson.OptBool(body, "audio_only") is { } audioOnly)
        {
            parameters["audio_only"] = audioOnly;
        }

        AddTranscription(body, parameters);
        return StartJobInRoom(ctx, JobKind.Recording, parameters, meetingUrl, destination);
    }

    private JsonNode StartLiveStream(RequestContext ctx)
    {
        var body = ctx.Body();
        var meetingUrl = WireJson.OptString(body, "meeting_url") ?? string.Empty;
        var destination = WireJson.OptString(body, "destination") ?? string.Empty;
        var recording = WireJson.OptObject(body, "recording");
        var parameters = new JsonObject
        {
            ["recording"] = new JsonObject
            {
                ["hls_vod"] = recording is null ? false : WireJson.OptBool(recording, "hls_vod") ?? false,
                ["single_file_per_layer"] = recording is null ? false : WireJson.OptBool(recording, "single_file_per_layer") ?? false,
            },
        };
        AddTranscription(body, parameters);
        return StartJobInRoom(ctx, JobKind.LiveStream, parameters, meetingUrl, destination);
    }

    private JsonNode StartExternalStream(RequestContext ctx)
    {
        var body = ctx.Body();
        var urls = WireJson.OptStringArray(body, "rtmp_urls");
        if (urls is null || urls.Count == 0)
        {
            throw FakeApiException.BadBody("rtmp_urls", "rtmp_urls is required");
        }

        if (urls.Count > 5)
        {
            throw FakeApiException.BadBody("rtmp_urls", "at most 5 rtmp_urls are allowed");
        }

        if (urls.Any(u => !u.StartsWith("rtmp://", StringComparison.OrdinalIgnoreCase) && !u.StartsWith("rtmps://", StringComparison.OrdinalIgnoreCase)))
        {
            throw FakeApiException.BadBody("rtmp_urls", "every rtmp_url must start with rtmp:// or rtmps://");
        }

        var meetingUrl = WireJson.OptString(body, "meeting_url") ?? string.Empty;
        var destination = WireJson.OptString(body, "destination") ?? string.Empty;
        var resolution = ReadResolution(body, minWidth: 500, minHeight: 480) ?? new JsonObject { ["width"] = 1280, ["height"] = 720 };
        var parameters = new JsonObject
        {
            ["rtmp_urls"] = WireJson.Strings(urls),
            ["recording"] = WireJson.OptBool(body, "recording") ?? false,
            ["resolution"] = resolution,
        };
        return StartJobInRoom(ctx, JobKind.ExternalStream, parameters, meetingUrl, destination);
    }

    private static JsonObject? ReadResolution(JsonObject body, int minWidth, int minHeight)
    {
        var resolution = WireJson.OptObject(body, "resolution");
        if (resolution is null)
        {
            return null;
        }

        var width = WireJson.OptInt(resolution, "width") ?? throw FakeApiException.BadBody("resolution", "resolution.width is required");
        var height = WireJson.OptInt(resolution, "height") ?? throw FakeApiException.BadBody("resolution", "resolution.height is required");
        var landscape = width >= height;
        var (maxW, maxH) = landscape ? (1920, 1080) : (1080, 1920);
        var (minW, minH) = landscape ? (minWidth, minHeight) : (minWidth, Math.Max(minWidth, minHeight));
        if (width < minW || height < minH || width > maxW || height > maxH)
        {
            throw FakeApiException.BadBody("resolution", $"resolution must be between {minW}x{minH} and {maxW}x{maxH}");
        }

        return new JsonObject { ["width"] = (int)width, ["height"] = (int)height };
    }

    private static void AddTranscription(JsonObject body, JsonObject parameters)
    {
        if (ReadTranscription(body) is { } transcription)
        {
            parameters["transcription"] = transcription;
        }
    }

    private static JsonObject? ReadTranscription(JsonObject body)
    {
        var transcription = WireJson.OptObject(body, "transcription");
        if (transcription is null)
        {
            return null;
        }

        WireJson.OptBool(transcription, "enabled");
        WireJson.OptStringArray(transcription, "output_modes");
        WireJson.OptStringArray(transcription, "custom_vocabulary");
        if (WireJson.OptObject(transcription, "summary") is { } summary)
        {
            if (WireJson.OptString(summary, "context") is { Length: > 300 })
            {
                throw FakeApiException.BadBody("transcription", "summary.context must be at most 300 characters");
            }

            if (summary["sections"] is JsonArray { Count: > 6 })
            {
                throw FakeApiException.BadBody("transcription", "summary.sections allows at most 6 sections");
            }
        }

        return (JsonObject)transcription.DeepClone();
    }

    private JobState RequireJob(RequestContext ctx, JobKind kind)
    {
        var id = ctx.Route("id");
        var job = Jobs.Find(id);
        return job is not null && job.Kind == kind ? job : throw FakeApiException.NotFound(KindName(kind) + " not found", "no " + KindName(kind) + " with id " + id);
    }

    private JsonNode StopJob(RequestContext ctx, JobKind kind)
    {
        var job = RequireJob(ctx, kind);
        if (!IsJobLive(job))
        {
            throw FakeApiException.NotFound(KindName(kind) + " not running", "job " + job.Id + " is " + JobStatus(job, ctx.Now));
        }

        RequestStop(job, ctx.Now);
        return JobJson(job, ctx.Now, withAssets: true);
    }

    private JsonNode StopAllJobs(RequestContext ctx, JobKind kind)
    {
        var room = RequireRoom(ctx.Route("room_id"));
        var live = Jobs.Items.Where(j => j.Kind == kind && j.RoomId == room.Id && IsJobLive(j)).ToList();
        if (live.Count == 0)
        {
            throw FakeApiException.NotFound(KindName(kind) + " not running", "room " + room.Id + " has no running " + KindName(kind));
        }

        var data = new JsonArray();
        foreach (var job in live)
        {
            RequestStop(job, ctx.Now);
            data.Add((JsonNode)JobJson(job, ctx.Now, withAssets: true));
        }

        // Live/external stream stop-for-room answers carry an "error" string (live-streams/stop-live-stream-for-room.mdx);
        // every job stopped, so it is empty.
        var answer = new JsonObject { ["limit"] = Math.Max(10, live.Count), ["data"] = data, ["last"] = string.Empty };
        if (kind != JobKind.Recording)
        {
            answer["error"] = string.Empty;
        }

        return answer;
    }

    private JsonNode PauseRoomRecording(RequestContext ctx, bool pause)
    {
        var room = RequireRoom(ctx.Route("room_id"));
        var job = Jobs.Items.FirstOrDefault(j => j.Kind == JobKind.Recording && j.RoomId == room.Id && JobStatus(j, ctx.Now) == "running")
            ?? throw FakeApiException.NotFound("recording not running", "room " + room.Id + " has no running recording");
        SetPaused(job, pause);
        return JobJson(job, ctx.Now, withAssets: true);
    }

    private JsonNode PauseStreamRecording(RequestContext ctx, bool pause)
    {
        var job = RequireJob(ctx, JobKind.LiveStream);
        if (JobStatus(job, ctx.Now) != "running")
        {
            throw FakeApiException.NotFound("hls not running", "live stream " + job.Id + " is " + JobStatus(job, ctx.Now));
        }

        SetPaused(job, pause);
        return JobJson(job, ctx.Now, withAssets: true);
    }

    private static void SetPaused(JobState job, bool pause)
    {
        if (job.RecordingPaused == pause)
        {
            throw new FakeApiException(400, pause ? "recording already paused" : "recording is not paused");
        }

        job.RecordingPaused = pause;
    }

    private JsonNode SendTimedMetadata(RequestContext ctx)
    {
        var job = RequireJob(ctx, JobKind.LiveStream);
        var body = ctx.Body();
        var payload = WireJson.ReqString(body, "payload", maxLength: 100);
        var duration = WireJson.ReqInt(body, "duration");
        if (duration <= 0)
        {
            throw FakeApiException.BadBody("duration", "duration must be a positive number of seconds");
        }

        if (JobStatus(job, ctx.Now) != "running")
        {
            throw FakeApiException.NotFound("hls not running", "live stream " + job.Id + " is " + JobStatus(job, ctx.Now));
        }

        job.TimedMetadata.Add(new JsonObject { ["payload"] = payload, ["duration"] = duration, ["sent_at"] = WireJson.Nanos(ctx.Now) });
        return JobJson(job, ctx.Now, withAssets: true);
    }

    private JsonNode ListJobs(RequestContext ctx, JobKind kind)
    {
        var q = ctx.Query;
        var roomId = q.Get("room_id");
        var sessionId = q.Get("session_id");
        var status = q.Get("status");
        if (status is not null && status is not ("starting" or "running" or "stopping" or "post_processing" or "completed" or "failed"))
        {
            throw FakeApiException.BadQuery("status", "unknown status " + status);
        }

        var limit = q.GetLimit(10, 1, 100);
        var now = ctx.Now;
        return Paging.List(
            Jobs.Items,
            Jobs.IndexOf,
            j => j.Id,
            j => j.Kind == kind
                && (roomId is null || j.RoomId == roomId)
                && (sessionId is null || j.SessionId == sessionId)
                && (status is null || JobStatus(j, now) == status),
            q.Get("start"),
            limit,
            Options.EmptyLastOnFinalPage,
            j => JobJson(j, now, withAssets: false));
    }

    public JsonObject JobJson(JobState job, DateTimeOffset now, bool withAssets)
    {
        var startedAt = JobStartedAt(job, now);
        var updatedAt = job.CompletedAt ?? job.StopRequestedAt ?? startedAt ?? job.CreatedAt;
        var json = new JsonObject
        {
            ["id"] = job.Id,
            ["room_id"] = job.RoomId,
            ["session_id"] = job.SessionId,
            ["status"] = JobStatus(job, now),
            ["meeting_url"] = job.MeetingUrl,
            ["destination"] = job.Destination,
            ["created_at"] = WireJson.Nanos(job.CreatedAt),
            ["started_at"] = WireJson.NanosOrNull(startedAt),
            ["stopped_at"] = WireJson.NanosOrNull(job.CompletedAt),
            ["updated_at"] = WireJson.Nanos(updatedAt),
            ["started_by"] = job.StartedBy,
            ["stopped_by"] = job.StopRequestedAt is null ? string.Empty : job.StoppedBy,
        };

        switch (job.Kind)
        {
            case JobKind.Recording:
                // The types are known from the start parameters (recordings/start-recording-for-room.mdx lists them
                // while "starting"); once completed they are the types actually produced.
                json["asset_types"] = job.CompletedAt is null ? WireJson.Strings(PlannedRecordingAssetTypes(job)) : WireJson.Strings(job.Assets.Select(a => a.Type).Distinct());
                break;
            case JobKind.LiveStream:
                json["playback"] = new JsonObject { ["url"] = "https://cdn.fake.100ms.local/beam/" + job.RoomId + "/" + job.Id + "/master.m3u8" };
                json["recording"] = job.Parameters["recording"]!.DeepClone();
                break;
            case JobKind.ExternalStream:
                json["rtmp_urls"] = job.Parameters["rtmp_urls"]!.DeepClone();
                json["recording"] = job.Parameters["recording"]!.DeepClone();
                json["resolution"] = job.Parameters["resolution"]!.DeepClone();
                break;
        }

        // Recording lists omit recording_assets (recordings/list-all-recordings.mdx); stream lists carry it
        // (live-streams/list-all-live-streams.mdx, external-streams/list-all-external-streams.mdx).
        if (withAssets || job.Kind != JobKind.Recording)
        {
            json["recording_assets"] = job.CompletedAt is null ? null : new JsonArray(job.Assets.Select(a => (JsonNode)AssetJson(a)).ToArray());
        }

        return json;
    }

    private static System.Collections.Generic.IEnumerable<string> PlannedRecordingAssetTypes(JobState job)
    {
        yield return "room-composite";
        yield return "chat";
        if (job.Parameters["transcription"] is JsonObject transcription && (bool?)transcription["enabled"] == true)
        {
            yield return "transcript";
            if (transcription["summary"] is JsonObject summary && (bool?)summary["enabled"] == true)
            {
                yield return "summary";
            }
        }
    }
}
