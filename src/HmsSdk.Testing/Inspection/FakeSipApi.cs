using System;
using System.Collections.Generic;
using System.Linq;
using HmsSdk.Testing.Core;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing;

/// <summary>Seeding and inspection of room codes (<see cref="FakeHmsApi.RoomCodes"/>).</summary>
public sealed class FakeRoomCodesApi
{
    private readonly FakeApiCore _core;

    internal FakeRoomCodesApi(FakeApiCore core) => _core = core;

    /// <summary>Every room code in creation order.</summary>
    public IReadOnlyList<FakeRoomCode> All => _core.Locked(_ => _core.RoomCodes.Items.Select(ToSnapshot).ToArray());

    /// <summary>Creates an enabled code for a role of a room, as <c>POST /room-codes/room/{room_id}/role/{role}</c> does.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="role">A role of the room's template.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="roomId"/> or <paramref name="role"/> is null, blank or malformed, no room with that id exists in this fake,
    /// or the role is not in the room's template.
    /// </exception>
    public FakeRoomCode Create(string roomId, string role = "host") => _core.Locked(now =>
    {
        FakeGuard.Text(role, nameof(role));
        var room = _core.RequireRoom(roomId, nameof(roomId));
        if (_core.Templates.Find(room.TemplateId) is not { } template || !template.Roles.ContainsKey(role))
        {
            throw new ArgumentException($"The template of room {FakeGuard.Quote(room.Id)} has no role {FakeGuard.Quote(role)}.", nameof(role));
        }

        return ToSnapshot(_core.AddRoomCode(room, role, now));
    });

    /// <summary>Enables or disables a code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="enabled">The new state.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null, blank or malformed, or no such room code exists in this fake.</exception>
    public void SetEnabled(string code, bool enabled) => _core.Locked(now =>
    {
        var state = FakeGuard.Known(_core.RoomCodes.Find(FakeGuard.Text(code, nameof(code))), "room code", code, nameof(code));
        state.Enabled = enabled;
        state.UpdatedAt = now;
        return true;
    });

    private static FakeRoomCode ToSnapshot(RoomCodeState c) => new(c.Code, c.RoomId, c.Role, c.Enabled);
}

/// <summary>Seeding and inspection of SIP trunks, calls and DTMF (<see cref="FakeHmsApi.Sip"/>).</summary>
public sealed class FakeSipApi
{
    private readonly FakeApiCore _core;

    internal FakeSipApi(FakeApiCore core) => _core = core;

    /// <summary>Every outbound trunk in creation order.</summary>
    public IReadOnlyList<FakeSipTrunk> Trunks => _core.Locked(_ => _core.SipTrunks.Items.Select(ToSnapshot).ToArray());

    /// <summary>Every outbound call in order.</summary>
    public IReadOnlyList<FakeSipCall> Calls => _core.Locked(_ => _core.SipCalls.Items
        .Select(c => new FakeSipCall(c.Id, c.TrunkId, c.To, c.RoomCode, c.RoomId, c.PeerId, c.Video, new Dictionary<string, string>(c.Headers, StringComparer.Ordinal), c.CreatedAt))
        .ToArray());

    /// <summary>DTMF tones accepted, in order.</summary>
    public IReadOnlyList<FakeDtmf> Dtmf => _core.Locked(_ => _core.DtmfSent.Select(d => new FakeDtmf(d.RoomId, d.Digits.ToArray(), d.SentAt)).ToArray());

    /// <summary>Creates an outbound trunk, as <c>POST /sip/outbound/trunks</c> does.</summary>
    /// <param name="address">The provider's SIP address.</param>
    /// <param name="username">Trunk user name, or null.</param>
    /// <param name="password">Trunk password, or null.</param>
    /// <param name="from">Caller number, or null.</param>
    /// <returns>The trunk.</returns>
    /// <exception cref="ArgumentException"><paramref name="address"/> is null, or a given argument is blank or malformed.</exception>
    public FakeSipTrunk CreateTrunk(string address = "trunk.pstn.fake.local", string? username = null, string? password = null, string? from = null)
    {
        FakeGuard.Text(address, nameof(address));
        FakeGuard.OptionalText(username, nameof(username));
        FakeGuard.OptionalText(password, nameof(password));
        FakeGuard.OptionalText(from, nameof(from));
        return _core.Locked(now => ToSnapshot(_core.AddSipTrunk(address, username, password, from, now)));
    }

    private static FakeSipTrunk ToSnapshot(SipTrunkState t) => new(t.Id, t.Address, t.Username, t.Password, t.From, t.CreatedAt, t.UpdatedAt);
}
