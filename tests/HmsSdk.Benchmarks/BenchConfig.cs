using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
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
        .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Nanosecond));
}

/// <summary>
/// One launch, 3 warm-ups, 5 measured iterations, in process: generating and building a boilerplate project per job
/// took over two minutes on a busy 2-core machine, longer than the measurements themselves.
/// </summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class ShortJobAttribute : BenchmarkDotNet.Attributes.JobConfigBaseAttribute
{
    public ShortJobAttribute()
        : base(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
            .WithToolchain(new InProcessEmitToolchain(System.TimeSpan.FromMinutes(10), logOutput: true)).WithId("Short"))
    {
    }
}

/// <summary>Multi-second operations: no pilot stage, one warm-up and three measured runs, in process.</summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class LongRunningJobAttribute : BenchmarkDotNet.Attributes.JobConfigBaseAttribute
{
    public LongRunningJobAttribute()
        : base(Job.Default.WithStrategy(BenchmarkDotNet.Engines.RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithToolchain(new InProcessEmitToolchain(System.TimeSpan.FromMinutes(10), logOutput: true)).WithId("Monitoring"))
    {
    }
}
