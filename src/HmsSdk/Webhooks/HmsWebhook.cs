using System;
using System.Collections.Generic;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HmsSdk.Webhooks;

/// <summary>
/// Reads and verifies 100ms webhook deliveries.
/// <code>
/// var options = new HmsWebhookOptions().RequireHeader("X-Hms-Secret", secret);
/// var evt = HmsWebhook.ParseAndVerify(body, headers, options, remoteAddress);
/// if (evt is PeerJoinSucceededEvent joined) { Console.WriteLine(joined.Data.UserId); }
/// </code>
/// </summary>
public static class HmsWebhook
{
    /// <summary>
    /// Parses a webhook body without verifying where it came from. Known event types become typed events;
    /// unknown ones a plain <see cref="HmsWebhookEvent"/>.
    /// </summary>
    /// <param name="json">The request body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="HmsWebhookFormatException">The body is not a 100ms webhook event.</exception>
    public static HmsWebhookEvent Parse(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>
    /// Parses a UTF-8 webhook body without verifying where it came from. Known event types become typed events;
    /// unknown ones a plain <see cref="HmsWebhookEvent"/>.
    /// </summary>
    /// <param name="utf8Json">The request body as UTF-8 bytes.</param>
    /// <returns>The event.</returns>
    /// <exception cref="HmsWebhookFormatException">The body is not a 100ms webhook event.</exception>
    public static HmsWebhookEvent Parse(ReadOnlySpan<byte> utf8Json)
    {
        if (IsBlank(utf8Json))
        {
            throw new HmsWebhookFormatException("The webhook body is empty.");
        }

        WebhookEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(utf8Json, WebhooksJsonContext.Default.WebhookEnvelope);
        }
        catch (JsonException ex)
        {
            throw new HmsWebhookFormatException($"The webhook body is not a valid 100ms event: {ex.Message}", ex);
        }

        if (envelope is null)
        {
            throw new HmsWebhookFormatException("The webhook body is JSON null, not an event object.");
        }

        if (string.IsNullOrWhiteSpace(envelope.Type))
        {
            throw new HmsWebhookFormatException("The webhook body has no 'type'.");
        }

        var data = envelope.Data ?? default;
        try
        {
            return Create(envelope, data);
        }
        catch (JsonException ex)
        {
            throw new HmsWebhookFormatException($"The 'data' of the '{envelope.Type}' webhook event has an unexpected shape: {ex.Message}", ex);
        }
    }

    /// <summary>Checks a request's headers and, when configured, its sender address.</summary>
    /// <param name="getHeader">Returns a request header's value by name, or null when absent. Lookups should ignore case, as HTTP does.</param>
    /// <param name="options">The checks to run.</param>
    /// <param name="remoteAddress">The sender's address; needed only when <see cref="HmsWebhookOptions.VerifySourceAddress"/> is on.</param>
    /// <returns>The result; never throws for a failed check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="getHeader"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A configured header has an empty expected value.</exception>
    public static HmsWebhookVerificationResult Verify(Func<string, string?> getHeader, HmsWebhookOptions options, IPAddress? remoteAddress = null)
    {
        if (getHeader is null)
        {
            throw new ArgumentNullException(nameof(getHeader));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        // Every header is compared even after a failure, so timing does not tell which one was wrong.
        HmsWebhookVerificationResult? firstFailure = null;
        foreach (var pair in options.RequiredHeaders)
        {
            if (string.IsNullOrEmpty(pair.Value))
            {
                throw new ArgumentException($"The required header '{pair.Key}' has an empty expected value.", nameof(options));
            }

            var actual = getHeader(pair.Key);
            if (actual is null)
            {
                firstFailure ??= HmsWebhookVerificationResult.Fail(
                    HmsWebhookVerificationFailure.MissingHeader, pair.Key, $"The required header '{pair.Key}' is missing.");
            }
            else if (!SecretEquals(actual, pair.Value))
            {
                firstFailure ??= HmsWebhookVerificationResult.Fail(
                    HmsWebhookVerificationFailure.HeaderMismatch, pair.Key, $"The header '{pair.Key}' does not have the expected value.");
            }
        }

        if (firstFailure is not null)
        {
            return firstFailure;
        }

        if (options.VerifySourceAddress)
        {
            if (remoteAddress is null)
            {
                return HmsWebhookVerificationResult.Fail(
                    HmsWebhookVerificationFailure.MissingSourceAddress, null, "The sender's address is unknown, so it cannot be checked.");
            }

            if (!HmsWebhookSourceAddresses.IsAllowed(remoteAddress, options.AllowedSourceAddresses))
            {
                return HmsWebhookVerificationResult.Fail(
                    HmsWebhookVerificationFailure.SourceAddressNotAllowed, null, $"The sender address {remoteAddress} is not an allowed 100ms webhook address.");
            }
        }

        return HmsWebhookVerificationResult.Success;
    }

    /// <summary>Checks a request's headers and, when configured, its sender address.</summary>
    /// <param name="headers">The request headers. Names are matched ignoring case even if the dictionary does not.</param>
    /// <param name="options">The checks to run.</param>
    /// <param name="remoteAddress">The sender's address; needed only when <see cref="HmsWebhookOptions.VerifySourceAddress"/> is on.</param>
    /// <returns>The result; never throws for a failed check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A configured header has an empty expected value.</exception>
    public static HmsWebhookVerificationResult Verify(IReadOnlyDictionary<string, string?> headers, HmsWebhookOptions options, IPAddress? remoteAddress = null)
    {
        if (headers is null)
        {
            throw new ArgumentNullException(nameof(headers));
        }

        return Verify(name => FindHeader(headers, name), options, remoteAddress);
    }

    /// <summary>Verifies a request like <see cref="Verify(Func{string, string?}, HmsWebhookOptions, IPAddress?)"/>, throwing when a check fails.</summary>
    /// <param name="getHeader">Returns a request header's value by name, or null when absent.</param>
    /// <param name="options">The checks to run.</param>
    /// <param name="remoteAddress">The sender's address, when source-address checking is on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="getHeader"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="HmsWebhookVerificationException">A check failed.</exception>
    public static void EnsureVerified(Func<string, string?> getHeader, HmsWebhookOptions options, IPAddress? remoteAddress = null)
    {
        var result = Verify(getHeader, options, remoteAddress);
        if (!result.IsValid)
        {
            throw new HmsWebhookVerificationException(result);
        }
    }

    /// <summary>Verifies the request, then parses its body.</summary>
    /// <param name="json">The request body.</param>
    /// <param name="headers">The request headers.</param>
    /// <param name="options">The checks to run.</param>
    /// <param name="remoteAddress">The sender's address, when source-address checking is on.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="remoteAddress"/> is null.</exception>
    /// <exception cref="HmsWebhookVerificationException">A check failed; the body was not parsed.</exception>
    /// <exception cref="HmsWebhookFormatException">The body is not a 100ms webhook event.</exception>
    public static HmsWebhookEvent ParseAndVerify(string json, IReadOnlyDictionary<string, string?> headers, HmsWebhookOptions options, IPAddress? remoteAddress = null)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        if (headers is null)
        {
            throw new ArgumentNullException(nameof(headers));
        }

        EnsureVerified(name => FindHeader(headers, name), options, remoteAddress);
        return Parse(json);
    }

