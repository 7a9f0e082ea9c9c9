using System;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using HmsSdk.Http;

namespace HmsSdk.Paging;

/// <summary>Factories that services use to expose list endpoints as <see cref="HmsAsyncPageable{T}"/>; all build the one <see cref="Pager{TEnvelope, T}"/>.</summary>
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
        int minPageSize = 1) =>
        new Pager<HmsListResponse<T>, T>(
            pipeline,
            new PageRoute(operation, path, minPageSize: minPageSize),
            query,
            limit,
            envelopeType,
            static (envelope, _) => EnvelopePage<T>.FromCursor(envelope.Data, envelope.Last, envelope.Limit),
            requestOptions,
            cancellationToken);

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
        int minPageSize = 1) =>
        new Pager<HmsEventListResponse<T>, T>(
            pipeline,
            new PageRoute(operation, path, minPageSize: minPageSize),
            query,
            limit,
            envelopeType,
            static (envelope, _) => EnvelopePage<T>.FromCursor(envelope.Events, envelope.Next, envelope.Limit),
            requestOptions,
            cancellationToken);

    /// <summary>Any other envelope shape (polls' <c>responses</c>/<c>results</c>, page-number history): the caller reads the envelope.</summary>
    public static HmsAsyncPageable<T> Create<TEnvelope, T>(
        HmsPipeline pipeline,
        PageRoute route,
        HmsQuery query,
        int? limit,
        JsonTypeInfo<TEnvelope> envelopeType,
        Func<TEnvelope, string?, EnvelopePage<T>> read,
        HmsRequestOptions? requestOptions,
        CancellationToken cancellationToken) =>
        new Pager<TEnvelope, T>(pipeline, route, query, limit, envelopeType, read, requestOptions, cancellationToken);

    /// <summary>Wraps a possibly null list without copying.</summary>
    public static IReadOnlyList<T> AsReadOnly<T>(IList<T>? items) => EnvelopePage<T>.AsReadOnly(items);
}
