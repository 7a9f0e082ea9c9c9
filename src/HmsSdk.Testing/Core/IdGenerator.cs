using System;
using System.Globalization;
using System.Text;

namespace HmsSdk.Testing.Core;

/// <summary>Seeded generator of ids and realistic values. Only used under the core's lock, so it needs no locking itself.</summary>
internal sealed class IdGenerator
{
    private const string Hex = "0123456789abcdef";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private static readonly string[] FirstNames =
    {
        "Asha", "Ben", "Chen", "Divya", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kavya", "Liam",
        "Maya", "Nikhil", "Olga", "Pedro", "Quinn", "Riya", "Sam", "Tara", "Uma", "Victor", "Wen", "Yusuf", "Zoe",
    };

    private static readonly string[] Words =
    {
        "standup", "sync", "townhall", "webinar", "classroom", "review", "demo", "retro", "kickoff", "office-hours",
    };

    private readonly Random _random;
    private readonly uint _seed;
    private long _requestCounter;

    public IdGenerator(int seed)
    {
        _random = new Random(seed);
        _seed = unchecked((uint)seed);
    }

    /// <summary>A 24-hex id like the API's object ids.</summary>
    public string ObjectId()
    {
        Span<char> chars = stackalloc char[24];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Hex[_random.Next(16)];
        }

        return new string(chars);
    }

    public string Uuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    /// <summary>Room codes look like <c>abc-defg-hij</c>.</summary>
    public string RoomCode() => Letters(3) + "-" + Letters(4) + "-" + Letters(3);

    public string Letters(int count)
    {
        var builder = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Lower[_random.Next(Lower.Length)]);
        }

        return builder.ToString();
    }

    public string PersonName() => FirstNames[_random.Next(FirstNames.Length)];

    public string RoomWord() => Words[_random.Next(Words.Length)];

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public double NextDouble() => _random.NextDouble();

    /// <summary>Deterministic per fake (seed + counter), unique per request.</summary>
    public string RequestId()
    {
        _requestCounter++;
        return string.Create(CultureInfo.InvariantCulture, $"{_seed:x8}-{_requestCounter:x16}");
    }
}
