namespace HmsSdk.Tests.Infrastructure;

/// <summary>
/// The timestamps the golden tests' fixtures carry, one per precision the API sends: whole seconds
/// (<c>2024-05-06T07:08:09Z</c>), milliseconds (<c>2024-05-06T07:08:10.123Z</c>) and nanoseconds
/// (<c>2024-05-06T07:08:11.123456789Z</c>, read to the tick).
/// </summary>
public static class GoldenTimes
{
    public static readonly DateTimeOffset WholeSeconds = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);
    public static readonly DateTimeOffset Millis = new DateTimeOffset(2024, 5, 6, 7, 8, 10, TimeSpan.Zero).AddTicks(1230000);
    public static readonly DateTimeOffset Nanos = new DateTimeOffset(2024, 5, 6, 7, 8, 11, TimeSpan.Zero).AddTicks(1234567);
}