    /// <summary>Verifies the request, then parses its UTF-8 body.</summary>
    /// <param name="utf8Json">The request body as UTF-8 bytes.</param>
    /// <param name="getHeader">Returns a request header's value by name, or null when absent.</param>
    /// <param name="options">The checks to run.</param>
    /// <param name="remoteAddress">The sender's address, when source-address checking is on.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="getHeader"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="HmsWebhookVerificationException">A check failed; the body was not parsed.</exception>
    /// <exception cref="HmsWebhookFormatException">The body is not a 100ms webhook event.</exception>
    public static HmsWebhookEvent ParseAndVerify(ReadOnlySpan<byte> utf8Json, Func<string, string?> getHeader, HmsWebhookOptions options, IPAddress? remoteAddress = null)
    {
        EnsureVerified(getHeader, options, remoteAddress);
        return Parse(utf8Json);
    }

    private static HmsWebhookEvent Create(WebhookEnvelope envelope, JsonElement data)
    {
        // A switch, not reflection: each known name picks its event class and source-generated metadata.
        return envelope.Type!.Trim().ToLowerInvariant() switch
        {
            "session.open.success" => Typed(new SessionOpenSucceededEvent(), WebhooksJsonContext.Default.SessionWebhookData, envelope, data),
            "session.close.success" => Typed(new SessionCloseSucceededEvent(), WebhooksJsonContext.Default.SessionWebhookData, envelope, data),
            "peer.join.success" => Typed(new PeerJoinSucceededEvent(), WebhooksJsonContext.Default.PeerJoinData, envelope, data),
            "peer.leave.success" => Typed(new PeerLeaveSucceededEvent(), WebhooksJsonContext.Default.PeerLeaveData, envelope, data),
            "peer.join.failure" => Typed(new PeerJoinFailedEvent(), WebhooksJsonContext.Default.PeerJoinData, envelope, data),
            "peer.leave.failure" => Typed(new PeerLeaveFailedEvent(), WebhooksJsonContext.Default.PeerLeaveData, envelope, data),
            "room.end.success" => Typed(new RoomEndSucceededEvent(), WebhooksJsonContext.Default.RoomEndData, envelope, data),
            "room.end.failure" => Typed(new RoomEndFailedEvent(), WebhooksJsonContext.Default.RoomEndData, envelope, data),
            "role.change.success" => Typed(new RoleChangeSucceededEvent(), WebhooksJsonContext.Default.RoleChangeData, envelope, data),
            "role.change.failure" => Typed(new RoleChangeFailedEvent(), WebhooksJsonContext.Default.RoleChangeData, envelope, data),
            "track.recording.started.success" => Typed(new TrackRecordingStartedEvent(), WebhooksJsonContext.Default.TrackRecordingData, envelope, data),
            "track.recording.success" => Typed(new TrackRecordingSucceededEvent(), WebhooksJsonContext.Default.TrackRecordingData, envelope, data),
            "track.recording.failure" => Typed(new TrackRecordingFailedEvent(), WebhooksJsonContext.Default.TrackRecordingData, envelope, data),
            "stream.recording.success" => Typed(new StreamRecordingSucceededEvent(), WebhooksJsonContext.Default.StreamRecordingData, envelope, data),
            "stream.recording.failure" => Typed(new StreamRecordingFailedEvent(), WebhooksJsonContext.Default.StreamRecordingData, envelope, data),
            "recording.success" => Typed(new RecordingSucceededEvent(), WebhooksJsonContext.Default.SfuRecordingData, envelope, data),
            "recording.failed" => Typed(new RecordingFailedEvent(), WebhooksJsonContext.Default.SfuRecordingData, envelope, data),
            "beam.started.success" => Typed(new BeamStartedEvent(), WebhooksJsonContext.Default.BeamData, envelope, data),
            "beam.stopped.success" => Typed(new BeamStoppedEvent(), WebhooksJsonContext.Default.BeamData, envelope, data),
            "beam.recording.success" => Typed(new BeamRecordingSucceededEvent(), WebhooksJsonContext.Default.BeamRecordingData, envelope, data),
            "beam.failure" => Typed(new BeamFailedEvent(), WebhooksJsonContext.Default.BeamData, envelope, data),
            "hls.started.success" => Typed(new HlsStartedEvent(), WebhooksJsonContext.Default.HlsData, envelope, data),
            "hls.stopped.success" => Typed(new HlsStoppedEvent(), WebhooksJsonContext.Default.HlsData, envelope, data),
            "hls.recording.success" => Typed(new HlsRecordingSucceededEvent(), WebhooksJsonContext.Default.HlsRecordingData, envelope, data),
            "hls.failure" => Typed(new HlsFailedEvent(), WebhooksJsonContext.Default.HlsData, envelope, data),
            "transcription.started.success" => Typed(new TranscriptionStartedEvent(), WebhooksJsonContext.Default.TranscriptionData, envelope, data),
            "transcription.success" => Typed(new TranscriptionSucceededEvent(), WebhooksJsonContext.Default.TranscriptionData, envelope, data),
            "transcription.failure" => Typed(new TranscriptionFailedEvent(), WebhooksJsonContext.Default.TranscriptionData, envelope, data),
            "transcription.failed" => Typed(new TranscriptionFailedEvent(), WebhooksJsonContext.Default.TranscriptionData, envelope, data),
            "ingest.start.success" => Typed(new IngestStartedEvent(), WebhooksJsonContext.Default.IngestData, envelope, data),
            "ingest.end.success" => Typed(new IngestEndedEvent(), WebhooksJsonContext.Default.IngestData, envelope, data),
            "ingest.start.failure" => Typed(new IngestStartFailedEvent(), WebhooksJsonContext.Default.IngestData, envelope, data),
            "ingest.failure" => Typed(new IngestFailedEvent(), WebhooksJsonContext.Default.IngestData, envelope, data),
            _ => Generic(envelope, data),
        };
    }

