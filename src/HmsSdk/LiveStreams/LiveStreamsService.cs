using System;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.LiveStreams;
using HmsSdk.Paging;

namespace HmsSdk;

/// <summary>Starts, stops and manages HLS live streams (<c>/live-streams</c>).</summary>
/// <example>
/// <code>
/// var stream = await hms.LiveStreams.StartAsync(roomId, new StartLiveStreamOptions
/// {
///     Recording = new LiveStreamRecordingSettings { HlsVod = true },
///     Transcription = new LiveStreamTranscriptionOptions { Enabled = true, Modes = new List&lt;TranscriptionMode&gt; { TranscriptionMode.Live } },
/// });
/// await hms.LiveStreams.SendTimedMetadataAsync(stream.Id, new TimedMetadataOptions("poll:42", TimeSpan.FromSeconds(5)));
///
/// var current = await hms.LiveStreams.GetAsync(stream.Id);
/// Console.WriteLine($"{current.Status} {current.Playback?.Url}");
///
/// var stopped = await hms.LiveStreams.StopAllAsync(roomId);
/// if (stopped.HasError)
/// {
///     Console.WriteLine($"stopped {stopped.Items.Count}, server said: {stopped.Error}");
/// }
/// </code>
/// </example>
public interface ILiveStreamsService
{
    /// <summary>Lists live-stream jobs, following pages lazily.</summary>
    /// <param name="options">Filters and page size; not modified.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A lazy sequence of live streams.</returns>
    /// <exception cref="ArgumentException">A filter is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="LiveStreamListOptions.Limit"/> is outside 1 to 100.</exception>
    HmsAsyncPageable<LiveStream> ListAsync(LiveStreamListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves a live stream with its assets (<c>GET /live-streams/{stream_id}</c>).</summary>
    /// <param name="streamId">The live-stream job id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The live stream.</returns>
    /// <exception cref="ArgumentException"><paramref name="streamId"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">No such live stream.</exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<LiveStream> GetAsync(string streamId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Starts an HLS live stream of a room (<c>POST /live-streams/room/{room_id}/start</c>).</summary>
    /// <param name="roomId">The room to stream.</param>
    /// <param name="options">Meeting URL, recording, destination and transcription; null sends <c>{}</c>. Not modified.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new job, usually in the <c>starting</c> state.</returns>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is invalid, or the transcription settings break a documented limit.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<LiveStream> StartAsync(string roomId, StartLiveStreamOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Inserts timed metadata into a running stream (<c>POST /live-streams/{stream_id}/timed-metadata</c>).</summary>
    /// <param name="streamId">The live-stream job id.</param>
    /// <param name="options">The payload (1 to 100 characters) and duration (whole seconds, at least 1). Not modified.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The live stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="streamId"/> is invalid, or the payload is missing or longer than 100 characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration is missing, not positive or not whole seconds.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<LiveStream> SendTimedMetadataAsync(string streamId, TimedMetadataOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Pauses the stream's recording; the stream itself continues (<c>POST /live-streams/{stream_id}/pause-recording</c>).</summary>
    /// <param name="streamId">The live-stream job id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The live stream.</returns>
    /// <exception cref="ArgumentException"><paramref name="streamId"/> is invalid.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<LiveStream> PauseRecordingAsync(string streamId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes the stream's paused recording (<c>POST /live-streams/{stream_id}/resume-recording</c>).</summary>
    /// <param name="streamId">The live-stream job id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The live stream.</returns>
    /// <exception cref="ArgumentException"><paramref name="streamId"/> is invalid.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<LiveStream> ResumeRecordingAsync(string streamId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Stops one live stream (<c>POST /live-streams/{stream_id}/stop</c>).</summary>
    /// <param name="streamId">The live-stream job id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The live stream, usually in the <c>stopping</c> state.</returns>
    /// <exception cref="ArgumentException"><paramref name="streamId"/> is invalid.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<LiveStream> StopAsync(string streamId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Stops every live stream of a room (<c>POST /live-streams/room/{room_id}/stop</c>).</summary>
    /// <remarks>
    /// The API may add an <c>error</c> string next to the stopped jobs. A 2xx answer does not throw even then: the
    /// jobs that were stopped are still returned in <see cref="StopAllResult{T}.Items"/> and the text in
    /// <see cref="StopAllResult{T}.Error"/>; check <see cref="StopAllResult{T}.HasError"/>. HTTP errors throw as usual.
    /// </remarks>
    /// <param name="roomId">The room.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stopped jobs (empty for <c>data: null</c>) and the server's error text, if any.</returns>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is invalid.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<StopAllResult<LiveStream>> StopAllAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <summary>Starts, stops and manages HLS live streams (<c>/live-streams</c>).</summary>
internal sealed class LiveStreamsService : ILiveStreamsService
{
    private readonly HmsPipeline _pipeline;
    private readonly BeamResource<LiveStream> _resource;

    internal LiveStreamsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
        _resource = new BeamResource<LiveStream>(pipeline, "LiveStreams", "live-streams", LiveStreamsJsonContext.Default.LiveStream, LiveStreamsJsonContext.Default.HmsListResponseLiveStream);
    }

    /// <inheritdoc />
    public HmsAsyncPageable<LiveStream> ListAsync(LiveStreamListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.List(options?.RoomId, options?.SessionId, options?.Status?.ToString(), options?.Limit, requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<LiveStream> GetAsync(string streamId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.GetAsync(streamId, nameof(streamId), requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<LiveStream> StartAsync(string roomId, StartLiveStreamOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        var body = options ?? new StartLiveStreamOptions();
        BeamValidation.OptionalText(body.MeetingUrl, nameof(options), nameof(StartLiveStreamOptions.MeetingUrl));
        BeamValidation.OptionalText(body.Destination, nameof(options), nameof(StartLiveStreamOptions.Destination));
        BeamValidation.Transcription(body.Transcription, nameof(options), nameof(StartLiveStreamOptions.Transcription));
        BeamValidation.NoDefaultEntries(body.Transcription?.Modes, nameof(options), "options.Transcription.Modes");
        var request = HmsRequest.Post("LiveStreams.Start", RequestPath.Create("live-streams/room/{0}/start", roomId))
            .WithJsonBody(body, LiveStreamsJsonContext.Default.StartLiveStreamOptions, "options")
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, LiveStreamsJsonContext.Default.LiveStream, cancellationToken);
    }

    /// <inheritdoc />
    public Task<LiveStream> SendTimedMetadataAsync(string streamId, TimedMetadataOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(streamId, nameof(streamId));
        Guard.NotNull(options, nameof(options));
        var body = ToWire(options);
        // Not marked idempotent: a repeated POST would insert the cue twice.
        var request = HmsRequest.Post("LiveStreams.SendTimedMetadata", RequestPath.Create("live-streams/{0}/timed-metadata", streamId))
            .WithJsonBody(body, LiveStreamsJsonContext.Default.TimedMetadataBody)
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, LiveStreamsJsonContext.Default.LiveStream, cancellationToken);
    }

    /// <inheritdoc />
    public Task<LiveStream> PauseRecordingAsync(string streamId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        StreamActionAsync("LiveStreams.PauseRecording", "live-streams/{0}/pause-recording", streamId, nameof(streamId), requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<LiveStream> ResumeRecordingAsync(string streamId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        StreamActionAsync("LiveStreams.ResumeRecording", "live-streams/{0}/resume-recording", streamId, nameof(streamId), requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<LiveStream> StopAsync(string streamId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.StopAsync(streamId, nameof(streamId), requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<StopAllResult<LiveStream>> StopAllAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.StopAllAsync(roomId, requestOptions, cancellationToken);

    private Task<LiveStream> StreamActionAsync(string operation, string template, string streamId, string paramName, HmsRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var request = BeamRequests.IdempotentAction(operation, template, streamId, paramName, requestOptions);
        return _pipeline.SendAsync(request, LiveStreamsJsonContext.Default.LiveStream, cancellationToken);
    }

    private static TimedMetadataBody ToWire(TimedMetadataOptions options)
    {
        var payload = options.Payload;
        payload = Guard.MaxLength(Guard.NotNullOrWhiteSpace(payload, nameof(options), "options.Payload"), TimedMetadataOptions.MaxPayloadLength, nameof(options), "options.Payload");

        if (options.Duration is not { } duration)
        {
            throw new ArgumentNullException(nameof(options), "'options.Duration' cannot be null.");
        }

        if (duration < TimeSpan.FromSeconds(1) || duration.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), duration, "'options.Duration' must be a whole number of seconds, at least 1.");
        }

        return new TimedMetadataBody { Payload = payload, Duration = duration.Ticks / TimeSpan.TicksPerSecond };
    }
}
