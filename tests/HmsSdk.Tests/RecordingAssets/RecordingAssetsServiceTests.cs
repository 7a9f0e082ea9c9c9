using FluentAssertions;
using HmsSdk.Tests.Infrastructure;
using HmsSdk.Tests.Recordings;

namespace HmsSdk.Tests.RecordingAssets;

public class RecordingAssetsServiceTests
{
    private const string AssetId = "asset-composite-1";

    private static string Asset(int index)
    {
        using var document = System.Text.Json.JsonDocument.Parse(BeamFixtures.AssetsArray);
        return document.RootElement[index].GetRawText();
    }

    private const string PresignedUrl = """
        {
          "id": "asset-composite-1",
          "path": "s3://acme-recordings/beam/job-1/Rec-655f1a2b-1700841047123.mp4",
          "url": "https://acme-recordings.s3.amazonaws.com/beam/job-1/Rec.mp4?X-Amz-Signature=c2VjcmV0LXNpZ25hdHVyZQ&X-Amz-Expires=3600",
          "expiry": 3600,
          "region": "ap-south-1"
        }
        """;

    [Fact]
    public async Task ListAsync_sends_filters_and_follows_last_across_two_pages()
    {
        var options = new RecordingAssetListOptions { RoomId = BeamFixtures.RoomId, SessionId = BeamFixtures.SessionId, Status = RecordingAssetStatus.Completed, Limit = 2 };

        var items = await BeamFixtures.ListTwoPagesAsync(
            "recording-assets",
            Asset(0) + "," + Asset(1), "asset-hologram-2",
            Asset(2), "asset-transcript-3",
            "completed",
            client => client.RecordingAssets.ListAsync(options));

        BeamFixtures.ShouldMatchAssetsFixture(items);
    }

    [Fact]
    public async Task GetAsync_gets_the_asset_and_reads_every_field()
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("GET", $"/v2/recording-assets/{AssetId}", Asset(0));

        var asset = await api.Client.RecordingAssets.GetAsync(AssetId);

        api.ShouldHaveReceived("GET", $"/v2/recording-assets/{AssetId}");
        BeamFixtures.ShouldMatchAssetsFixture(new List<RecordingAsset> { asset, Deserialize(Asset(1)), Deserialize(Asset(2)) });
    }

    // Node parity, a deliberate choice: Node always sends presign_duration=3600; the API's own default (3 days) would
    // apply only if the parameter were absent.
    [Fact]
    public async Task GetPresignedUrlAsync_without_duration_sends_no_presign_duration_unlike_Node()
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("GET", $"/v2/recording-assets/{AssetId}/presigned-url", PresignedUrl);

        var link = await api.Client.RecordingAssets.GetPresignedUrlAsync(AssetId);

        // The API's default (3 days S3/GCS, 9 hours OSS) applies; Node would send presign_duration=3600.
        api.ShouldHaveReceived("GET", $"/v2/recording-assets/{AssetId}/presigned-url", "");
        link.Id.Should().Be(AssetId);
        link.Path.Should().Be("s3://acme-recordings/beam/job-1/Rec-655f1a2b-1700841047123.mp4");
        link.Url.Should().Be("https://acme-recordings.s3.amazonaws.com/beam/job-1/Rec.mp4?X-Amz-Signature=c2VjcmV0LXNpZ25hdHVyZQ&X-Amz-Expires=3600");
        link.Expiry.Should().Be(3600);
        link.ExpiresIn.Should().Be(TimeSpan.FromHours(1));
        link.AdditionalProperties!["region"].GetString().Should().Be("ap-south-1");
    }

    [Fact]
    public async Task GetPresignedUrlAsync_sends_the_given_duration_in_whole_seconds()
    {
        using var api = WireApi.WithoutRetries();
        api.Respond("GET", $"/v2/recording-assets/{AssetId}/presigned-url", PresignedUrl);

        await api.Client.RecordingAssets.GetPresignedUrlAsync(AssetId, TimeSpan.FromDays(3));

        api.ShouldHaveReceived("GET", $"/v2/recording-assets/{AssetId}/presigned-url", "presign_duration=259200");
    }

    [Fact]
    public void PresignedUrl_ToString_never_contains_the_url()
    {
        var link = Deserialize<RecordingAssetPresignedUrl>(PresignedUrl);

        var text = link.ToString();

        text.Should().Contain(AssetId).And.Contain("3600");
        text.Should().NotContain("X-Amz-Signature").And.NotContain("https://").And.NotContain(link.Url!);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(0.001)]
    public async Task GetPresignedUrlAsync_rejects_non_positive_or_fractional_durations_without_a_request(double seconds)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await BadInput.ShouldRejectAsync<ArgumentOutOfRangeException>(
            () => client.RecordingAssets.GetPresignedUrlAsync(AssetId, TimeSpan.FromSeconds(seconds)), "presignDuration", handler);
    }

    [Fact]
    public async Task GetPresignedUrlAsync_rejects_durations_beyond_int_seconds_without_a_request()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await BadInput.ShouldRejectAsync<ArgumentOutOfRangeException>(
            () => client.RecordingAssets.GetPresignedUrlAsync(AssetId, TimeSpan.FromSeconds((double)int.MaxValue + 1)), "presignDuration", handler);
    }

    [Theory]
    [MemberData(nameof(BadIds.Cases), MemberType = typeof(BadIds))]
    public async Task Every_id_taking_method_rejects_bad_ids_without_a_request(string? id)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await BadInput.ShouldRejectAsync<ArgumentException>(() => client.RecordingAssets.GetAsync(id!), "assetId", handler);
        await BadInput.ShouldRejectAsync<ArgumentException>(() => client.RecordingAssets.GetPresignedUrlAsync(id!), "assetId", handler);
    }

    private static RecordingAsset Deserialize(string json) => Deserialize<RecordingAsset>(json);

    private static T Deserialize<T>(string json)
    {
        var response = new HmsResponse(200, System.Text.Encoding.UTF8.GetBytes(json));
        var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)HmsSdk.RecordingAssets.RecordingAssetsJsonContext.Default.GetTypeInfo(typeof(T))!;
        return response.ReadAs(typeInfo)!;
    }
}
