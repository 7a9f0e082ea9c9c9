using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;

namespace HmsSdk.Benchmarks;

/// <summary>
/// The suite's config. Jobs are on the classes (<see cref="ShortJobAttribute"/>, and a monitoring job for the
/// multi-second paging runs) so the whole suite runs in minutes on a 2-core machine.
/// </summary>
internal static class BenchConfig
{
    public static IConfig Create() => ManualConfig.Create(DefaultConfig.Instance)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.OperationsPerSecond)
        .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Nanosecond))
        .WithOptions(ConfigOptions.JoinSummary);
}

/// <summary>One launch, 3 warm-ups, 5 measured iterations.</summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class ShortJobAttribute : BenchmarkDotNet.Attributes.JobConfigBaseAttribute
{
    public ShortJobAttribute()
        : base(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5).WithId("Short"))
    {
    }
}
