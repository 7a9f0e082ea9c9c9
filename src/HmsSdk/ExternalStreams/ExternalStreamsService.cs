using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Starts, stops and lists RTMP external streams (<c>/external-streams</c>).</summary>
public interface IExternalStreamsService
{
}

/// <summary>Starts, stops and lists RTMP external streams (<c>/external-streams</c>).</summary>
public sealed class ExternalStreamsService : IExternalStreamsService
{
    private readonly HmsPipeline _pipeline;

    internal ExternalStreamsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }
}
