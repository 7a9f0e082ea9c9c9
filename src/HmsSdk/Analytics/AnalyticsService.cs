using HmsSdk.Http;

namespace HmsSdk;

/// <summary>Reads analytics events, webhook delivery history and peer quality stats (<c>/analytics</c>).</summary>
public interface IAnalyticsService
{
}

/// <summary>Reads analytics events, webhook delivery history and peer quality stats (<c>/analytics</c>).</summary>
public sealed class AnalyticsService : IAnalyticsService
{
    private readonly HmsPipeline _pipeline;

    internal AnalyticsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }
}
