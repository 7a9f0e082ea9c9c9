using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Lists and retrieves sessions, the time-bounded occurrences of a room (<c>/sessions</c>).</summary>
public interface ISessionsService
{
}

/// <summary>Lists and retrieves sessions, the time-bounded occurrences of a room (<c>/sessions</c>).</summary>
public sealed class SessionsService : ISessionsService
{
    private readonly HmsPipeline _pipeline;

    internal SessionsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }
}
