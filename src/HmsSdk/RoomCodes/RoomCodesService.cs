using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Creates, lists and enables or disables room codes (<c>/room-codes</c>).</summary>
public interface IRoomCodesService
{
}

/// <summary>Creates, lists and enables or disables room codes (<c>/room-codes</c>).</summary>
public sealed class RoomCodesService : IRoomCodesService
{
    private readonly HmsPipeline _pipeline;
    private readonly System.Uri _authBaseUri;

    internal RoomCodesService(HmsPipeline pipeline, System.Uri authBaseUri)
    {
        _pipeline = pipeline;
        _authBaseUri = authBaseUri;
    }
}
