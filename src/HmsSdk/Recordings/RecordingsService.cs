using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.Paging;
using HmsSdk.Recordings;

namespace HmsSdk;

/// <summary>Starts, stops, pauses, resumes and lists recording jobs (<c>/recordings</c>).</summary>
/// <example>
/// <code>
/// var recording = await hms.Recordings.StartAsync(roomId, new StartRecordingOptions
/// {
///     MeetingUrl = "https://myapp.app.100ms.live/meeting/abc-defg-hij?skip_preview=true",
///     Resolution = new VideoResolution(1280, 720),
///     Transcription = new TranscriptionOptions { Enabled = true, OutputModes = new List&lt;TranscriptionOutputMode&gt; { TranscriptionOutputMode.Srt } },
/// });
/// await hms.Recordings.PauseAsync(roomId);
/// await hms.Recordings.ResumeAsync(roomId);
/// var stopped = await hms.Recordings.StopAllAsync(roomId);   // stopped.Items, stopped.Error
///
/// await foreach (var job in hms.Recordings.ListAsync(new RecordingListOptions { RoomId = roomId, Status = BeamJobStatus.Completed }))
/// {
///     var full = await hms.Recordings.GetAsync(job.Id);   // list results carry no recording_assets
///     Console.WriteLine($"{full.Id} {full.Status} assets={full.RecordingAssets?.Count ?? 0}");
/// }
/// </code>
/// </example>
public interface IRecordingsService
{
    /// <summary>Lists recording jobs, newest first, following pages lazily.</summary>
    /// <param name="options">Filters and page size; not modified.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A lazy sequence of recordings (without <see cref="BeamJob.RecordingAssets"/>).</returns>
    /// <exception cref="System.ArgumentException">A filter is blank.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><see cref="RecordingListOptions.Limit"/> is outside 1 to 100.</exception>
    HmsAsyncPageable<Recording> ListAsync(RecordingListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves a recording job with its assets (<c>GET /recordings/{recording_id}</c>).</summary>
    /// <param name="recordingId">The recording job id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The recording.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="recordingId"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">No such recording.</exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<Recording> GetAsync(string recordingId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Starts recording a room (<c>POST /recordings/room/{room_id}/start</c>).</summary>
    /// <param name="roomId">The room to record.</param>
    /// <param name="options">Meeting URL, resolution, destination, audio-only and transcription; null sends <c>{}</c>. Not modified.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new job, usually in the <c>starting</c> state.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="roomId"/> is invalid, or <paramref name="options"/> breaks a documented limit
    /// (non-positive resolution, summary context over 300 characters, temperature outside 0.1 to 1.0, more than 6 sections, section title over 100 characters or missing, section format missing, blank vocabulary entries).</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<Recording> StartAsync(string roomId, StartRecordingOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Stops one recording job (<c>POST /recordings/{recording_id}/stop</c>).</summary>
    /// <param name="recordingId">The recording job id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job, usually in the <c>stopping</c> state.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="recordingId"/> is invalid.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<Recording> StopAsync(string recordingId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Stops every recording job of a room (<c>POST /recordings/room/{room_id}/stop</c>).</summary>
    /// <param name="roomId">The room.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stopped jobs (empty for <c>data: null</c>, Node's <c>data ?? []</c>) and the server's <c>error</c> text, if any; the same shape as the stream services' stop-all.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="roomId"/> is invalid.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<StopAllResult<Recording>> StopAllAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Pauses the room's recording (<c>POST /recordings/room/{room_id}/pause</c>; not in the Node SDK).</summary>
    /// <param name="roomId">The room.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The paused job.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="roomId"/> is invalid.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<Recording> PauseAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes the room's paused recording (<c>POST /recordings/room/{room_id}/resume</c>; not in the Node SDK).</summary>
    /// <param name="roomId">The room.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resumed job.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="roomId"/> is invalid.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<Recording> ResumeAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <summary>Starts, stops, pauses, resumes and lists recording jobs (<c>/recordings</c>).</summary>
internal sealed class RecordingsService : IRecordingsService
{
    private readonly HmsPipeline _pipeline;
    private readonly BeamResource<Recording> _resource;

    internal RecordingsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
        _resource = new BeamResource<Recording>(pipeline, "Recordings", "recordings", RecordingsJsonContext.Default.Recording, RecordingsJsonContext.Default.HmsListResponseRecording);
    }

    /// <inheritdoc />
    public HmsAsyncPageable<Recording> ListAsync(RecordingListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.List(options?.RoomId, options?.SessionId, options?.Status?.ToString(), options?.Limit, requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<Recording> GetAsync(string recordingId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.GetAsync(recordingId, nameof(recordingId), requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<Recording> StartAsync(string roomId, StartRecordingOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        var body = options ?? new StartRecordingOptions();
        BeamValidation.OptionalText(body.MeetingUrl, nameof(options), nameof(StartRecordingOptions.MeetingUrl));
        BeamValidation.OptionalText(body.Destination, nameof(options), nameof(StartRecordingOptions.Destination));
        BeamValidation.PositiveResolution(body.Resolution, nameof(options), nameof(StartRecordingOptions.Resolution));
        BeamValidation.Transcription(body.Transcription, nameof(options), nameof(StartRecordingOptions.Transcription));
        var request = HmsRequest.Post("Recordings.Start", RequestPath.Create("recordings/room/{0}/start", roomId))
            .WithJsonBody(body, RecordingsJsonContext.Default.StartRecordingOptions, "options")
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, RecordingsJsonContext.Default.Recording, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Recording> StopAsync(string recordingId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.StopAsync(recordingId, nameof(recordingId), requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<StopAllResult<Recording>> StopAllAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.StopAllAsync(roomId, requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<Recording> PauseAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var request = BeamRequests.IdempotentAction("Recordings.Pause", "recordings/room/{0}/pause", roomId, nameof(roomId), requestOptions);
        return _pipeline.SendAsync(request, RecordingsJsonContext.Default.Recording, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Recording> ResumeAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var request = BeamRequests.IdempotentAction("Recordings.Resume", "recordings/room/{0}/resume", roomId, nameof(roomId), requestOptions);
        return _pipeline.SendAsync(request, RecordingsJsonContext.Default.Recording, cancellationToken);
    }
}
