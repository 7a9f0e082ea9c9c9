using System;
using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace HmsSdk;

/// <summary>
/// Writes HS256 JWTs byte-identical to the Node SDK's (<c>jsonwebtoken</c> over <c>JSON.stringify</c>):
/// fixed header, claims in Node's order, JavaScript string escaping, base64url without padding.
/// Hand-written because a general JWT library cannot promise that byte layout and is several times slower.
/// Thread-safe: all state is read-only after construction.
/// </summary>
internal sealed class HmsJwtWriter
{
    /// <summary>HMAC-SHA256 output size.</summary>
    private const int SignatureLength = 32;

    /// <summary>base64url of 32 bytes without padding.</summary>
    private const int SignatureSegmentLength = 43;

    /// <summary>Worst case UTF-8 bytes per UTF-16 code unit once escaped: <c>\u001f</c> or <c>\udc00</c>.</summary>
    private const int MaxBytesPerChar = 6;

    /// <summary>Room for three 64-bit numbers and every constant claim fragment after the prefix.</summary>
    private const int FixedPayloadSlack = 192;

#if NET8_0_OR_GREATER
    /// <summary>Typical tokens (about 400 bytes of work space) stay on the stack.</summary>
    private const int StackBufferLength = 1024;
#endif

    private readonly byte[] _key;
    private readonly byte[] _managementPayloadPrefix;
    private readonly byte[] _appPayloadPrefix;

    /// <summary>
    /// One keyed HMAC kept between calls: re-keying (what the one-shot <c>HMACSHA256.HashData</c> does every call)
    /// costs more than hashing a whole token. Whoever takes it owns it; concurrent callers make their own.
    /// </summary>
    private IncrementalHash? _spareHmac;

    /// <param name="accessKey">Written, escaped, into the <c>access_key</c> claim of every token.</param>
    /// <param name="secret">The HS256 key is its UTF-8 bytes, as in Node.</param>
    public HmsJwtWriter(string accessKey, string secret)
    {
        _key = Encoding.UTF8.GetBytes(secret);
        _managementPayloadPrefix = BuildPayloadPrefix(accessKey, "management");
        _appPayloadPrefix = BuildPayloadPrefix(accessKey, "app");
    }

    /// <summary>base64url(<c>{"alg":"HS256","typ":"JWT"}</c>), the constant first segment.</summary>
    internal static ReadOnlySpan<byte> HeaderSegment => "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"u8;

    /// <summary>Mints <c>{access_key, type:"management", version:2, iat, nbf, exp, jti}</c>.</summary>
    public string WriteManagementToken(in TokenTiming timing, string tokenId) =>
        Write(_managementPayloadPrefix, timing, roomId: null, role: null, userId: null, tokenId);

    /// <summary>Mints <c>{access_key, type:"app", version:2, iat, nbf, exp, room_id, role, [user_id], jti}</c>.</summary>
    public string WriteAppToken(in TokenTiming timing, string roomId, string role, string? userId, string tokenId) =>
        Write(_appPayloadPrefix, timing, roomId, role, userId, tokenId);

    /// <summary>The payload JSON exactly as the token carries it; for tests and diagnostics.</summary>
    internal byte[] WritePayloadJson(bool app, in TokenTiming timing, string? roomId, string? role, string? userId, string tokenId)
    {
        byte[] prefix = app ? _appPayloadPrefix : _managementPayloadPrefix;
        byte[] buffer = new byte[PayloadCapacity(prefix, roomId, role, userId, tokenId)];
        int length = WritePayload(buffer, prefix, timing, roomId, role, userId, tokenId);
        return buffer.AsSpan(0, length).ToArray();
    }

