using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>State transitions shared by routes and the seeding API: sessions, peers and beam-job lifecycles.</summary>
internal sealed partial class FakeApiCore
{
    public const string BeamRole = "__internal_recorder";

    /// <summary>Materialises every job whose stop delay has elapsed (assets appear, beam peers leave).</summary>
    private void Tick(DateTimeOffset now)
    {
        if (_pendingJobs.Count == 0)
        {
            return;
        }

        foreach (var job in _pendingJobs.ToArray())
        {
            if (job.StopRequestedAt is { } stop && now >= stop + Options.JobStopDelay)
            {
                CompleteJob(job, stop + Options.JobStopDelay);
            }
        }
    }

    public string JobStatus(JobState job, DateTimeOffset now) =>
        job.CompletedAt is not null ? "completed"
        : job.StopRequestedAt is not null ? "stopping"
        : now >= job.CreatedAt + Options.JobStartDelay ? "running"
        : "starting";

    public DateTimeOffset? JobStartedAt(JobState job, DateTimeOffset now)
    {
        var startedAt = job.CreatedAt + Options.JobStartDelay;
        return (job.StopRequestedAt ?? now) >= startedAt ? startedAt : null;
    }

    public bool IsJobLive(JobState job) => job.StopRequestedAt is null;

    public void RequestStop(JobState job, DateTimeOffset now, string stoppedBy = "")
    {
        if (job.StopRequestedAt is not null)
        {
            return;
        }

        job.StopRequestedAt = now;
        job.StoppedBy = stoppedBy;
    }

    public JobState StartJob(JobKind kind, RoomState room, JsonObject parameters, string meetingUrl, string destination, DateTimeOffset now)
    {
        string sessionId;
        string? beamPeer = null;
        if (room.ActiveSessionId is { } active)
        {
            sessionId = active;
        }
        else
        {
            // The beam bot joins an empty room itself, which opens a session (as on the real platform).
            var peer = JoinPeer(room, "Beam", BeamRole, "beam-" + Ids.Letters(8), string.Empty, withTracks: false, now);
            sessionId = peer.SessionId;
            beamPeer = peer.Id;
        }

        var job = new JobState
        {
            Id = Ids.ObjectId(),
            Kind = kind,
            RoomId = room.Id,
            SessionId = sessionId,
            CreatedAt = now,
            MeetingUrl = meetingUrl,
            Destination = destination,
            Parameters = parameters,
            BeamPeerId = beamPeer,
        };
        Jobs.Add(job);
        _pendingJobs.Add(job);
        return job;
    }

    private void CompleteJob(JobState job, DateTimeOffset at)
    {
        job.CompletedAt = at;
        _pendingJobs.Remove(job);
        var startedAt = JobStartedAt(job, at);
        if (startedAt is not null)
        {
            CreateAssets(job, startedAt.Value, job.StopRequestedAt ?? at, at);
        }

        if (job.BeamPeerId is { } beam && Peers.TryGetValue(beam, out var peer) && peer.IsActive)
        {
            LeavePeer(peer, at);
        }
    }

