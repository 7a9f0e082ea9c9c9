using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Creates, reads and disables RTMP ingest stream keys (<c>/stream-keys</c>).</summary>
public interface IStreamKeysService
{
}

/// <summary>Creates, reads and disables RTMP ingest stream keys (<c>/stream-keys</c>).</summary>
public sealed class StreamKeysService : IStreamKeysService
{
    private readonly HmsPipeline _pipeline;

    internal StreamKeysService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }
}
