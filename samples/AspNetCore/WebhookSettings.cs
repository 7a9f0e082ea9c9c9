using HmsSdk.AspNetCore;

namespace HmsSdk.Samples.AspNetCore;

/// <summary>Maps the sample's <c>HmsWebhooks</c> configuration section onto the receiver options.</summary>
internal static class WebhookSettings
{
    public static void Apply(IConfiguration section, HmsWebhookReceiverOptions options)
    {
        var headerName = section["SecretHeader"];
        var secret = section["Secret"];
        if (!string.IsNullOrWhiteSpace(headerName) && !string.IsNullOrWhiteSpace(secret))
        {
            options.RequireHeader(headerName, secret);
        }

        // Check the sender against 100ms's documented addresses; leave off behind proxies you do not control.
        options.Verification.VerifySourceAddress = section.GetValue("VerifySourceAddress", false);
        options.TrustForwardedFor = section.GetValue("TrustForwardedFor", false);
    }
}
