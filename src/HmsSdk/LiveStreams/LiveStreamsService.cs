using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Starts, stops and manages HLS live streams (<c>/live-streams</c>).</summary>
public interface ILiveStreamsService
{
}

/// <summary>Starts, stops and manages HLS live streams (<c>/live-streams</c>).</summary>
public sealed class LiveStreamsService : ILiveStreamsService
{
    private readonly HmsPipeline _pipeline;

    internal LiveStreamsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }
}