    /// <summary>
    /// <c>JSON.stringify</c> string content as UTF-8: <c>"</c> and <c>\</c> escaped, <c>\b \f \n \r \t</c> short forms,
    /// other controls and lone surrogates as lowercase <c>\u00xx</c>/<c>\udxxx</c>, everything else raw UTF-8.
    /// </summary>
    /// <returns>The number of bytes written; <paramref name="destination"/> must hold 6 bytes per char.</returns>
    internal static int WriteJsonStringContent(string value, Span<byte> destination)
    {
        int position = 0;
        for (int index = 0; index < value.Length; index++)
        {
            char c = value[index];
            if (c < 0x80)
            {
                if (c >= 0x20 && c != '"' && c != '\\')
                {
                    destination[position++] = (byte)c;
                    continue;
                }

                destination[position++] = (byte)'\\';
                switch (c)
                {
                    case '"': destination[position++] = (byte)'"'; break;
                    case '\\': destination[position++] = (byte)'\\'; break;
                    case '\b': destination[position++] = (byte)'b'; break;
                    case '\f': destination[position++] = (byte)'f'; break;
                    case '\n': destination[position++] = (byte)'n'; break;
                    case '\r': destination[position++] = (byte)'r'; break;
                    case '\t': destination[position++] = (byte)'t'; break;
                    default: position += WriteUnicodeEscapeDigits(c, destination.Slice(position)); break;
                }
            }
            else if (c < 0x800)
            {
                destination[position++] = (byte)(0xC0 | (c >> 6));
                destination[position++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
                {
                    int codePoint = char.ConvertToUtf32(c, value[index + 1]);
                    index++;
                    destination[position++] = (byte)(0xF0 | (codePoint >> 18));
                    destination[position++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                    destination[position++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                    destination[position++] = (byte)(0x80 | (codePoint & 0x3F));
                }
                else
                {
                    // Well-formed JSON.stringify (ES2019) escapes a lone surrogate instead of emitting invalid UTF-16.
                    destination[position++] = (byte)'\\';
                    position += WriteUnicodeEscapeDigits(c, destination.Slice(position));
                }
            }
            else
            {
                destination[position++] = (byte)(0xE0 | (c >> 12));
                destination[position++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                destination[position++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return position;
    }

    /// <summary>RFC 4648 §5 base64url without padding, portable to every target.</summary>
    /// <returns>The number of bytes written.</returns>
    internal static int Base64UrlEncodeScalar(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        ReadOnlySpan<byte> alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"u8;
        int input = 0;
        int output = 0;
        for (; input + 2 < source.Length; input += 3)
        {
            int group = (source[input] << 16) | (source[input + 1] << 8) | source[input + 2];
            destination[output] = alphabet[group >> 18];
            destination[output + 1] = alphabet[(group >> 12) & 0x3F];
            destination[output + 2] = alphabet[(group >> 6) & 0x3F];
            destination[output + 3] = alphabet[group & 0x3F];
            output += 4;
        }

        int remaining = source.Length - input;
        if (remaining == 1)
        {
            int group = source[input] << 16;
            destination[output] = alphabet[group >> 18];
            destination[output + 1] = alphabet[(group >> 12) & 0x3F];
            output += 2;
        }
        else if (remaining == 2)
        {
            int group = (source[input] << 16) | (source[input + 1] << 8);
            destination[output] = alphabet[group >> 18];
            destination[output + 1] = alphabet[(group >> 12) & 0x3F];
            destination[output + 2] = alphabet[(group >> 6) & 0x3F];
            output += 3;
        }

        return output;
    }

    internal static int Base64UrlLength(int byteCount) => ((byteCount / 3) * 4) + (byteCount % 3 == 0 ? 0 : (byteCount % 3) + 1);

    private string Write(byte[] prefix, in TokenTiming timing, string? roomId, string? role, string? userId, string tokenId)
    {
        int payloadCapacity = PayloadCapacity(prefix, roomId, role, userId, tokenId);
        int tokenCapacity = HeaderSegment.Length + 1 + Base64UrlLength(payloadCapacity) + 1 + SignatureSegmentLength;
        int totalLength = payloadCapacity + tokenCapacity;

        byte[]? rented = null;
#if NET8_0_OR_GREATER
        Span<byte> buffer = totalLength <= StackBufferLength
            ? stackalloc byte[StackBufferLength]
            : (rented = ArrayPool<byte>.Shared.Rent(totalLength));
#else
        rented = ArrayPool<byte>.Shared.Rent(totalLength);
        Span<byte> buffer = rented;
#endif
        try
        {
            int payloadLength = WritePayload(buffer.Slice(0, payloadCapacity), prefix, timing, roomId, role, userId, tokenId);
            ReadOnlySpan<byte> payload = buffer.Slice(0, payloadLength);
            Span<byte> token = buffer.Slice(payloadCapacity, tokenCapacity);

            HeaderSegment.CopyTo(token);
            int position = HeaderSegment.Length;
            token[position++] = (byte)'.';
            position += Base64UrlEncode(payload, token.Slice(position));
            int signingInputLength = position;
            token[position++] = (byte)'.';

#if NET8_0_OR_GREATER
            Span<byte> signature = stackalloc byte[SignatureLength];
            Sign(token.Slice(0, signingInputLength), signature);
#else
            byte[] signature = Sign(rented, payloadCapacity, signingInputLength);
#endif
            position += Base64UrlEncode(signature, token.Slice(position));

#if NET8_0_OR_GREATER
            return Encoding.ASCII.GetString(token.Slice(0, position));
#else
            return Encoding.ASCII.GetString(rented, payloadCapacity, position);
#endif
        }
        finally
        {
            if (rented is not null)
            {
                // The buffer held a bearer credential; do not hand it to the next renter.
                rented.AsSpan(0, totalLength).Clear();
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

#if NET8_0_OR_GREATER
    private void Sign(ReadOnlySpan<byte> signingInput, Span<byte> signature)
    {
        IncrementalHash hmac = Interlocked.Exchange(ref _spareHmac, null) ?? IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(signingInput);
        hmac.GetHashAndReset(signature);
        ReturnSpare(hmac);
    }
#else
    private byte[] Sign(byte[] buffer, int offset, int count)
    {
        IncrementalHash hmac = Interlocked.Exchange(ref _spareHmac, null) ?? IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(buffer, offset, count);
        byte[] signature = hmac.GetHashAndReset();
        ReturnSpare(hmac);
        return signature;
    }
#endif

    /// <summary>Keeps <paramref name="hmac"/> for the next call unless another thread already returned one.</summary>
    /// <remarks>Only reached after GetHashAndReset, so a kept instance never carries half-hashed input.</remarks>
    private void ReturnSpare(IncrementalHash hmac)
    {
        if (Interlocked.CompareExchange(ref _spareHmac, hmac, null) is not null)
        {
            hmac.Dispose();
        }
    }

    private static int Base64UrlEncode(ReadOnlySpan<byte> source, Span<byte> destination)
    {
#if NET9_0_OR_GREATER
        return Base64Url.EncodeToUtf8(source, destination);
#else
        return Base64UrlEncodeScalar(source, destination);
#endif
    }

    private static int PayloadCapacity(byte[] prefix, string? roomId, string? role, string? userId, string tokenId)
    {
        long characters = (long)tokenId.Length + (roomId?.Length ?? 0) + (role?.Length ?? 0) + (userId?.Length ?? 0);
        long capacity = prefix.Length + FixedPayloadSlack + (characters * MaxBytesPerChar);

        // Base64 grows the payload by 4/3 and the whole thing must fit one array.
        if (capacity > int.MaxValue / 4)
        {
            throw new ArgumentException("The room id, role, user id and token id are too long to fit in a token.");
        }

        return (int)capacity;
    }

    private static int WritePayload(
        Span<byte> destination,
        byte[] prefix,
        in TokenTiming timing,
        string? roomId,
        string? role,
        string? userId,
        string tokenId)
    {
        prefix.CopyTo(destination);
        int position = prefix.Length;
        position += WriteNumber(timing.IssuedAt, destination.Slice(position));
        position += WriteLiteral(",\"nbf\":"u8, destination.Slice(position));
        position += WriteNumber(timing.NotBefore, destination.Slice(position));
        position += WriteLiteral(",\"exp\":"u8, destination.Slice(position));
        position += WriteNumber(timing.ExpiresAt, destination.Slice(position));

        if (roomId is not null && role is not null)
        {
            position += WriteLiteral(",\"room_id\":\""u8, destination.Slice(position));
            position += WriteJsonStringContent(roomId, destination.Slice(position));
            position += WriteLiteral("\",\"role\":\""u8, destination.Slice(position));
            position += WriteJsonStringContent(role, destination.Slice(position));
            destination[position++] = (byte)'"';

            // Node adds user_id only when it is truthy, so an empty string is omitted too.
            if (!string.IsNullOrEmpty(userId))
            {
                position += WriteLiteral(",\"user_id\":\""u8, destination.Slice(position));
                position += WriteJsonStringContent(userId!, destination.Slice(position));
                destination[position++] = (byte)'"';
            }
        }

        position += WriteLiteral(",\"jti\":\""u8, destination.Slice(position));
        position += WriteJsonStringContent(tokenId, destination.Slice(position));
        position += WriteLiteral("\"}"u8, destination.Slice(position));
        return position;
    }

    private static byte[] BuildPayloadPrefix(string accessKey, string tokenType)
    {
        ReadOnlySpan<byte> start = "{\"access_key\":\""u8;
        ReadOnlySpan<byte> typeStart = "\",\"type\":\""u8;
        ReadOnlySpan<byte> afterType = "\",\"version\":2,\"iat\":"u8;

        byte[] scratch = new byte[start.Length + (accessKey.Length * MaxBytesPerChar) + typeStart.Length + tokenType.Length + afterType.Length];
        int position = WriteLiteral(start, scratch);
        position += WriteJsonStringContent(accessKey, scratch.AsSpan(position));
        position += WriteLiteral(typeStart, scratch.AsSpan(position));
        position += WriteLiteral(Encoding.ASCII.GetBytes(tokenType), scratch.AsSpan(position));
        position += WriteLiteral(afterType, scratch.AsSpan(position));
        return scratch.AsSpan(0, position).ToArray();
    }

    private static int WriteLiteral(ReadOnlySpan<byte> literal, Span<byte> destination)
    {
        literal.CopyTo(destination);
        return literal.Length;
    }

    private static int WriteNumber(long value, Span<byte> destination)
    {
        // Claims are integers well inside 2^53, where JavaScript prints plain decimal digits too.
        Utf8Formatter.TryFormat(value, destination, out int written);
        return written;
    }

    private static int WriteUnicodeEscapeDigits(char c, Span<byte> destination)
    {
        ReadOnlySpan<byte> hexDigits = "0123456789abcdef"u8;
        destination[0] = (byte)'u';
        destination[1] = hexDigits[(c >> 12) & 0xF];
        destination[2] = hexDigits[(c >> 8) & 0xF];
        destination[3] = hexDigits[(c >> 4) & 0xF];
        destination[4] = hexDigits[c & 0xF];
        return 5;
    }
}
