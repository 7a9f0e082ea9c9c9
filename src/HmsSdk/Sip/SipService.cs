using HmsSdk.Http;

namespace HmsSdk;

/// <summary>SIP outbound trunks, calls and DTMF (restricted-access feature) (<c>/sip</c>).</summary>
public interface ISipService
{
}

/// <summary>SIP outbound trunks, calls and DTMF (restricted-access feature) (<c>/sip</c>).</summary>
public sealed class SipService : ISipService
{
    private readonly HmsPipeline _pipeline;

    internal SipService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }
}
