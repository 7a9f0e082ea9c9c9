using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.ExternalStreams;
using HmsSdk.Http;
using HmsSdk.Paging;

namespace HmsSdk;

/// <summary>Starts, stops and lists RTMP external streams (<c>/external-streams</c>).</summary>
/// <example>
/// <code>
/// var stream = await hms.ExternalStreams.StartAsync(roomId, new StartExternalStreamOptions(
///     new List&lt;string&gt; { "rtmps://live.example.com:443/app/" + streamKey })
/// {
///     Resolution = new VideoResolution(1920, 1080),
///     Recording = true,
/// });
///
/// await foreach (var job in hms.ExternalStreams.ListAsync(new ExternalStreamListOptions { RoomId = roomId, Status = BeamJobStatus.Running }))
/// {
///     Console.WriteLine($"{job.Id} since {job.StartedAt:u}");
/// }
///
/// await hms.ExternalStreams.StopAsync(stream.Id);
/// </code>
/// </example>
public interface IExternalStreamsService
{
    /// <summary>Lists external-stream jobs, following pages lazily.</summary>
    /// <param name="options">Filters and page size; not modified.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A lazy sequence of external streams.</returns>
    /// <exception cref="ArgumentException">A filter is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ExternalStreamListOptions.Limit"/> is outside 1 to 100.</exception>
    HmsAsyncPageable<ExternalStream> ListAsync(ExternalStreamListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves an external stream (<c>GET /external-streams/{stream_id}</c>).</summary>
    /// <param name="streamId">The external-stream job id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The external stream.</returns>
    /// <exception cref="ArgumentException"><paramref name="streamId"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">No such external stream.</exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<ExternalStream> GetAsync(string streamId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Starts pushing a room to RTMP endpoints (<c>POST /external-streams/room/{room_id}/start</c>).</summary>
    /// <param name="roomId">The room to stream.</param>
    /// <param name="options">The RTMP URLs (required) and optional meeting URL, recording, resolution and destination. Not modified.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new job, usually in the <c>starting</c> state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is invalid; <see cref="StartExternalStreamOptions.RtmpUrls"/> is missing, empty,
    /// has more than 5 entries, or an entry that is not an absolute <c>rtmp://</c> or <c>rtmps://</c> URL.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The resolution is outside the documented bounds.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<ExternalStream> StartAsync(string roomId, StartExternalStreamOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Stops one external stream (<c>POST /external-streams/{stream_id}/stop</c>).</summary>
    /// <param name="streamId">The external-stream job id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The external stream, usually in the <c>stopping</c> state.</returns>
    /// <exception cref="ArgumentException"><paramref name="streamId"/> is invalid.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<ExternalStream> StopAsync(string streamId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Stops every external stream of a room (<c>POST /external-streams/room/{room_id}/stop</c>).</summary>
    /// <remarks>
    /// The API may add an <c>error</c> string next to the stopped jobs. A 2xx answer does not throw even then: the
    /// stopped jobs are in <see cref="StopAllResult{T}.Items"/> and the text in <see cref="StopAllResult{T}.Error"/>.
    /// </remarks>
    /// <param name="roomId">The room.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stopped jobs (empty for <c>data: null</c>) and the server's error text, if any.</returns>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is invalid.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<StopAllResult<ExternalStream>> StopAllAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <summary>Starts, stops and lists RTMP external streams (<c>/external-streams</c>).</summary>
internal sealed class ExternalStreamsService : IExternalStreamsService
{
    private readonly HmsPipeline _pipeline;
    private readonly BeamResource<ExternalStream> _resource;

    internal ExternalStreamsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
        _resource = new BeamResource<ExternalStream>(pipeline, "ExternalStreams", "external-streams", ExternalStreamsJsonContext.Default.ExternalStream, ExternalStreamsJsonContext.Default.HmsListResponseExternalStream);
    }

    /// <inheritdoc />
    public HmsAsyncPageable<ExternalStream> ListAsync(ExternalStreamListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.List(options?.RoomId, options?.SessionId, options?.Status?.ToString(), options?.Limit, requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<ExternalStream> GetAsync(string streamId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.GetAsync(streamId, nameof(streamId), requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<ExternalStream> StartAsync(string roomId, StartExternalStreamOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(roomId, nameof(roomId));
        Guard.NotNull(options, nameof(options));
        ValidateRtmpUrls(options.RtmpUrls, nameof(options));
        BeamValidation.OptionalText(options.MeetingUrl, nameof(options), nameof(StartExternalStreamOptions.MeetingUrl));
        BeamValidation.OptionalText(options.Destination, nameof(options), nameof(StartExternalStreamOptions.Destination));
        ValidateResolution(options.Resolution, nameof(options));
        var request = HmsRequest.Post("ExternalStreams.Start", RequestPath.Create("external-streams/room/{0}/start", roomId))
            .WithJsonBody(options, ExternalStreamsJsonContext.Default.StartExternalStreamOptions, nameof(options))
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, ExternalStreamsJsonContext.Default.ExternalStream, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ExternalStream> StopAsync(string streamId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.StopAsync(streamId, nameof(streamId), requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<StopAllResult<ExternalStream>> StopAllAsync(string roomId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.StopAllAsync(roomId, requestOptions, cancellationToken);

    // Messages name the index, never the URL: RTMP URLs usually carry stream keys.
    private static void ValidateRtmpUrls(IList<string>? urls, string paramName)
    {
        if (urls is null || urls.Count == 0)
        {
            throw new ArgumentException("options.RtmpUrls needs at least one rtmp:// or rtmps:// URL.", paramName);
        }

        if (urls.Count > StartExternalStreamOptions.MaxRtmpUrls)
        {
            throw new ArgumentException($"options.RtmpUrls has {urls.Count} entries; at most {StartExternalStreamOptions.MaxRtmpUrls} are allowed.", paramName);
        }

        for (var i = 0; i < urls.Count; i++)
        {
            var url = urls[i];
            if (string.IsNullOrWhiteSpace(url) ||
                !Uri.TryCreate(url, UriKind.Absolute, out var uri) ||
                !(string.Equals(uri.Scheme, "rtmp", StringComparison.OrdinalIgnoreCase) || string.Equals(uri.Scheme, "rtmps", StringComparison.OrdinalIgnoreCase)) ||
                string.IsNullOrEmpty(uri.Host))
            {
                throw new ArgumentException($"options.RtmpUrls[{i}] is not an absolute rtmp:// or rtmps:// URL.", paramName);
            }
        }
    }

    // Documented bounds: landscape 500x480 to 1920x1080, portrait (taller than wide) 500x500 to 1080x1920.
    private static void ValidateResolution(VideoResolution? resolution, string paramName)
    {
        if (resolution is null)
        {
            return;
        }

        BeamValidation.PositiveResolution(resolution, paramName, nameof(StartExternalStreamOptions.Resolution));
        var width = resolution.Width!.Value;
        var height = resolution.Height!.Value;
        var portrait = height > width;
        var fits = portrait
            ? width is >= 500 and <= 1080 && height is >= 500 and <= 1920
            : width is >= 500 and <= 1920 && height is >= 480 and <= 1080;
        if (!fits)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                resolution.ToString(),
                portrait
                    ? "options.Resolution (portrait) must be between 500x500 and 1080x1920."
                    : "options.Resolution (landscape) must be between 500x480 and 1920x1080.");
        }
    }
}
