using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Starts, stops, pauses, resumes and lists recording jobs (<c>/recordings</c>).</summary>
public interface IRecordingsService
{
}

/// <summary>Starts, stops, pauses, resumes and lists recording jobs (<c>/recordings</c>).</summary>
public sealed class RecordingsService : IRecordingsService
{
    private readonly HmsPipeline _pipeline;

    internal RecordingsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }
}
