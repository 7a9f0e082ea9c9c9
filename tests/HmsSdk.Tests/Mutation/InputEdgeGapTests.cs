using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Mutation;

/// <summary>
/// Input checks at their exact edges (issue #18). The UTF-16 oracle is a table of hand-written strings with known
/// answers, never <c>Guard.IsWellFormedUtf16</c> itself; page-size ranges come from the 100ms docs
/// (polls 1-100, rooms/sessions/room codes 10-100, recordings and other beam jobs 1-100).
/// </summary>
public class InputEdgeGapTests
{
    // Strings with lone surrogates cannot be theory arguments: xunit serialises them through UTF-8 and hands the
    // test U+FFFD instead. Cases are passed by name and looked up here.
    private static readonly Dictionary<string, (string Value, bool WellFormed)> Utf16Table = new()
    {
        ["empty"] = ("", true),
        ["ascii"] = ("plain-ascii", true),
        ["bmp letter"] = ("caf\u00e9", true),
        ["emoji alone"] = ("\uD83D\uDE00", true),
        ["emoji at the end"] = ("room-\uD83D\uDE00", true),
        ["emoji at the start"] = ("\uD83D\uDE00-room", true),
        ["two emoji back to back"] = ("\uD83C\uDF89\uD83D\uDE80", true),
        ["U+10FFFF"] = ("\uDBFF\uDFFF", true),
        ["U+10000"] = ("\uD800\uDC00", true),
        ["lone high"] = ("\uD83D", false),
        ["lone low"] = ("\uDE00", false),
        ["high cut off at the end"] = ("room-\uD83D", false),
        ["pair in the wrong order"] = ("\uDE00\uD83D", false),
        ["high then a full pair"] = ("\uD83D\uD83D\uDE00", false),
        ["full pair then a stray low"] = ("\uD83D\uDE00\uDE00", false),
        ["high before a letter"] = ("a\uD83Db", false),
        ["low at the start of an id"] = ("\uDE00room", false),
    };

    public static TheoryData<string> Utf16Cases => new(Utf16Table.Keys);

    [Theory]
    [MemberData(nameof(Utf16Cases))]
    public void Well_formed_utf16_is_recognised_from_known_strings(string name)
    {
        var (value, expected) = Utf16Table[name];

        Guard.IsWellFormedUtf16(value).Should().Be(expected);
    }

