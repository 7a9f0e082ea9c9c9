using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.Paging;

namespace HmsSdk;

/// <summary>
/// The calls the beam resources (recordings, recording assets, live streams, external streams) share, written once:
/// list with the common filters, get by id, stop one job and stop a room's jobs, each under the resource's own path
/// prefix and operation name.
/// </summary>
/// <typeparam name="T">The resource model.</typeparam>
internal sealed class BeamResource<T>
{
    private readonly HmsPipeline _pipeline;
    private readonly JsonTypeInfo<T> _itemType;
    private readonly JsonTypeInfo<HmsListResponse<T>> _listType;
    private readonly RequestPath _listPath;
    private readonly string _listOperation;
    private readonly string _getOperation;
    private readonly string _stopOperation;
    private readonly string _stopAllOperation;
    private readonly string _itemTemplate;
    private readonly string _stopTemplate;
    private readonly string _stopAllTemplate;

    /// <param name="pipeline">The shared pipeline.</param>
    /// <param name="operationPrefix">The service name operations start with, such as <c>Recordings</c>.</param>
    /// <param name="path">The resource path, such as <c>recordings</c>.</param>
    /// <param name="itemType">The model's JSON metadata.</param>
    /// <param name="listType">The list envelope's JSON metadata (also the stop-all answer).</param>
    public BeamResource(HmsPipeline pipeline, string operationPrefix, string path, JsonTypeInfo<T> itemType, JsonTypeInfo<HmsListResponse<T>> listType)
    {
        _pipeline = pipeline;
        _itemType = itemType;
        _listType = listType;
        _listPath = RequestPath.Literal(path);
        _listOperation = operationPrefix + ".List";
        _getOperation = operationPrefix + ".Get";
        _stopOperation = operationPrefix + ".Stop";
        _stopAllOperation = operationPrefix + ".StopAll";
        _itemTemplate = path + "/{0}";
        _stopTemplate = path + "/{0}/stop";
        _stopAllTemplate = path + "/room/{0}/stop";
    }

    /// <summary>Lists with the filters every beam list accepts (validated against <c>options</c>).</summary>
    public HmsAsyncPageable<T> List(string? roomId, string? sessionId, string? status, int? limit, HmsRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var query = BeamRequests.ListQuery(roomId, sessionId, status, limit, "options");
        return Pagers.List(_pipeline, _listOperation, _listPath, query, limit, _listType, requestOptions, cancellationToken);
    }

    /// <summary><c>GET {path}/{id}</c>.</summary>
    public Task<T> GetAsync(string id, string paramName, HmsRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        Guard.Id(id, paramName);
        var request = HmsRequest.Get(_getOperation, RequestPath.Create(_itemTemplate, id)).WithOptions(requestOptions);
        return _pipeline.SendAsync(request, _itemType, cancellationToken);
    }

    /// <summary><c>POST {path}/{id}/stop</c>.</summary>
    public Task<T> StopAsync(string id, string paramName, HmsRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var request = BeamRequests.IdempotentAction(_stopOperation, _stopTemplate, id, paramName, requestOptions);
        return _pipeline.SendAsync(request, _itemType, cancellationToken);
    }

    /// <summary><c>POST {path}/room/{room_id}/stop</c>: the stopped jobs and the server's <c>error</c> text, if any.</summary>
    public async Task<StopAllResult<T>> StopAllAsync(string roomId, HmsRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var request = BeamRequests.IdempotentAction(_stopAllOperation, _stopAllTemplate, roomId, "roomId", requestOptions);
        var envelope = await _pipeline.SendAsync(request, _listType, cancellationToken).ConfigureAwait(false);
        return new StopAllResult<T>(Pagers.AsReadOnly(envelope.Data), envelope.Error);
    }
}
