using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Manages templates (policies): roles, settings, destinations and recording configs (<c>/templates</c>).</summary>
public interface ITemplatesService
{
}

/// <summary>Manages templates (policies): roles, settings, destinations and recording configs (<c>/templates</c>).</summary>
public sealed class TemplatesService : ITemplatesService
{
    private readonly HmsPipeline _pipeline;

    internal TemplatesService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }
}
