using System;
using System.Collections.Generic;

namespace HmsSdk.Testing;

/// <summary>Configuration of a <see cref="FakeHmsApi"/>. The fake copies these values when it is constructed.</summary>
public sealed class FakeHmsApiOptions
{
    /// <summary>The workspace access key the fake expects in the <c>access_key</c> claim. Defaults to <c>fake-access-key</c>.</summary>
    public string AccessKey { get; set; } = "fake-access-key";

    /// <summary>The app secret management tokens must be HS256-signed with. Defaults to a fixed test secret.</summary>
    public string Secret { get; set; } = "fake-app-secret-0123456789abcdef0123456789abcdef";

    /// <summary>The clock that drives token expiry, timestamps, job lifecycles and fault delays. Defaults to <see cref="TimeProvider.System"/>;
    /// pass a <c>FakeTimeProvider</c> for deterministic tests.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>
    /// Seed of every generated id, name and value, so two fakes with the same seed and the same calls produce identical data.
    /// Any <see cref="int"/> is a seed, negative ones included.
    /// </summary>
    public int Seed { get; set; } = 42;

    /// <summary>The base URI reported by <see cref="FakeHmsApi.BaseUri"/> for the in-memory handler. Defaults to <c>https://fake.100ms.local/v2</c>.</summary>
    public Uri? BaseUri { get; set; }

    /// <summary>
    /// The auth host reported by <see cref="FakeHmsApi.AuthBaseUri"/> for the in-memory handler, where the room-code token exchange
    /// (<c>POST {AuthBaseUri}/token</c>) lives. Defaults to <c>https://fake-auth.100ms.local/v2</c>; it must differ from <see cref="BaseUri"/>.
    /// </summary>
    public Uri? AuthBaseUri { get; set; }

    /// <summary>How long a recording or stream stays <c>starting</c> before it reports <c>running</c>. Defaults to 10 seconds of fake time; 0 to 30 days.</summary>
    public TimeSpan JobStartDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a stopped recording or stream stays <c>stopping</c> before it reports <c>completed</c> (and its assets appear). Defaults to 10 seconds; 0 to 30 days.</summary>
    public TimeSpan JobStopDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a webhook replay workflow reports <c>Running</c> before it completes. Defaults to 10 seconds; 0 to 30 days.</summary>
    public TimeSpan ReplayDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Where the fake sends webhooks (<see cref="FakeHmsApi.Webhooks"/>) and replays (<c>POST /analytics/webhooks/replay</c>),
    /// for example <c>http://127.0.0.1:5000/hms/webhooks</c>. Without it replays only simulate progress over <see cref="ReplayDuration"/>.
    /// Can also be set later through <see cref="FakeWebhooksApi.ReceiverUri"/>.
    /// </summary>
    public Uri? WebhookReceiverUri { get; set; }

    /// <summary>
    /// The waits between 100ms's delivery attempts after a non-200 answer, on <see cref="TimeProvider"/>. Defaults to the
    /// documented 1 s, 3 s and 10 s (three retries), each 0 to 30 days; an empty list means one attempt only.
    /// </summary>
    public IReadOnlyList<TimeSpan> WebhookRetryDelays { get; set; } = new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10) };

    /// <summary>How many replayed webhooks per second a replay workflow sends (default 10, as documented).</summary>
    public double ReplayEventsPerSecond { get; set; } = 10;

    /// <summary>
    /// When <see langword="true"/> (the default) a list page that reaches the end of the result set carries <c>"last": ""</c>,
    /// as in the documented room-code sample; when <see langword="false"/> every non-empty page carries the id of its last item
    /// and the end is only visible as a short or empty page.
    /// </summary>
    public bool EmptyLastOnFinalPage { get; set; } = true;

    /// <summary>Secret headers sent with every webhook, as configured on the 100ms dashboard (name to value).</summary>
    public IDictionary<string, string> WebhookHeaders => _webhookHeaders;

    private Dictionary<string, string> _webhookHeaders = new(StringComparer.OrdinalIgnoreCase);

    internal FakeHmsApiOptions Clone()
    {
        var copy = (FakeHmsApiOptions)MemberwiseClone();
        copy.WebhookRetryDelays = WebhookRetryDelays is null ? null! : new List<TimeSpan>(WebhookRetryDelays);
        copy._webhookHeaders = new Dictionary<string, string>(WebhookHeaders, StringComparer.OrdinalIgnoreCase);
        return copy;
    }
}
