using System.Text.Json;
using HmsSdk.Http;
using HmsSdk.Paging;
using HmsSdk.Serialization;

namespace HmsSdk.Tests.Core;

/// <summary>
/// For pager tests: list envelopes (items <c>{"id":"item-N"}</c> in a <c>{limit, data, last}</c> page) and the one
/// list pager under test, over the relative path <c>things</c>.
/// </summary>
internal static class PageJson
{
    public static string Items(int from, int count) =>
        string.Join(",", Enumerable.Range(from, count).Select(i => $$"""{"id":"item-{{i}}"}"""));

    public static string ListPage(int from, int count, string? last, int limit = 10) =>
        $$"""{"limit":{{limit}},"data":[{{Items(from, count)}}]{{(last is null ? "" : $",\"last\":\"{last}\"")}}}""";

    public static HmsAsyncPageable<JsonElement> List(HmsClient client, HmsQuery? query = null, int? limit = null, HmsRequestOptions? requestOptions = null) =>
        Pagers.List(client.Pipeline, "Test.List", RequestPath.Literal("things"), query ?? new HmsQuery(), limit, CommonJsonContext.Default.HmsListResponseJsonElement, requestOptions, CancellationToken.None);
}