    private static HmsWebhookEvent Generic(WebhookEnvelope envelope, JsonElement data)
    {
        var evt = new HmsWebhookEvent();
        evt.CopyEnvelopeFrom(envelope, data);
        return evt;
    }

    private static TEvent Typed<TEvent, TData>(TEvent evt, JsonTypeInfo<TData> typeInfo, WebhookEnvelope envelope, JsonElement data)
        where TEvent : HmsWebhookEvent<TData>
        where TData : class, new()
    {
        evt.CopyEnvelopeFrom(envelope, data);
        evt.Data = data.ValueKind switch
        {
            JsonValueKind.Object => data.Deserialize(typeInfo) ?? new TData(),
            JsonValueKind.Undefined or JsonValueKind.Null => new TData(),
            _ => throw new JsonException($"Expected 'data' to be an object, got {data.ValueKind}."),
        };
        return evt;
    }

    private static string? FindHeader(IReadOnlyDictionary<string, string?> headers, string name)
    {
        if (headers.TryGetValue(name, out var value))
        {
            return value;
        }

        foreach (var pair in headers)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }

    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    // Both sides are hashed first so the comparison takes the same time whatever the lengths:
    // a plain fixed-time compare still returns early when the lengths differ.
    private static bool SecretEquals(string actual, string expected)
    {
        var actualHash = Sha256(actual);
        var expectedHash = Sha256(expected);
#if NET8_0_OR_GREATER
        return CryptographicOperations.FixedTimeEquals(actualHash, expectedHash);
#else
        var difference = 0;
        for (var i = 0; i < actualHash.Length; i++)
        {
            difference |= actualHash[i] ^ expectedHash[i];
        }

        return difference == 0;
#endif
    }

    private static byte[] Sha256(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
#if NET8_0_OR_GREATER
        return SHA256.HashData(bytes);
#else
        using var sha = SHA256.Create();
        return sha.ComputeHash(bytes);
#endif
    }
}
