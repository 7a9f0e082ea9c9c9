using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Creates and updates polls and quizzes and reads their sessions, responses and results (<c>/polls</c>).</summary>
public interface IPollsService
{
}

/// <summary>Creates and updates polls and quizzes and reads their sessions, responses and results (<c>/polls</c>).</summary>
public sealed class PollsService : IPollsService
{
    private readonly HmsPipeline _pipeline;

    internal PollsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }
}
