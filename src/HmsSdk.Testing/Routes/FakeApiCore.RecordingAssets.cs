using System;
using System.Text.Json.Nodes;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>Recording assets: <c>/recording-assets</c>, produced when recordings and streams complete.</summary>
internal sealed partial class FakeApiCore
{
    private void MapRecordingAssets()
    {
        _routes.Map("GET", "/recording-assets", ListAssets);
        _routes.Map("GET", "/recording-assets/{asset_id}", ctx => AssetJson(RequireAsset(ctx)));
        _routes.Map("GET", "/recording-assets/{asset_id}/presigned-url", PresignAsset);
    }

    private AssetState RequireAsset(RequestContext ctx)
    {
        var id = ctx.Route("asset_id");
        return Assets.Find(id) ?? throw FakeApiException.NotFound("asset not found", "no recording asset with id " + id);
    }

    private JsonNode ListAssets(RequestContext ctx)
    {
        var q = ctx.Query;
        var roomId = q.Get("room_id");
        var sessionId = q.Get("session_id");
        var status = q.Get("status");
        if (status is not null && status is not ("completed" or "failed"))
        {
            throw FakeApiException.BadQuery("status", "must be completed or failed");
        }

        return Paging.List(
            Assets.Items,
            Assets.IndexOf,
            a => a.Id,
            a => (roomId is null || a.RoomId == roomId) && (sessionId is null || a.SessionId == sessionId) && (status is null || a.Status == status),
            q.Get("start"),
            q.GetLimit(10, 1, 100),
            Options.EmptyLastOnFinalPage,
            AssetJson);
    }

    private JsonNode PresignAsset(RequestContext ctx)
    {
        var asset = RequireAsset(ctx);
        var duration = ctx.Query.GetInt("presign_duration") ?? 259200;
        if (duration < 1 || duration > 604800)
        {
            throw FakeApiException.BadQuery("presign_duration", "must be between 1 and 604800 seconds");
        }

        var key = asset.Path.Substring(asset.Path.IndexOf('/', 5) + 1);
        return new JsonObject
        {
            ["id"] = asset.Id,
            ["path"] = asset.Path,
            ["url"] = "https://fake-hms-recordings.s3.amazonaws.com/" + key + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=" +
                ctx.Now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture) + "&X-Amz-Expires=" + duration +
                "&X-Amz-Signature=" + Ids.ObjectId() + Ids.ObjectId(),
            ["expiry"] = duration,
        };
    }

    public static JsonObject AssetJson(AssetState asset) => new()
    {
        ["id"] = asset.Id,
        ["job_id"] = asset.JobId,
        ["room_id"] = asset.RoomId,
        ["session_id"] = asset.SessionId,
        ["type"] = asset.Type,
        ["status"] = asset.Status,
        ["path"] = asset.Path,
        ["size"] = asset.Size,
        ["duration"] = asset.Duration,
        ["created_at"] = WireJson.Nanos(asset.CreatedAt),
        // An asset without thumbnails answers [] as in external-streams/get-external-stream.mdx (get-asset.mdx shows null).
        ["thumbnails"] = WireJson.Strings(asset.Thumbnails ?? (System.Collections.Generic.IEnumerable<string>)Array.Empty<string>()),
        ["metadata"] = asset.Metadata.DeepClone(),
    };
}
