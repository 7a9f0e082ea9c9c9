using System;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.Paging;
using HmsSdk.Serialization;
using HmsSdk.StreamKeys;

namespace HmsSdk;

/// <summary>Creates, reads and disables RTMP ingest stream keys (<c>/stream-keys</c>; a gated 100ms feature).</summary>
/// <example>
/// <code>
/// StreamKey key = await hms.StreamKeys.CreateAsync(roomId);
/// Console.WriteLine($"Publish to {key.Url}");              // key.Key is the secret; never log it
///
/// // Reset a leaked key: disable, then create a new one.
/// await hms.StreamKeys.DisableAsync(roomId);
/// StreamKey fresh = await hms.StreamKeys.CreateAsync(roomId);
/// </code>
/// </example>
public interface IStreamKeysService
{
    /// <summary>Creates the room's RTMP stream key (<c>POST /stream-keys/room/{room_id}</c>).</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsBadRequestException">The room already has an active key (disable it first).</exception>
    /// <exception cref="HmsNotFoundException">No such room.</exception>
    /// <exception cref="HmsForbiddenException">The room is disabled.</exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<StreamKey> CreateAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves the room's active RTMP stream key (<c>GET /stream-keys/room/{room_id}</c>).</summary>
    /// <remarks>
    /// The API answers <c>{"data": [key], "last": ...}</c>; a room has at most one active key, so this returns that key
    /// (the first element) rather than the list.
    /// </remarks>
    /// <param name="roomId">The room id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The active key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">
    /// The room has no active key: either the API's 404 (<c>No active key found</c>), or a 200 with empty <c>data</c>,
    /// which raises a lookup miss (<see cref="HmsNotFoundException.IsLookupMiss"/> true).
    /// </exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<StreamKey> GetAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Disables the room's active stream key (<c>POST /stream-keys/room/{room_id}/disable</c>).</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The acknowledgement, for example <c>key disabled successfully</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">The room has no key to disable.</exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<HmsMessageResponse> DisableAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <summary>Creates, reads and disables RTMP ingest stream keys (<c>/stream-keys</c>).</summary>
internal sealed class StreamKeysService : IStreamKeysService
{
    private readonly HmsPipeline _pipeline;

    internal StreamKeysService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <inheritdoc />
    public Task<StreamKey> CreateAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        var request = HmsRequest.Post("StreamKeys.Create", RequestPath.Create("stream-keys/room/{0}", roomId)).WithOptions(requestOptions);
        return _pipeline.SendAsync(request, StreamKeysJsonContext.Default.StreamKey, cancellationToken);
    }

    /// <inheritdoc />
    public Task<StreamKey> GetAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        var request = HmsRequest.Get("StreamKeys.Get", RequestPath.Create("stream-keys/room/{0}", roomId)).WithOptions(requestOptions);
        return GetCoreAsync(request, roomId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<HmsMessageResponse> DisableAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        var request = HmsRequest.Post("StreamKeys.Disable", RequestPath.Create("stream-keys/room/{0}/disable", roomId)).WithOptions(requestOptions);
        return _pipeline.SendAsync(request, CommonJsonContext.Default.HmsMessageResponse, cancellationToken);
    }

    private Task<StreamKey> GetCoreAsync(HmsRequest request, string roomId, CancellationToken cancellationToken) =>
        ListLookup.FirstOrMissAsync(
            _pipeline, request, StreamKeysJsonContext.Default.HmsListResponseStreamKey, "No active stream key found in the room with id - ", roomId, cancellationToken);
}
