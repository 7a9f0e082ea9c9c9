using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.Paging;

namespace HmsSdk;

/// <summary>Reads one resource through a filtered list request, as the Node SDK's lookups do.</summary>
internal static class ListLookup
{
    /// <summary>
    /// Sends a filtered list request and returns its first item: how a room is found by name, a room's active session
    /// and its active stream key. An empty or missing <c>data</c> is a <see cref="RoomGroupChecks.LookupMiss"/> whose message is
    /// <paramref name="missMessage"/> followed by <paramref name="subject"/> (the Node SDK's text).
    /// </summary>
    public static async Task<T> FirstOrMissAsync<T>(
        HmsPipeline pipeline, HmsRequest request, JsonTypeInfo<HmsListResponse<T>> envelopeType, string missMessage, string subject, CancellationToken cancellationToken)
        where T : class
    {
        var response = await pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var envelope = HmsPipeline.Deserialize(response, envelopeType, request);
        if (envelope.Data is { Count: > 0 } data && data[0] is { } item)
        {
            return item;
        }

        throw RoomGroupChecks.LookupMiss(request.Operation, response, missMessage + Guard.Prefix(subject));
    }
}
