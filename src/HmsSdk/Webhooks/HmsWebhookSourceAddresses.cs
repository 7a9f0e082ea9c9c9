using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Net;

namespace HmsSdk.Webhooks;

/// <summary>
/// The NAT egress addresses 100ms documents as the senders of webhooks (all <c>/32</c>, IPv4).
/// 100ms changes this list from time to time: check the docs before relying on it, and add or replace
/// addresses through <see cref="HmsWebhookOptions.AllowedSourceAddresses"/>.
/// </summary>
public static class HmsWebhookSourceAddresses
{
    // Source: 100ms docs repository 100mslive/100ms-docs, file
    // docs/server-side/v2/how-to-guides/configure-webhooks/secure-webhooks.mdx ("IP whitelist" section),
    // snapshot commit ef3cd8040bc0e61448cadf600eb61e30866eb99e: 56 addresses, each listed as /32.
    private static readonly string[] DocumentedList =
    {
        "34.100.213.146",
        "35.200.143.211",
        "34.100.191.162",
        "34.100.132.35",
        "34.93.93.114",
        "34.131.109.150",
        "34.131.52.47",
        "34.131.200.41",
        "34.131.13.182",
        "34.131.24.136",
        "34.138.143.222",
        "35.242.196.203",
        "35.200.222.156",
        "34.93.74.33",
        "34.93.142.55",
        "34.93.176.177",
        "34.93.210.177",
        "34.93.175.47",
        "129.154.236.15",
        "34.89.155.251",
        "34.159.28.110",
        "35.198.158.93",
        "34.141.28.182",
        "34.159.38.234",
        "34.73.5.102",
        "34.23.160.219",
        "34.74.179.74",
        "34.148.69.69",
        "34.148.28.61",
        "34.148.5.193",
        "34.75.28.106",
        "104.196.151.140",
        "35.233.197.245",
        "34.83.45.214",
        "34.168.197.180",
        "34.82.114.112",
        "34.127.94.235",
        "34.169.0.6",
        "34.174.153.122",
        "34.19.120.133",
        "34.174.24.176",
        "35.211.150.95",
        "35.211.73.217",
        "35.211.191.127",
        "34.100.171.152",
        "34.93.135.94",
        "35.200.253.64",
        "34.93.180.140",
        "34.93.15.238",
        "34.100.194.204",
        "34.148.145.130",
        "34.162.177.21",
        "34.162.64.171",
        "34.153.30.136",
        "34.162.229.129",
        "34.162.204.39",
    };

    /// <summary>The documented addresses as strings, in the order the docs list them.</summary>
    public static IReadOnlyList<string> Documented { get; } = new ReadOnlyCollection<string>(DocumentedList);

    /// <summary>Creates a new, caller-owned list of the documented addresses.</summary>
    /// <returns>A fresh list; changing it affects nothing else.</returns>
    public static IList<IPAddress> CreateDefaultList()
    {
        var list = new List<IPAddress>(DocumentedList.Length);
        foreach (var text in DocumentedList)
        {
            list.Add(IPAddress.Parse(text));
        }

        return list;
    }

    /// <summary>Checks an address against a list, treating IPv4-mapped IPv6 (<c>::ffff:a.b.c.d</c>) as IPv4.</summary>
    /// <param name="address">The sender's address.</param>
    /// <param name="allowed">The allow-list.</param>
    /// <returns><see langword="true"/> when the address is on the list.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool IsAllowed(IPAddress address, IEnumerable<IPAddress> allowed)
    {
        if (address is null)
        {
            throw new ArgumentNullException(nameof(address));
        }

        if (allowed is null)
        {
            throw new ArgumentNullException(nameof(allowed));
        }

        var candidate = Normalize(address);
        foreach (var entry in allowed)
        {
            if (entry is not null && Normalize(entry).Equals(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static IPAddress Normalize(IPAddress address)
    {
        var mapped = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        // Scope ids (fe80::1%eth0) say which interface, not which host.
        if (mapped.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && mapped.ScopeId != 0)
        {
            mapped = new IPAddress(mapped.GetAddressBytes());
        }

        return mapped;
    }
}
