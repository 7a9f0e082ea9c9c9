using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace HmsSdk.Serialization;

/// <summary>
/// Logs drift-tolerance repairs once per (model type, JSON property) per client, so a field that drifted on every
/// item of every page is one warning, not thousands. The raw value never reaches the log (it may be a secret).
/// </summary>
internal sealed partial class DriftWarnings
{
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<KeyValuePair<Type, string>, bool> _reported = new();

    public DriftWarnings(ILogger logger)
    {
        _logger = logger;
    }

    /// <summary>How many distinct (type, property) pairs have been reported so far.</summary>
    public int ReportedCount => _reported.Count;

    public void Report(string operation, IReadOnlyList<DriftRepair> repairs)
    {
        if (!_logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        foreach (var repair in repairs)
        {
            if (!_reported.TryAdd(new KeyValuePair<Type, string>(repair.OwnerType, repair.Property), true))
            {
                continue;
            }

            if (repair.Retained)
            {
                LogRetained(_logger, operation, repair.OwnerType.Name, repair.Property, repair.Path, repair.ReceivedKind);
            }
            else
            {
                LogDropped(_logger, operation, repair.OwnerType.Name, repair.Property, repair.Path, repair.ReceivedKind);
            }
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "{Operation}: {Type}.{Property} at {JsonPath} did not match the SDK's model (got JSON {ReceivedKind}); the call continues with that field at its default and the raw value kept in that model's AdditionalProperties under the same key. Logged once per type and property.")]
    private static partial void LogRetained(ILogger logger, string operation, string type, string property, string jsonPath, JsonValueKind receivedKind);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "{Operation}: {Type}{Property} at {JsonPath} did not match the SDK's model (got JSON {ReceivedKind}) and no model owns it, so it was dropped; the call continues. Logged once per type and property.")]
    private static partial void LogDropped(ILogger logger, string operation, string type, string property, string jsonPath, JsonValueKind receivedKind);
}
