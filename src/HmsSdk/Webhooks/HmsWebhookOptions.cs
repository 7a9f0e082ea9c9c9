using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace HmsSdk.Webhooks;

/// <summary>
/// How to verify 100ms webhook requests. 100ms signs nothing; it offers two mechanisms, both optional here:
/// secret headers you configure on the dashboard (or in a room's <c>webhook.headers</c>), which it sends back
/// verbatim, and its documented sender addresses. With neither configured, verification passes everything
/// (like parsing without verification).
/// </summary>
public sealed class HmsWebhookOptions
{
    /// <summary>
    /// Headers every request must carry, name to expected value. Names match case-insensitively; values are
    /// compared exactly, in constant time. When several are configured, all must match.
    /// </summary>
    public IDictionary<string, string> RequiredHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// When <see langword="true"/>, the sender's address must be in <see cref="AllowedSourceAddresses"/>.
    /// Off by default because behind a proxy or load balancer the address seen is the proxy's.
    /// </summary>
    public bool VerifySourceAddress { get; set; }

    /// <summary>The allowed sender addresses; starts as the documented 100ms list (<see cref="HmsWebhookSourceAddresses"/>).</summary>
    public IList<IPAddress> AllowedSourceAddresses { get; } = HmsWebhookSourceAddresses.CreateDefaultList();

    /// <summary><see langword="true"/> when at least one check is configured.</summary>
    public bool IsVerificationConfigured => RequiredHeaders.Count > 0 || VerifySourceAddress;

    /// <summary>Adds (or replaces) a required secret header.</summary>
    /// <param name="name">The header name, as configured on the 100ms dashboard.</param>
    /// <param name="expectedValue">The secret value.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="expectedValue"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="expectedValue"/> is empty or whitespace.</exception>
    public HmsWebhookOptions RequireHeader(string name, string expectedValue)
    {
        Guard.NotNullOrWhiteSpace(name, nameof(name));
        Guard.NotNullOrWhiteSpace(expectedValue, nameof(expectedValue));
        RequiredHeaders[name.Trim()] = expectedValue;
        return this;
    }

    /// <summary>Describes the configured checks with header names only; secret values never appear.</summary>
    /// <returns>For example <c>HmsWebhookOptions { RequiredHeaders = [x-hms-secret], VerifySourceAddress = False }</c>.</returns>
    public override string ToString() =>
        $"HmsWebhookOptions {{ RequiredHeaders = [{string.Join(", ", RequiredHeaders.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase))}], " +
        $"VerifySourceAddress = {VerifySourceAddress}, AllowedSourceAddresses = {AllowedSourceAddresses.Count} }}";
}
