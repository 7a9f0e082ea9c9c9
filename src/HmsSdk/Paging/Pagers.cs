using System;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;

namespace HmsSdk.Paging;

/// <summary>Factories that services use to expose list endpoints as <see cref="HmsAsyncPageable{T}"/>.</summary>
internal static class Pagers
{
    /// <summary>The API's default page size.</summary>
    public const int DefaultPageSize = 10;

    /// <summary>The largest page every list endpoint documents.</summary>
    public const int MaxPageSize = 100;

    /// <summary>A <c>{limit, data, last}</c> list. <paramref name="query"/> is copied now, so later changes to the caller's filters do not leak in.</summary>
    public static HmsAsyncPageable<T> List<T>(
        HmsPipeline pipeline,
        string operation,
        RequestPath path,
        HmsQuery query,
        int? limit,
        JsonTypeInfo<HmsListResponse<T>> envelopeType,
        HmsRequestOptions? requestOptions,
        CancellationToken cancellationToken,
        int minPageSize = 1)
    {
        var baseQuery = query.With("limit", (string?)null).With("start", (string?)null);
        return new ContinuationPageable<T>(
            async (start, pageSize, ct) =>
            {
                var request = HmsRequest.Get(operation, path)
                    .WithQuery(baseQuery.With("limit", pageSize).With("start", start))
                    .WithOptions(requestOptions);
                var response = await pipeline.SendAsync(request, ct).ConfigureAwait(false);
                var envelope = HmsPipeline.Deserialize(response, envelopeType, request);
                return new HmsPage<T>(AsReadOnly(envelope.Data), envelope.Last, response);
            },
            limit,
            DefaultPageSize,
            cancellationToken) { MinPageSize = minPageSize };
    }

    /// <summary>An analytics <c>{limit, total, next, events}</c> list, paged by <c>next</c>.</summary>
    public static HmsAsyncPageable<T> Events<T>(
        HmsPipeline pipeline,
        string operation,
        RequestPath path,
        HmsQuery query,
        int? limit,
        JsonTypeInfo<HmsEventListResponse<T>> envelopeType,
        HmsRequestOptions? requestOptions,
        CancellationToken cancellationToken,
        int minPageSize = 1)
    {
        var baseQuery = query.With("limit", (string?)null).With("start", (string?)null);
        return new ContinuationPageable<T>(
            async (start, pageSize, ct) =>
            {
                var request = HmsRequest.Get(operation, path)
                    .WithQuery(baseQuery.With("limit", pageSize).With("start", start))
                    .WithOptions(requestOptions);
                var response = await pipeline.SendAsync(request, ct).ConfigureAwait(false);
                var envelope = HmsPipeline.Deserialize(response, envelopeType, request);
                return new HmsPage<T>(AsReadOnly(envelope.Events), envelope.Next, response);
            },
            limit,
            DefaultPageSize,
            cancellationToken) { MinPageSize = minPageSize };
    }

    /// <summary>Any cursor-style list, for envelopes with other shapes (polls use <c>responses</c>/<c>results</c>).</summary>
    public static HmsAsyncPageable<T> Custom<T>(
        Func<string?, int?, CancellationToken, Task<HmsPage<T>>> fetchPage,
        int? limit,
        int defaultPageSize,
        CancellationToken cancellationToken) =>
        new ContinuationPageable<T>(fetchPage, limit, defaultPageSize, cancellationToken);

    /// <summary>Wraps a possibly null list without copying.</summary>
    public static IReadOnlyList<T> AsReadOnly<T>(IList<T>? items) => items switch
    {
        null => Array.Empty<T>(),
        IReadOnlyList<T> readOnly => readOnly,
        _ => new List<T>(items),
    };
}
