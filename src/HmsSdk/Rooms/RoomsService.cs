using System;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.Paging;
using HmsSdk.Rooms;

namespace HmsSdk;

/// <summary>Creates, retrieves, lists, updates and enables or disables rooms (<c>/rooms</c>).</summary>
/// <example>
/// <code>
/// var room = await hms.Rooms.CreateAsync(new CreateRoomOptions
/// {
///     Name = "standup",
///     Region = RoomRegion.Europe,
///     MaxDurationSeconds = 3600,
/// });
/// await foreach (var r in hms.Rooms.ListAsync(new RoomListOptions { After = DateTimeOffset.UtcNow.AddDays(-7) }))
/// {
///     Console.WriteLine($"{r.Id} {r.Name}");
/// }
/// var same = await hms.Rooms.GetByNameAsync("standup");
/// await hms.Rooms.SetEnabledAsync(same.Id, enabled: false);
/// </code>
/// </example>
public interface IRoomsService
{
    /// <summary>Lists rooms, newest first, following <c>last</c>/<c>start</c> through every page (<c>GET /rooms</c>).</summary>
    /// <param name="options">Filters; null lists with the API defaults (enabled rooms only).</param>
    /// <param name="requestOptions">Per-call overrides (timeout, retries, headers).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A lazy sequence of rooms; nothing is requested until it is enumerated.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RoomListOptions.Limit"/> is outside 10..100.</exception>
    /// <exception cref="ArgumentException">A text filter is empty or whitespace, or <see cref="RoomListOptions.After"/> is later than <see cref="RoomListOptions.Before"/>.</exception>
    HmsAsyncPageable<Room> ListAsync(RoomListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves a room by id (<c>GET /rooms/{room_id}</c>).</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">No such room.</exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<Room> GetAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves a room by its exact name with one <c>GET /rooms?name=...</c> request.</summary>
    /// <param name="name">The room name.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The first matching room.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or whitespace.</exception>
    /// <exception cref="HmsNotFoundException">
    /// No room has that name: <see cref="HmsNotFoundException.IsLookupMiss"/> is true and the message is the Node SDK's
    /// <c>No Room found with passed in name - &lt;name&gt;</c>.
    /// </exception>
    /// <exception cref="HmsApiException">The API returned an error.</exception>
    Task<Room> GetByNameAsync(string name, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a room, or reconfigures and returns the room that already has the name (<c>POST /rooms</c>).</summary>
    /// <param name="options">The configuration; null sends <c>{}</c> and the API generates a name.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RoomConfigurationOptions.MaxDurationSeconds"/> is outside 120..43200 or <see cref="RoomConfigurationOptions.Size"/> is out of range.</exception>
    /// <exception cref="ArgumentException">A name or id is blank, upload info lacks type or location, or a webhook lacks its URL.</exception>
    /// <exception cref="HmsBadRequestException">The API rejected the configuration.</exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<Room> CreateAsync(CreateRoomOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Updates a room's configuration (<c>POST /rooms/{room_id}</c>); unset fields are left as they are.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="options">The fields to change.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated room.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RoomConfigurationOptions.MaxDurationSeconds"/> or <see cref="RoomConfigurationOptions.Size"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is not a usable id, or an option is invalid.</exception>
    /// <exception cref="HmsApiException">The API returned an error.</exception>
    Task<Room> UpdateAsync(string roomId, UpdateRoomOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Enables or disables a room (<c>POST /rooms/{room_id}</c> with <c>{"enabled": ...}</c>). Disabling lets a running
    /// session continue but refuses new joins.
    /// </summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="enabled">True to enable, false to disable.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room in its new state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsApiException">The API returned an error.</exception>
    Task<Room> SetEnabledAsync(string roomId, bool enabled, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <summary>Creates, retrieves, lists, updates and enables or disables rooms (<c>/rooms</c>).</summary>
internal sealed class RoomsService : IRoomsService
{
    private readonly HmsPipeline _pipeline;

    internal RoomsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <inheritdoc />
    public HmsAsyncPageable<Room> ListAsync(RoomListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var query = new HmsQuery();
        int? limit = null;
        if (options is not null)
        {
            limit = RoomGroupChecks.Limit(options.Limit, nameof(options));
            RoomGroupChecks.OptionalText(options.Name, nameof(RoomListOptions.Name), nameof(options));
            RoomGroupChecks.OptionalText(options.TemplateId, nameof(RoomListOptions.TemplateId), nameof(options));
            RoomGroupChecks.DateWindow(options.After, options.Before, nameof(options));

            query.Add("enabled", options.Enabled)
                .Add("after", options.After)
                .Add("before", options.Before)
                .Add("name", options.Name)
                .Add("template_id", options.TemplateId);
        }

        return Pagers.List(_pipeline, "Rooms.List", RequestPath.Literal("rooms"), query, limit, RoomsJsonContext.Default.HmsListResponseRoom, requestOptions, cancellationToken, RoomGroupChecks.MinLimit);
    }

    /// <inheritdoc />
    public Task<Room> GetAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        var request = HmsRequest.Get("Rooms.Get", RequestPath.Create("rooms/{0}", roomId)).WithOptions(requestOptions);
        return _pipeline.SendAsync(request, RoomsJsonContext.Default.Room, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Room> GetByNameAsync(string name, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(name, nameof(name));
        return GetByNameCoreAsync(name, requestOptions, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Room> CreateAsync(CreateRoomOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var request = HmsRequest.Post("Rooms.Create", RequestPath.Literal("rooms")).WithOptions(requestOptions);
        if (options is not null)
        {
            RoomOptionsValidator.Validate(options, nameof(options));
            request.WithJsonBody(options, RoomsJsonContext.Default.CreateRoomOptions, nameof(options));
        }

        return _pipeline.SendAsync(request, RoomsJsonContext.Default.Room, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Room> UpdateAsync(string roomId, UpdateRoomOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        Guard.NotNull(options, nameof(options));
        RoomOptionsValidator.Validate(options, nameof(options));
        var request = HmsRequest.Post("Rooms.Update", RequestPath.Create("rooms/{0}", roomId))
            .WithJsonBody(options, RoomsJsonContext.Default.UpdateRoomOptions, nameof(options))
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, RoomsJsonContext.Default.Room, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Room> SetEnabledAsync(string roomId, bool enabled, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        var request = HmsRequest.Post("Rooms.SetEnabled", RequestPath.Create("rooms/{0}", roomId))
            .WithJsonBody(new RoomEnabledRequest { Enabled = enabled }, RoomsJsonContext.Default.RoomEnabledRequest)
            // Setting the same state twice changes nothing, so a lost response may be retried like a GET.
            .AsIdempotent()
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, RoomsJsonContext.Default.Room, cancellationToken);
    }

    private Task<Room> GetByNameCoreAsync(string name, HmsRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var request = HmsRequest.Get("Rooms.GetByName", RequestPath.Literal("rooms"))
            .WithQuery(new HmsQuery().Add("name", name))
            .WithOptions(requestOptions);
        return ListLookup.FirstOrMissAsync(
            _pipeline, request, RoomsJsonContext.Default.HmsListResponseRoom, "No Room found with passed in name - ", name, cancellationToken);
    }
}
