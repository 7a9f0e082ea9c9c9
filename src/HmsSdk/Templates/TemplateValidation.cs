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

        Guard.Text(name, paramName, paramName + ".Name");

        foreach (var c in name)
        {
            var allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == ' ' || c == '-' || c == '.' || c == '_' || c == ':';
            if (!allowed)
            {
                throw new ArgumentException(
                    $"'{paramName}.Name' may only contain a-z, A-Z, 0-9, space, '-', '.', '_' and ':'; got {Guard.Echo(name)}.", paramName);
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
                throw new ArgumentException($"'{paramName}.Roles' cannot contain blank role names.", paramName);
            }

            if (entry.Value is null)
            {
                throw new ArgumentException($"'{paramName}.Roles[{Guard.Echo(entry.Key)}]' cannot be null.", paramName);
            }

            Role(entry.Value, paramName, $"{paramName}.Roles[{Guard.Echo(entry.Key)}]");
        }
    }

    public static void Role(TemplateRole role, string paramName, string? path = null)
    {
        if (role.Priority is { } priority && (priority < 1 || priority > 5))
        {
            throw Guard.OutOfRange(paramName, (path ?? paramName) + ".Priority", priority, "1 (highest)", "5 (lowest)");
        }
    }

    public static void Settings(TemplateSettings? settings, string paramName, string? path = null)
    {
        if (settings?.RoomState?.MessageInterval is { } interval && (interval < 5 || interval > 3600 || interval % 5 != 0))
        {
            throw new ArgumentOutOfRangeException(paramName, interval, $"'{path ?? paramName}.RoomState.MessageInterval' must be a multiple of 5 between 5 and 3600 seconds.");
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
            throw new ArgumentException($"'{paramName}' must hold exactly one recording config (the API allows one per template); got {configs.Count}.", paramName);
        }

        var config = configs[0] ?? throw Guard.BlankEntries(paramName);
        if (string.IsNullOrWhiteSpace(config.Name))
        {
            throw Guard.Blank(paramName, paramName + "[0].Name");
        }

        if (string.IsNullOrWhiteSpace(config.Role))
        {
            throw Guard.Blank(paramName, paramName + "[0].Role");
        }
    }
}
