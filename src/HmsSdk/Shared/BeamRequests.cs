using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Requests shared by the recording, recording-asset, live-stream and external-stream services.</summary>
internal static class BeamRequests
{
    /// <summary>
    /// Validates the filters every beam list accepts, then builds their query; the pager adds <c>limit</c> and <c>start</c>.
    /// </summary>
    public static HmsQuery ListQuery(string? roomId, string? sessionId, string? status, int? limit, string paramName)
    {
        BeamValidation.ListFilters(roomId, sessionId, status, limit, paramName);
        return new HmsQuery()
            .Add("room_id", roomId)
            .Add("session_id", sessionId)
            .Add("status", status);
    }

    /// <summary>
    /// Builds a body-less POST on one job or room (stop, stop-all, pause, resume). Repeating these leaves the same
    /// state, so transient failures may be retried.
    /// </summary>
    public static HmsRequest IdempotentAction(string operation, string pathTemplate, string id, string paramName, HmsRequestOptions? requestOptions)
    {
        Guard.Id(id, paramName);
        return HmsRequest.Post(operation, RequestPath.Create(pathTemplate, id))
            .AsIdempotent()
            .WithOptions(requestOptions);
    }
}
