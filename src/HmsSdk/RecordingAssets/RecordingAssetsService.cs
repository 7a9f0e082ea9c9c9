using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Lists and retrieves recording assets and their presigned download URLs (<c>/recording-assets</c>).</summary>
public interface IRecordingAssetsService
{
}

/// <summary>Lists and retrieves recording assets and their presigned download URLs (<c>/recording-assets</c>).</summary>
public sealed class RecordingAssetsService : IRecordingAssetsService
{
    private readonly HmsPipeline _pipeline;

    internal RecordingAssetsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }
}
