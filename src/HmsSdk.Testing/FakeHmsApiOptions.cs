using System;

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

    /// <summary>Seed of every generated id, name and value, so two fakes with the same seed and the same calls produce identical data.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>The base URI reported by <see cref="FakeHmsApi.BaseUri"/> for the in-memory handler. Defaults to <c>https://fake.100ms.local/v2</c>.</summary>
    public Uri? BaseUri { get; set; }

    /// <summary>
    /// The auth host reported by <see cref="FakeHmsApi.AuthBaseUri"/> for the in-memory handler, where the room-code token exchange
    /// (<c>POST {AuthBaseUri}/token</c>) lives. Defaults to <c>https://fake-auth.100ms.local/v2</c>; it must differ from <see cref="BaseUri"/>.
    /// </summary>
    public Uri? AuthBaseUri { get; set; }

    /// <summary>How long a recording or stream stays <c>starting</c> before it reports <c>running</c>. Defaults to 10 seconds of fake time.</summary>
    public TimeSpan JobStartDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a stopped recording or stream stays <c>stopping</c> before it reports <c>completed</c> (and its assets appear). Defaults to 10 seconds.</summary>
    public TimeSpan JobStopDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a webhook replay workflow reports <c>Running</c> before it completes. Defaults to 10 seconds.</summary>
    public TimeSpan ReplayDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// When <see langword="true"/> (the default) a list page that reaches the end of the result set carries <c>"last": ""</c>,
    /// as in the documented room-code sample; when <see langword="false"/> every non-empty page carries the id of its last item
    /// and the end is only visible as a short or empty page.
    /// </summary>
    public bool EmptyLastOnFinalPage { get; set; } = true;

    internal FakeHmsApiOptions Clone() => (FakeHmsApiOptions)MemberwiseClone();
}
