using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Analytics;

/// <summary>A client over an in-memory handler, for checks that no request is made.</summary>
internal sealed class OfflineAnalytics : IDisposable
{
    public OfflineAnalytics()
    {
        Handler = new RecordingHandler();
        Client = TestClients.Create(Handler);
    }

    public RecordingHandler Handler { get; }

    public HmsClient Client { get; }

    public IAnalyticsService Analytics => Client.Analytics;

    public void Dispose() => Client.Dispose();
}
