using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace HmsSdk.Http;

/// <summary>
/// Buffers a response body, capped by <c>MaxResponseBytes</c>. A body whose length is announced is read straight into
/// one array of that size; when the caller returns the body after reading it (typed calls, list pages), that array
/// comes from <see cref="ArrayPool{T}.Shared"/> (PipelineOptimisationBenchmarks, shared machine, an 84 KiB sessions page: new array 93 us and 86 KB on the large-object heap, pooled 0.1 us and 0 B; the per-item floor fell from 2.7 KB to 1.84 KB per listed session once pages return their body).
/// </summary>
internal static class ResponseBodyReader
{
    public static async ValueTask<BufferedBody> ReadAsync(HttpResponseMessage response, bool pooled, int max, CancellationToken cancellationToken)
    {
        var content = response.Content;
        if (content is null)
        {
            return new BufferedBody(Array.Empty<byte>());
        }

        var declared = content.Headers.ContentLength;
        if (declared is { } length && length > max)
        {
            throw new HmsTransportException($"The response body ({length} bytes) exceeds MaxResponseBytes ({max}).", null);
        }

#if NET5_0_OR_GREATER
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        if (declared is { } expected)
        {
            return await ReadAnnouncedAsync(stream, (int)expected, pooled, max, cancellationToken).ConfigureAwait(false);
        }

        return new BufferedBody(await ReadRemainingAsync(stream, ReadOnlyMemory<byte>.Empty, ReadOnlyMemory<byte>.Empty, max, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The usual case: read into one array of the announced size (no growth copies, no scratch chunk).</summary>
    private static async ValueTask<BufferedBody> ReadAnnouncedAsync(Stream stream, int size, bool pooled, int max, CancellationToken cancellationToken)
    {
        var usePool = pooled && size > 0;
        var body = size == 0 ? Array.Empty<byte>() : usePool ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];
        var handedOver = false;
        try
        {
            var filled = 0;
            int read;
            while (filled < size && (read = await ReadAsync(stream, body, filled, size - filled, cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }

            if (filled < size)
            {
                // Shorter than announced: keep what arrived, as the growing reader does.
                return new BufferedBody(body.AsSpan(0, filled).ToArray());
            }

            // More than announced (only a custom handler can do this): fall through to the growing reader.
            var probe = ArrayPool<byte>.Shared.Rent(1024);
            try
            {
                read = await ReadAsync(stream, probe, 0, probe.Length, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    handedOver = true;
                    return new BufferedBody(body, size, usePool);
                }

                var whole = await ReadRemainingAsync(stream, body.AsMemory(0, size), probe.AsMemory(0, read), max, cancellationToken).ConfigureAwait(false);
                return new BufferedBody(whole);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(probe);
            }
        }
        finally
        {
            if (usePool && !handedOver)
            {
                ArrayPool<byte>.Shared.Return(body);
            }
        }
    }

    /// <summary>Reads a body of unknown length into pooled buffers, then copies it once into an exact-size array.</summary>
    private static async Task<byte[]> ReadRemainingAsync(Stream stream, ReadOnlyMemory<byte> head, ReadOnlyMemory<byte> next, int max, CancellationToken cancellationToken)
    {
        var total = (long)head.Length + next.Length;
        if (total > max)
        {
            throw new HmsTransportException($"The response body exceeds MaxResponseBytes ({max}).", null);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(4096, Math.Min(max, total * 2)));
        try
        {
            head.Span.CopyTo(buffer);
            next.Span.CopyTo(buffer.AsSpan(head.Length));
            var length = (int)total;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)max + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await ReadAsync(stream, buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                if ((long)length + read > max)
                {
                    throw new HmsTransportException($"The response body exceeds MaxResponseBytes ({max}).", null);
                }

                length += read;
            }

            return length == 0 ? Array.Empty<byte>() : buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ValueTask<int> ReadAsync(Stream stream, byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
#if NET5_0_OR_GREATER
        return stream.ReadAsync(buffer.AsMemory(offset, count), cancellationToken);
#else
        return new ValueTask<int>(stream.ReadAsync(buffer, offset, count, cancellationToken));
#endif
    }
}

/// <summary>A buffered body: <see cref="Array"/> holds <see cref="Length"/> bytes; a pooled array is rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
internal readonly struct BufferedBody
{
    public BufferedBody(byte[] array)
        : this(array, array.Length, pooled: false)
    {
    }

    public BufferedBody(byte[] array, int length, bool pooled)
    {
        Array = array;
        Length = length;
        Pooled = pooled;
    }

    public byte[] Array { get; }

    public int Length { get; }

    public bool Pooled { get; }
}
