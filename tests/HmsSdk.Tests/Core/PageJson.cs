namespace HmsSdk.Tests.Core;

/// <summary>List envelopes for pager tests: items <c>{"id":"item-N"}</c> in a <c>{limit, data, last}</c> page.</summary>
internal static class PageJson
{
    public static string Items(int from, int count) =>
        string.Join(",", Enumerable.Range(from, count).Select(i => $$"""{"id":"item-{{i}}"}"""));

    public static string ListPage(int from, int count, string? last, int limit = 10) =>
        $$"""{"limit":{{limit}},"data":[{{Items(from, count)}}]{{(last is null ? "" : $",\"last\":\"{last}\"")}}}""";
}
