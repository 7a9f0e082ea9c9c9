using System;
using System.Collections.Generic;

namespace HmsSdk;

/// <summary>The cheap, documented template rules, checked before any request.</summary>
internal static class TemplateValidation
{
    public const int MinListLimit = 10;
    public const int MaxListLimit = 100;

    /// <summary>Template names: a-z A-Z 0-9, space, '-', '.', '_' and ':'.</summary>
    public static void TemplateName(string? name, string paramName)
    {
        if (name is null)
        {
            return;
        }

        if (name.Trim().Length == 0)
        {
            throw new ArgumentException("The template name cannot be empty or whitespace.", paramName);
        }

        foreach (var c in name)
        {
            var allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == ' ' || c == '-' || c == '.' || c == '_' || c == ':';
            if (!allowed)
            {
                throw new ArgumentException(
                    "The template name may only contain a-z, A-Z, 0-9, space, '-', '.', '_' and ':'.", paramName);
            }
        }
    }

    public static void Roles(IDictionary<string, TemplateRole>? roles, string paramName)
    {
        if (roles is null)
        {
            return;
        }

        foreach (var entry in roles)
        {
            if (string.IsNullOrWhiteSpace(entry.Key))
            {
                throw new ArgumentException("Role names cannot be empty or whitespace.", paramName);
            }

            if (entry.Value is null)
            {
                throw new ArgumentException($"Role '{entry.Key}' is null.", paramName);
            }

            Role(entry.Value, paramName);
        }
    }

    public static void Role(TemplateRole role, string paramName)
    {
        if (role.Priority is { } priority && (priority < 1 || priority > 5))
        {
            throw new ArgumentOutOfRangeException(paramName, priority, "A role's priority must be between 1 (highest) and 5 (lowest).");
        }
    }

    public static void Settings(TemplateSettings? settings, string paramName)
    {
        if (settings?.RoomState?.MessageInterval is { } interval && (interval < 5 || interval > 3600 || interval % 5 != 0))
        {
            throw new ArgumentOutOfRangeException(paramName, interval, "roomState.messageInterval must be a multiple of 5 between 5 and 3600 seconds.");
        }
    }

    public static void RecordingConfigs(IReadOnlyList<RecordingConfig>? configs, string paramName)
    {
        if (configs is null)
        {
            throw new ArgumentNullException(paramName);
        }

        // The API currently accepts exactly one recording config per template.
        if (configs.Count != 1)
        {
            throw new ArgumentException($"Exactly one recording config is allowed per template; got {configs.Count}.", paramName);
        }

        var config = configs[0] ?? throw new ArgumentException("The recording config is null.", paramName);
        if (string.IsNullOrWhiteSpace(config.Name))
        {
            throw new ArgumentException("The recording config's name is required.", paramName);
        }

        if (string.IsNullOrWhiteSpace(config.Role))
        {
            throw new ArgumentException("The recording config's role is required.", paramName);
        }
    }
}