    [Fact]
    public async Task An_emoji_room_id_is_sent_as_its_utf8_percent_encoding()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"id":"x"}""");
        using var client = TestClients.Create(handler);

        await client.Rooms.GetAsync("room-\uD83D\uDE00");

        handler.Requests.Single().Uri.AbsolutePath.Should().Be("/v2/rooms/room-%F0%9F%98%80");
    }

    [Theory]
    [InlineData("high cut off at the end", "surrogate")]
    [InlineData("low at the start of an id", "surrogate")]
    [InlineData("lone high", "surrogate")]
    [InlineData(".", "'.' or '..'")]
    [InlineData("..", "'.' or '..'")]
    public async Task Room_ids_with_a_lone_surrogate_or_that_are_dot_segments_are_refused_before_any_request(string name, string reason)
    {
        var roomId = Utf16Table.TryGetValue(name, out var utf16Case) ? utf16Case.Value : name;
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var error = (await FluentActions.Awaiting(() => client.Rooms.GetAsync(roomId)).Should().ThrowAsync<ArgumentException>()).Which;

        error.ParamName.Should().Be("roomId");
        error.Message.Should().Contain(reason);
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task An_emoji_query_value_is_sent_and_a_lone_surrogate_one_refused()
    {
        var handler = new RecordingHandler().Enqueue(200, """{"limit":10,"data":[]}""");
        using var client = TestClients.Create(handler);

        await foreach (var _ in client.Rooms.ListAsync(new RoomListOptions { Name = "party-\uD83C\uDF89" }))
        {
        }

        handler.Requests.Single().Uri.Query.Should().Be("?name=party-%F0%9F%8E%89");
        FluentActions.Invoking(() => client.Rooms.ListAsync(new RoomListOptions { Name = Utf16Table["high cut off at the end"].Value }))
            .Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("...")]
    [InlineData(".a")]
    public async Task Ids_that_only_start_with_dots_are_accepted(string roomId)
    {
        var handler = new RecordingHandler().Enqueue(200, """{"id":"x"}""");
        using var client = TestClients.Create(handler);

        await client.Rooms.GetAsync(roomId);

        handler.Requests.Single().Uri.AbsolutePath.Should().Be("/v2/rooms/" + roomId);
    }

    [Theory]
    [InlineData(null, typeof(ArgumentNullException))]
    [InlineData("", typeof(ArgumentException))]
    [InlineData(" \t", typeof(ArgumentException))]
    public async Task Missing_or_blank_ids_are_refused_naming_the_parameter(string? roomId, Type expected)
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Create(handler);

        var error = (await FluentActions.Awaiting(() => client.Rooms.GetAsync(roomId!)).Should().ThrowAsync<ArgumentException>()).Which;

        error.Should().BeOfType(expected);
        error.ParamName.Should().Be("roomId");
        handler.Requests.Should().BeEmpty();
    }

    private static async Task<string> FirstQuery(Func<HmsClient, IAsyncEnumerable<object?>> list, string emptyPage)
    {
        var handler = new RecordingHandler().Enqueue(200, emptyPage);
        using var client = TestClients.Create(handler);
        await foreach (var _ in list(client))
        {
        }

        return handler.Requests.Single().Uri.Query;
    }

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var item in items)
        {
            yield return item;
        }
    }

    // The documented page-size range of each kind of list: polls 1-100, rooms 10-100, beam jobs 1-100.
    private static IAsyncEnumerable<object?> ListWithLimit(HmsClient client, string list, int limit) => list switch
    {
        "polls" => Box(client.Polls.ListSessionsAsync("poll-1", new PollSessionListOptions { Limit = limit })),
        "rooms" => Box(client.Rooms.ListAsync(new RoomListOptions { Limit = limit })),
        _ => Box(client.Recordings.ListAsync(new RecordingListOptions { Limit = limit })),
    };

    [Theory]
    [InlineData("polls", 1, """{"limit":1,"responses":[]}""")]
    [InlineData("polls", 100, """{"limit":1,"responses":[]}""")]
    [InlineData("rooms", 10, """{"limit":10,"data":[]}""")]
    [InlineData("rooms", 100, """{"limit":10,"data":[]}""")]
    [InlineData("beam jobs", 1, """{"limit":1,"data":[]}""")]
    [InlineData("beam jobs", 100, """{"limit":1,"data":[]}""")]
    public async Task Lists_accept_the_limits_on_their_documented_bounds(string list, int limit, string emptyPage)
    {
        var query = await FirstQuery(c => ListWithLimit(c, list, limit), emptyPage);

        query.Should().Be($"?limit={limit}");
    }

    [Theory]
    [InlineData("polls", 0)]
    [InlineData("polls", 101)]
    [InlineData("rooms", 9)]
    [InlineData("rooms", 101)]
    [InlineData("beam jobs", 0)]
    [InlineData("beam jobs", 101)]
    public void Lists_refuse_limits_just_outside_their_documented_bounds(string list, int limit)
    {
        using var client = TestClients.Create(new RecordingHandler());

        var error = FluentActions.Invoking(() => ListWithLimit(client, list, limit))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options").Which;
        if (list == "rooms")
        {
            error.ActualValue.Should().Be(limit);
            error.Message.Should().Contain("10").And.Contain("100");
        }
    }

    [Fact]
    public void A_blank_optional_text_filter_is_refused_but_null_is_omitted()
    {
        using var client = TestClients.Create(new RecordingHandler());

        FluentActions.Invoking(() => client.Rooms.ListAsync(new RoomListOptions { Name = " " }))
            .Should().Throw<ArgumentException>().WithParameterName("options")
            .Which.Message.Should().Contain("Name");
        FluentActions.Invoking(() => client.Rooms.ListAsync(new RoomListOptions { Name = null })).Should().NotThrow();
    }
}
