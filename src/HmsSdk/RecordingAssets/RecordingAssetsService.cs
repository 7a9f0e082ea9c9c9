using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.Paging;
using HmsSdk.RecordingAssets;

namespace HmsSdk;

/// <summary>Lists and retrieves recording assets and their presigned download URLs (<c>/recording-assets</c>).</summary>
/// <example>
/// <code>
/// await foreach (var asset in hms.RecordingAssets.ListAsync(new RecordingAssetListOptions { RoomId = roomId }))
/// {
///     if (asset.Type == RecordingAssetType.RoomComposite &amp;&amp; asset.Status == RecordingAssetStatus.Completed)
///     {
///         var link = await hms.RecordingAssets.GetPresignedUrlAsync(asset.Id, TimeSpan.FromMinutes(15));
///         Console.WriteLine($"{asset.Id}: {asset.Metadata?.Resolution}, link valid {link.ExpiresIn}");
///         // link.Url is a credential: hand it to the user, do not log it.
///     }
/// }
/// </code>
/// </example>
public interface IRecordingAssetsService
{
    /// <summary>Lists recording assets, following pages lazily.</summary>
    /// <param name="options">Filters and page size; not modified.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A lazy sequence of assets.</returns>
    /// <exception cref="ArgumentException">A filter is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RecordingAssetListOptions.Limit"/> is outside 1 to 100.</exception>
    HmsAsyncPageable<RecordingAsset> ListAsync(RecordingAssetListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves one asset (<c>GET /recording-assets/{asset_id}</c>).</summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The asset.</returns>
    /// <exception cref="ArgumentException"><paramref name="assetId"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">No such asset.</exception>
    /// <exception cref="HmsApiException">The API returned another error.</exception>
    Task<RecordingAsset> GetAsync(string assetId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a time-limited download URL for an asset (<c>GET /recording-assets/{asset_id}/presigned-url</c>).
    /// </summary>
    /// <remarks>
    /// <c>presign_duration</c> is sent only when <paramref name="presignDuration"/> is set, so a null duration gets the
    /// API's documented default: 3 days for S3/GCS storage, 9 hours for Alibaba OSS
    /// (<c>recording-assets/get-presigned-url.mdx</c>). The Node SDK always sends 3600 s; pass
    /// <c>TimeSpan.FromHours(1)</c> for its behaviour.
    /// </remarks>
    /// <param name="assetId">The asset id.</param>
    /// <param name="presignDuration">How long the URL stays valid, in whole seconds; null leaves it to the API's default.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The URL and its validity; the URL is a credential.</returns>
    /// <exception cref="ArgumentException"><paramref name="assetId"/> is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="presignDuration"/> is not a positive whole number of seconds up to <see cref="int.MaxValue"/>.</exception>
    /// <exception cref="HmsApiException">The API rejected the call.</exception>
    Task<RecordingAssetPresignedUrl> GetPresignedUrlAsync(string assetId, TimeSpan? presignDuration = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <summary>Lists and retrieves recording assets and their presigned download URLs (<c>/recording-assets</c>).</summary>
internal sealed class RecordingAssetsService : IRecordingAssetsService
{
    private readonly HmsPipeline _pipeline;
    private readonly BeamResource<RecordingAsset> _resource;

    internal RecordingAssetsService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
        _resource = new BeamResource<RecordingAsset>(pipeline, "RecordingAssets", "recording-assets", RecordingAssetsJsonContext.Default.RecordingAsset, RecordingAssetsJsonContext.Default.HmsListResponseRecordingAsset);
    }

    /// <inheritdoc />
    public HmsAsyncPageable<RecordingAsset> ListAsync(RecordingAssetListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.List(options?.RoomId, options?.SessionId, options?.Status?.ToString(), options?.Limit, requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<RecordingAsset> GetAsync(string assetId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        _resource.GetAsync(assetId, nameof(assetId), requestOptions, cancellationToken);

    /// <inheritdoc />
    public Task<RecordingAssetPresignedUrl> GetPresignedUrlAsync(string assetId, TimeSpan? presignDuration = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(assetId, nameof(assetId));
        var query = new HmsQuery();
        if (presignDuration is { } duration)
        {
            query.Add("presign_duration", ToWholeSeconds(duration, nameof(presignDuration)));
        }

        var request = HmsRequest.Get("RecordingAssets.GetPresignedUrl", RequestPath.Create("recording-assets/{0}/presigned-url", assetId))
            .WithQuery(query)
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, RecordingAssetsJsonContext.Default.RecordingAssetPresignedUrl, cancellationToken);
    }

    private static int ToWholeSeconds(TimeSpan duration, string paramName)
    {
        if (duration <= TimeSpan.Zero || duration.Ticks % TimeSpan.TicksPerSecond != 0 || duration.TotalSeconds > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                duration,
                string.Format(CultureInfo.InvariantCulture, "'{0}' must be a positive whole number of seconds, at most {1} s.", paramName, int.MaxValue));
        }

        return (int)(duration.Ticks / TimeSpan.TicksPerSecond);
    }
}
