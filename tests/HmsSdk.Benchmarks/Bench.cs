using System;
using System.Net.Http;

namespace HmsSdk.Benchmarks;

/// <summary>Shared set-up: fixed credentials and client options for every benchmark.</summary>
internal static class Bench
{
    public const string AccessKey = "bench-access-key-0123456789abcdef";
    public const string Secret = "bench-secret-0123456789abcdef0123456789abcdef0123456789";
    public const string RoomId = "67a0c0ffee0123456789abcd";
    public static readonly Uri BaseUri = new("https://api.bench.local/v2");

    public static HmsClient CreateClient(HttpMessageHandler handler, Uri? baseUri = null) => new(new HmsClientOptions
    {
        AccessKey = AccessKey,
        Secret = Secret,
        BaseUri = baseUri ?? BaseUri,
        HttpMessageHandler = handler,
    });

    /// <summary>Lists the sessions of <paramref name="roomId"/> through the SDK's pager, <paramref name="pageSize"/> per page.</summary>
    public static HmsAsyncPageable<Session> ListSessions(HmsClient client, string? roomId, int pageSize, HmsRequestOptions? requestOptions = null) =>
        client.Sessions.ListAsync(new SessionListOptions { RoomId = roomId, Limit = pageSize }, requestOptions);

    /// <summary>Retrieves a room through the whole SDK pipeline.</summary>
    public static System.Threading.Tasks.Task<Room> GetRoomAsync(HmsClient client, string roomId) =>
        client.Rooms.GetAsync(roomId);
}
