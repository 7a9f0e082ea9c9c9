using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Manages live rooms and their connected peers (<c>/active-rooms</c>).</summary>
public interface IActiveRoomsService
{
}

/// <summary>Manages live rooms and their connected peers (<c>/active-rooms</c>).</summary>
public sealed class ActiveRoomsService : IActiveRoomsService
{
    private readonly HmsPipeline _pipeline;

    internal ActiveRoomsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }
}
