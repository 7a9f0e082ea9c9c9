using System;
using System.Net.Http;
using HmsSdk.Http;
using HmsSdk.Paging;

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
    public static HmsAsyncPageable<BenchSession> ListSessions(HmsClient client, string? roomId, int pageSize) =>
        Pagers.List(
            client.Pipeline,
            "Sessions.List",
            RequestPath.Literal("sessions"),
            new HmsQuery().Add("room_id", roomId),
            pageSize,
            BenchJsonContext.Default.HmsListResponseBenchSession,
            null,
            default);

    /// <summary>Retrieves a room through the whole SDK pipeline.</summary>
    public static System.Threading.Tasks.Task<BenchRoom> RetrieveRoomAsync(HmsClient client, string roomId)
    {
        // Exactly what a typed RetrieveAsync does: validate, build the request, send, deserialize.
        Guard.Id(roomId, nameof(roomId));
        var request = HmsRequest.Get("Rooms.Retrieve", RequestPath.Create("rooms/{0}", roomId));
        return client.Pipeline.SendAsync(request, BenchJsonContext.Default.BenchRoom, default);
    }
}
