using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Creates, retrieves, lists, updates and enables or disables rooms (<c>/rooms</c>).</summary>
public interface IRoomsService
{
}

/// <summary>Creates, retrieves, lists, updates and enables or disables rooms (<c>/rooms</c>).</summary>
public sealed class RoomsService : IRoomsService
{
    private readonly HmsPipeline _pipeline;

    internal RoomsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }
}