    private void CreateAssets(JobState job, DateTimeOffset startedAt, DateTimeOffset stoppedAt, DateTimeOffset createdAt)
    {
        // Duration is what was recorded (start to stop request); the asset appears once post-processing ends.
        var duration = (long)Math.Max(0, (stoppedAt - startedAt).TotalSeconds);
        var folder = string.Create(CultureInfo.InvariantCulture, $"s3://fake-hms-recordings/{CustomerId}/{job.RoomId}/{stoppedAt.UtcDateTime:yyyyMMdd}/{job.Id}");
        var stamp = stoppedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

        AssetState Asset(string type, string file, JsonObject metadata, List<string>? thumbnails = null)
        {
            var asset = new AssetState
            {
                Id = Ids.ObjectId(),
                JobId = job.Id,
                RoomId = job.RoomId,
                SessionId = job.SessionId,
                Type = type,
                Path = folder + "/" + file,
                Size = Math.Max(1024, duration * Ids.Next(80_000, 250_000)),
                Duration = duration,
                CreatedAt = createdAt,
                Thumbnails = thumbnails,
                Metadata = metadata,
            };
            job.Assets.Add(asset);
            Assets.Add(asset);
            return asset;
        }

        static JsonObject Resolution(int width, int height) =>
            new() { ["resolution"] = new JsonObject { ["width"] = width, ["height"] = height } };

        switch (job.Kind)
        {
            case JobKind.Recording:
            {
                var resolution = job.Parameters["resolution"] as JsonObject;
                var width = (int?)resolution?["width"] ?? 1280;
                var height = (int?)resolution?["height"] ?? 720;
                var metadata = Resolution(width, height);
                if (job.Parameters["audio_only"] is JsonValue audio && audio.TryGetValue<bool>(out var audioOnly) && audioOnly)
                {
                    metadata["media_type"] = "audio";
                }

                Asset("room-composite", "Rec-" + job.RoomId + "-" + stamp + ".mp4", metadata);
                Asset("chat", "chat-" + job.RoomId + "-" + stamp + ".csv", new JsonObject());
                if (job.Parameters["transcription"] is JsonObject transcription && (bool?)transcription["enabled"] == true)
                {
                    var modes = (transcription["output_modes"] as JsonArray)?.Select(m => (string?)m).OfType<string>().ToList() ?? new List<string> { "txt", "srt", "json" };
                    foreach (var mode in modes)
                    {
                        Asset("transcript", "transcript/" + job.Id + "." + mode, new JsonObject { ["output_mode"] = mode });
                    }

                    if (transcription["summary"] is JsonObject summary && (bool?)summary["enabled"] == true)
                    {
                        Asset("summary", "summary/" + job.Id + ".json", new JsonObject { ["output_mode"] = "json" });
                    }
                }

                break;
            }

            case JobKind.LiveStream:
            {
                var recording = job.Parameters["recording"] as JsonObject;
                if ((bool?)recording?["hls_vod"] == true)
                {
                    var thumbnails = new List<string> { folder + "/thumbnails/0.png", folder + "/thumbnails/1.png" };
                    Asset("room-vod", "hls-vod/" + job.Id + ".zip", new JsonObject { ["num_layers"] = "2", ["max_width"] = 1280, ["max_height"] = 720 }, thumbnails);
                }

                if ((bool?)recording?["single_file_per_layer"] == true)
                {
                    Asset("room-composite", "layer-0-" + stamp + ".mp4", new JsonObject { ["layer"] = "0", ["resolution"] = new JsonObject { ["width"] = 1280, ["height"] = 720 } });
                    Asset("room-composite", "layer-1-" + stamp + ".mp4", new JsonObject { ["layer"] = "1", ["resolution"] = new JsonObject { ["width"] = 640, ["height"] = 360 } });
                }

                break;
            }

            case JobKind.ExternalStream:
            {
                if ((bool?)job.Parameters["recording"] == true)
                {
                    var resolution = job.Parameters["resolution"] as JsonObject;
                    Asset("room-composite", "Rec-" + job.RoomId + "-" + stamp + ".mp4", Resolution((int?)resolution?["width"] ?? 1280, (int?)resolution?["height"] ?? 720));
                }

                break;
            }
        }
    }

    public PeerState JoinPeer(RoomState room, string name, string role, string userId, string metadata, bool withTracks, DateTimeOffset now, string type = "regular", bool withVideo = true)
    {
        SessionState session;
        if (room.ActiveSessionId is { } activeId && Sessions.Find(activeId) is { } existing)
        {
            session = existing;
        }
        else
        {
            session = new SessionState { Id = Ids.ObjectId(), RoomId = room.Id, CreatedAt = now, UpdatedAt = now, Active = true };
            Sessions.Add(session);
            room.ActiveSessionId = session.Id;
        }

        var peer = new PeerState
        {
            Id = Ids.Uuid(),
            RoomId = room.Id,
            SessionId = session.Id,
            Name = name,
            Role = role,
            UserId = userId,
            Metadata = metadata,
            Type = type,
            JoinedAt = now,
        };
        if (withTracks)
        {
            var streamId = Ids.Uuid();
            foreach (var trackType in withVideo ? new[] { "audio", "video" } : new[] { "audio" })
            {
                var track = new TrackState { Id = Ids.Uuid(), StreamId = streamId, Type = trackType, Source = "regular", StartedAt = now };
                peer.Tracks.Add(track);
                AddEvent(room.Id, "track.add.success", now, TrackEventData(room, peer, track, "track.add.success", now), session.Id, peer.Id, peer.UserId);
            }
        }

        session.Peers.Add(peer);
        session.UpdatedAt = now;
        Peers[peer.Id] = peer;
        return peer;
    }

