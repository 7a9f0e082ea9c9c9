using System;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.Paging;
using HmsSdk.Sessions;

namespace HmsSdk;

/// <summary>Lists and retrieves sessions, the time-bounded occurrences of a room (<c>/sessions</c>).</summary>
/// <example>
/// <code>
/// await foreach (var session in hms.Sessions.ListAsync(new SessionListOptions { RoomId = roomId, Active = false }))
/// {
///     foreach (var peer in session.Peers.Values)
///     {
///         Console.WriteLine($"{peer.Name}: {peer.JoinedAt:u} - {peer.LeftAt:u}");
///     }
/// }
/// try
/// {
///     var live = await hms.Sessions.GetActiveByRoomAsync(roomId);
/// }
/// catch (HmsNotFoundException ex) when (ex.IsLookupMiss)
/// {
///     // nobody is in the room right now
/// }
/// </code>
/// </example>
public interface ISessionsService
{
    /// <summary>Lists sessions, following <c>last</c>/<c>start</c> through every page (<c>GET /sessions</c>).</summary>
    /// <param name="options">Filters; null lists with the API defaults.</param>
    /// <param name="requestOptions">Per-call overrides (timeout, retries, headers).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A lazy sequence of sessions; nothing is requested until it is enumerated.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SessionListOptions.Limit"/> is outside 10..100.</exception>
    /// <exception cref="ArgumentException"><see cref="SessionListOptions.RoomId"/> is blank, or <see cref="SessionListOptions.After"/> is later than <see cref="SessionListOptions.Before"/>.</exception>
    HmsAsyncPageable<Session> ListAsync(SessionListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves a session by id (<c>GET /sessions/{session_id}</c>).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session with its peers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sessionId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">No such session.</exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<Session> GetAsync(string sessionId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Retrieves the room's running session with one <c>GET /sessions?room_id=...&amp;active=true</c> request.
    /// </summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The active session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">
    /// The room has no active session: <see cref="HmsNotFoundException.IsLookupMiss"/> is true and the message is the Node
    /// SDK's <c>No active Session found in the room with id - &lt;roomId&gt;</c>.
    /// </exception>
    /// <exception cref="HmsApiException">The API returned an error.</exception>
    Task<Session> GetActiveByRoomAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <summary>Lists and retrieves sessions, the time-bounded occurrences of a room (<c>/sessions</c>).</summary>
internal sealed class SessionsService : ISessionsService
{
    private readonly HmsPipeline _pipeline;

    internal SessionsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <inheritdoc />
    public HmsAsyncPageable<Session> ListAsync(SessionListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var query = new HmsQuery();
        int? limit = null;
        if (options is not null)
        {
            limit = RoomGroupChecks.Limit(options.Limit, nameof(options));
            RoomGroupChecks.OptionalText(options.RoomId, nameof(SessionListOptions.RoomId), nameof(options));
            RoomGroupChecks.DateWindow(options.After, options.Before, nameof(options));
            query.Add("room_id", options.RoomId)
                .Add("active", options.Active)
                .Add("after", options.After)
                .Add("before", options.Before);
        }

        return Pagers.List(_pipeline, "Sessions.List", RequestPath.Literal("sessions"), query, limit, SessionsJsonContext.Default.HmsListResponseSession, requestOptions, cancellationToken, RoomGroupChecks.MinLimit);
    }

    /// <inheritdoc />
    public Task<Session> GetAsync(string sessionId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(sessionId, nameof(sessionId));
        var request = HmsRequest.Get("Sessions.Get", RequestPath.Create("sessions/{0}", sessionId)).WithOptions(requestOptions);
        return _pipeline.SendAsync(request, SessionsJsonContext.Default.Session, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Session> GetActiveByRoomAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        return GetActiveByRoomCoreAsync(roomId, requestOptions, cancellationToken);
    }

    private Task<Session> GetActiveByRoomCoreAsync(string roomId, HmsRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var request = HmsRequest.Get("Sessions.GetActiveByRoom", RequestPath.Literal("sessions"))
            .WithQuery(new HmsQuery().Add("room_id", roomId).Add("active", true))
            .WithOptions(requestOptions);
        return ListLookup.FirstOrMissAsync(
            _pipeline, request, SessionsJsonContext.Default.HmsListResponseSession, "No active Session found in the room with id - ", roomId, cancellationToken);
    }
}
