using System;
using System.Collections.Generic;

namespace HmsSdk.Testing;

/// <summary>A snapshot of a room in the fake.</summary>
/// <param name="Id">Room id (24 hex characters).</param>
/// <param name="Name">Room name (unique, case-insensitive).</param>
/// <param name="Enabled">Whether peers may join.</param>
/// <param name="TemplateId">The room's template.</param>
/// <param name="CreatedAt">Creation time on the fake clock.</param>
/// <param name="ActiveSessionId">The open session, or null.</param>
public sealed record FakeRoom(string Id, string Name, bool Enabled, string TemplateId, DateTimeOffset CreatedAt, string? ActiveSessionId);

/// <summary>A snapshot of a peer (connected or departed).</summary>
/// <param name="Id">Peer id (a UUID).</param>
/// <param name="RoomId">The room.</param>
/// <param name="SessionId">The session the peer joined.</param>
/// <param name="Name">Display name.</param>
/// <param name="Role">Role name.</param>
/// <param name="UserId">The customer's user id.</param>
/// <param name="Metadata">Peer metadata string.</param>
/// <param name="JoinedAt">Join time.</param>
/// <param name="LeftAt">Leave time, or null while connected.</param>
public sealed record FakePeer(string Id, string RoomId, string SessionId, string Name, string Role, string UserId, string Metadata, DateTimeOffset JoinedAt, DateTimeOffset? LeftAt)
{
    /// <summary><c>regular</c>, or <c>sip</c> for a peer dialled in by an outbound SIP call.</summary>
    public string Type { get; init; } = "regular";
}

/// <summary>A snapshot of a session.</summary>
/// <param name="Id">Session id.</param>
/// <param name="RoomId">The room.</param>
/// <param name="Active">Whether the session is still open.</param>
/// <param name="CreatedAt">Open time.</param>
/// <param name="UpdatedAt">Last change (close time once closed).</param>
/// <param name="Peers">Every peer that joined, in join order.</param>
public sealed record FakeSession(string Id, string RoomId, bool Active, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<FakePeer> Peers);

/// <summary>The kind of a beam job.</summary>
public enum FakeJobKind
{
    /// <summary>A recording (<c>/recordings</c>).</summary>
    Recording,

    /// <summary>An HLS live stream (<c>/live-streams</c>).</summary>
    LiveStream,

    /// <summary>An RTMP external stream (<c>/external-streams</c>).</summary>
    ExternalStream,
}

/// <summary>A snapshot of a recording, live stream or external stream.</summary>
/// <param name="Id">Job id.</param>
/// <param name="Kind">Which API it belongs to.</param>
/// <param name="RoomId">The room.</param>
/// <param name="SessionId">The session it records or streams.</param>
/// <param name="Status">The status the API would report now (starting, running, stopping, completed).</param>
/// <param name="RecordingPaused">Whether its recording is paused.</param>
/// <param name="AssetIds">Recording assets produced on completion.</param>
/// <param name="TimedMetadataPayloads">Payloads sent with timed-metadata, in order.</param>
public sealed record FakeJob(
    string Id,
    FakeJobKind Kind,
    string RoomId,
    string SessionId,
    string Status,
    bool RecordingPaused,
    IReadOnlyList<string> AssetIds,
    IReadOnlyList<string> TimedMetadataPayloads);

/// <summary>A snapshot of a room code.</summary>
/// <param name="Code">The code, e.g. <c>abc-defg-hij</c>.</param>
/// <param name="RoomId">The room it joins.</param>
/// <param name="Role">The role it joins as.</param>
/// <param name="Enabled">Whether it can be used.</param>
public sealed record FakeRoomCode(string Code, string RoomId, string Role, bool Enabled);

/// <summary>A snapshot of an outbound SIP trunk.</summary>
/// <param name="Id">Trunk id.</param>
/// <param name="Address">SIP address of the provider.</param>
/// <param name="Username">Trunk user name.</param>
/// <param name="Password">Trunk password (as sent; the fake is for tests).</param>
/// <param name="From">Caller number.</param>
/// <param name="CreatedAt">Creation time.</param>
/// <param name="UpdatedAt">Last update time.</param>
public sealed record FakeSipTrunk(string Id, string Address, string Username, string Password, string From, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A snapshot of an outbound SIP call (always answered in the fake).</summary>
/// <param name="Id">Call id.</param>
/// <param name="TrunkId">The trunk used.</param>
/// <param name="To">The callee.</param>
/// <param name="RoomCode">The room code the callee joined with.</param>
/// <param name="RoomId">The room.</param>
/// <param name="PeerId">The <c>sip</c> peer that joined.</param>
/// <param name="Video">Whether video was requested.</param>
/// <param name="Headers">Custom SIP headers as sent.</param>
/// <param name="CreatedAt">Call time.</param>
public sealed record FakeSipCall(string Id, string TrunkId, string To, string RoomCode, string RoomId, string PeerId, bool Video, IReadOnlyDictionary<string, string> Headers, DateTimeOffset CreatedAt);

/// <summary>DTMF tones accepted by <c>POST /sip/dtmf</c>.</summary>
/// <param name="RoomId">The room of the app token.</param>
/// <param name="Digits">The tones in order.</param>
/// <param name="SentAt">When they were accepted.</param>
public sealed record FakeDtmf(string RoomId, IReadOnlyList<string> Digits, DateTimeOffset SentAt);
