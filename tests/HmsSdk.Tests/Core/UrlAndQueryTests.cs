using FluentAssertions;
using HmsSdk.Http;
using HmsSdk.Serialization;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Core;

public class UrlAndQueryTests
{
    [Theory]
    [InlineData("https://api.100ms.live/v2", "/v2/rooms")]
    [InlineData("https://api.100ms.live/v2/", "/v2/rooms")]
    [InlineData("http://127.0.0.1:5000/prefix/v2", "/prefix/v2/rooms")]
    public async Task Paths_are_joined_without_losing_the_base_path(string baseUri, string expectedPath)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler, configure: o => o.BaseUri = new Uri(baseUri));

        await client.Api.GetAsync("/rooms");

        handler.Requests.Single().Uri.AbsolutePath.Should().Be(expectedPath);
    }

    [Theory]
    [InlineData("../x", "..%2Fx")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("?", "%3F")]
    [InlineData("#", "%23")]
    [InlineData("%2F", "%252F")]
    [InlineData("has space", "has%20space")]
    [InlineData("名前", "%E5%90%8D%E5%89%8D")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    [InlineData("...", "...")]
    public async Task Hostile_ids_stay_one_escaped_segment(string id, string expectedSegment)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);
        var request = HmsRequest.Get("Test.Get", RequestPath.Create("rooms/{0}/peers", Guard.Id(id, "roomId")));

        await client.Pipeline.SendAsync(request, CancellationToken.None);

        var sent = handler.Requests.Single();
        sent.PathAndQuery.Should().Be($"/v2/rooms/{expectedSegment}/peers");
        sent.Uri.Segments.Should().HaveCount(5, "the id must stay a single segment");
        Uri.UnescapeDataString(sent.Uri.Segments[3].TrimEnd('/')).Should().Be(id);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Dot_and_blank_ids_are_rejected(string id)
    {
        var act = () => Guard.Id(id, "roomId");
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("roomId");
    }

    [Fact]
    public void Null_id_is_rejected_with_ArgumentNullException()
    {
        var act = () => Guard.Id(null, "roomId");
        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("roomId");
    }

    [Fact]
    public void Query_serializes_arrays_booleans_dates_and_omits_nulls()
    {
        var query = new HmsQuery()
            .Add("room_id", "r 1&x=y")
            .AddEach("type", new[] { "track.add.success", "track.remove.success" })
            .Add("active", true)
            .Add("enabled", false)
            .Add("limit", 25)
            .Add("after", new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.FromHours(2)))
            .Add("missing", (string?)null)
            .Add("missing_bool", (bool?)null)
            .Add("missing_date", (DateTimeOffset?)null);

        query.ToString().Should().Be(
            "room_id=r%201%26x%3Dy&type=track.add.success&type=track.remove.success&active=true&enabled=false&limit=25&after=2024-05-06T05%3A08%3A09.123Z");
    }

    [Fact]
    public async Task An_empty_query_adds_no_question_mark()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        await client.Api.GetAsync("/rooms", new HmsQuery());

        handler.Requests.Single().Uri.Query.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2022-09-09T11:41:08.082Z", 2022, 9, 9, 11, 41, 8, 820000)]
    [InlineData("2023-03-02T07:44:27.010516042Z", 2023, 3, 2, 7, 44, 27, 105160)]
    [InlineData("2023-03-22T04:24:10Z", 2023, 3, 22, 4, 24, 10, 0)]
    [InlineData("2023-03-22T09:54:10+05:30", 2023, 3, 22, 4, 24, 10, 0)]
    [InlineData("0001-01-01T00:00:00Z", 1, 1, 1, 0, 0, 0, 0)]
    public void Dates_parse_in_every_documented_form(string text, int year, int month, int day, int hour, int minute, int second, long fractionTicks)
    {
        HmsDateParser.TryParse(text, out var parsed).Should().BeTrue();
        var expected = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(fractionTicks);
        parsed.UtcTicks.Should().Be(expected.UtcTicks);
    }
}