    public void LeavePeer(PeerState peer, DateTimeOffset now)
    {
        if (!peer.IsActive)
        {
            return;
        }

        peer.LeftAt = now;
        var session = Sessions.Find(peer.SessionId)!;
        session.UpdatedAt = now;
        if (Rooms.Find(peer.RoomId) is { } room)
        {
            foreach (var track in peer.Tracks)
            {
                AddEvent(room.Id, "track.remove.success", now, TrackEventData(room, peer, track, "track.remove.success", now), session.Id, peer.Id, peer.UserId);
            }
        }

        // The session ends when no human is left (a lone beam bot does not keep it open), or when the last peer of any kind leaves.
        var humansLeft = session.Peers.Any(p => p.IsActive && p.Role != BeamRole);
        var anyoneLeft = session.Peers.Any(p => p.IsActive);
        if (!anyoneLeft || (peer.Role != BeamRole && !humansLeft))
        {
            CloseSession(session, now);
        }
    }

    public void CloseSession(SessionState session, DateTimeOffset now)
    {
        if (!session.Active)
        {
            return;
        }

        session.Active = false;
        session.UpdatedAt = now;
        foreach (var peer in session.Peers.Where(p => p.IsActive))
        {
            peer.LeftAt = now;
        }

        if (Rooms.Find(session.RoomId) is { } room && room.ActiveSessionId == session.Id)
        {
            room.ActiveSessionId = null;
        }

        foreach (var job in _pendingJobs.Where(j => j.RoomId == session.RoomId).ToArray())
        {
            RequestStop(job, now);
        }
    }

    public JsonObject TrackEventData(RoomState room, PeerState peer, TrackState track, string type, DateTimeOffset now)
    {
        var data = new JsonObject
        {
            ["room_id"] = room.Id,
            ["session_id"] = peer.SessionId,
            ["room_name"] = room.Name,
            ["peer_id"] = peer.Id,
            ["user_id"] = peer.UserId,
            ["user_name"] = peer.Name,
            ["joined_at"] = WireJson.Nanos(peer.JoinedAt),
            ["role"] = peer.Role,
            ["track_id"] = track.Id,
            ["stream_id"] = track.StreamId,
            ["type"] = track.Type,
            ["source"] = track.Source,
            ["mute"] = track.Mute,
            ["started_at"] = WireJson.Nanos(track.StartedAt),
        };
        if (type == "track.remove.success")
        {
            data["stopped_at"] = WireJson.Nanos(now);
        }

        return data;
    }

    public AnalyticsEventState AddEvent(string roomId, string type, DateTimeOffset timestamp, JsonObject data, string sessionId = "", string peerId = "", string userId = "", string beamId = "")
    {
        if (!Events.TryGetValue(roomId, out var store))
        {
            store = new OrderedStore<AnalyticsEventState>(e => e.Id);
            Events[roomId] = store;
        }

        var ev = new AnalyticsEventState
        {
            Id = Ids.Uuid(),
            RoomId = roomId,
            Type = type,
            SessionId = sessionId,
            PeerId = peerId,
            UserId = userId,
            BeamId = beamId,
            Timestamp = timestamp,
            Data = data,
        };
        store.Add(ev);
        return ev;
    }

    public RoomState RequireRoom(string roomId) =>
        Rooms.Find(roomId) ?? throw FakeApiException.NotFound("room not found", "no room with id " + roomId);

    public RoomState CreateRoomState(string? name, string? templateId, DateTimeOffset now)
    {
        var template = templateId is null ? Templates.Find(DefaultTemplateId)! : Templates.Find(templateId)
            ?? throw new FakeApiException(400, "Error: template not found", "no template with id " + templateId);
        var room = new RoomState
        {
            Id = Ids.ObjectId(),
            Name = name ?? Ids.RoomWord() + "-" + Ids.Letters(6),
            TemplateId = template.Id,
            Region = (string?)template.Settings["region"] ?? "in",
            CreatedAt = now,
            UpdatedAt = now,
        };
        Rooms.Add(room);
        RoomsByName[room.Name] = room;
        return room;
    }
}
