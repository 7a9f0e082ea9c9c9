using System;

namespace HmsSdk;

/// <summary>Well-known 100ms API hosts.</summary>
public static class HmsEnvironment
{
    /// <summary>The production REST API base, <c>https://api.100ms.live/v2</c>.</summary>
    public static Uri Production { get; } = new("https://api.100ms.live/v2");

    /// <summary>The non-production REST API base used when <c>HMS_ENV=nonprod</c>.</summary>
    public static Uri NonProduction { get; } = new("https://api-nonprod.100ms.live/v2");
}
