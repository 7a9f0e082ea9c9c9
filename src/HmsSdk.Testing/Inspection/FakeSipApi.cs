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
    /// <exception cref="KeyNotFoundException">No such room, or the role is not in the room's template.</exception>
    public FakeRoomCode Create(string roomId, string role = "host") => _core.Locked(now =>
    {
        var room = _core.Rooms.Find(roomId) ?? throw new KeyNotFoundException("No room with id " + roomId);
        if (_core.Templates.Find(room.TemplateId) is not { } template || !template.Roles.ContainsKey(role))
        {
            throw new KeyNotFoundException("Role " + role + " is not in the template of room " + roomId);
        }

        return ToSnapshot(_core.AddRoomCode(room, role, now));
    });

    /// <summary>Enables or disables a code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="enabled">The new state.</param>
    /// <exception cref="KeyNotFoundException">No such code.</exception>
    public void SetEnabled(string code, bool enabled) => _core.Locked(now =>
    {
        var state = _core.RoomCodes.Find(code) ?? throw new KeyNotFoundException("No room code " + code);
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
    /// <param name="username">Trunk user name.</param>
    /// <param name="password">Trunk password.</param>
    /// <param name="from">Caller number.</param>
    /// <returns>The trunk.</returns>
    /// <exception cref="ArgumentException"><paramref name="address"/> is null or empty.</exception>
    public FakeSipTrunk CreateTrunk(string address = "trunk.pstn.fake.local", string? username = null, string? password = null, string? from = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        return _core.Locked(now => ToSnapshot(_core.AddSipTrunk(address, username, password, from, now)));
    }

    private static FakeSipTrunk ToSnapshot(SipTrunkState t) => new(t.Id, t.Address, t.Username, t.Password, t.From, t.CreatedAt, t.UpdatedAt);
}
