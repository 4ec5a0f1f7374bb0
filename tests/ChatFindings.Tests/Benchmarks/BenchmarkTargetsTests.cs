using ChatFindings.Benchmarks;

namespace ChatFindings.Tests.Benchmarks;

/// <summary>The targets table judges the figures it is given (made up here): correctness of the verdicts, no timing.</summary>
public class BenchmarkTargetsTests
{
    private static MeasurementSummary Load(string engine, long rows, double seconds, long peak) =>
        new(Measurement.LoadKind, engine, rows, rows * 108, 3, seconds, 0, peak, 0, 0, 0);

    private static MeasurementSummary Tables(long rows, double seconds) =>
        new(Measurement.TablesKind, Measurement.TablesEngine, rows, rows * 108, 3, 0, seconds, 0, 0, 0, 0);

    private static BenchmarkResults Results(IReadOnlyList<MeasurementSummary> measurements, IReadOnlyList<PublishTiming> publish) =>
        new(MachineInfo.Now(), "0", [], measurements, publish, []);

    [Fact]
    public void Each_target_is_met_or_missed_by_the_figures_of_the_run()
    {
        var results = Results(
        [
            Load("chatfindings", 1_000_000, 0.8, 40_000_000), Load("duckdb", 1_000_000, 1.0, 300_000_000),
            Load("chatfindings", 10_000_000, 8.5, 600_000_000), // 0.85 µs per row: within the tolerance; 600 MB > half of 1,080 MB
            Tables(1_000_000, 0.25), Tables(10_000_000, 4.0),  // 0.25 → 0.4 µs per row: grows
        ],
        [
            new("chatfindings publish", 10, ["a"], []), new("stock dotnet-repl, one by one", 35, ["a"], []),
            new("chatfindings publish --no-pdf, shipped data", 6, ["a"], [], PeakWorkingSetBytes: 200_000_000),
            new("chatfindings publish --no-pdf, 1,000,000 rows", 10, /* > 1.5 × 6 s */ ["a"], [], PeakWorkingSetBytes: 250_000_000, DataRows: 1_000_000, DataBytes: 108_000_000),
        ]);

        var verdicts = BenchmarkTargets.Evaluate(results).Select(t => t.Met).ToList();

        Assert.Equal([true, true, false, true, true, false, true, false], verdicts);
    }

    [Fact]
    public void Load_is_faster_than_duckdb_only_when_both_the_read_and_the_whole_fresh_process_are()
    {
        MeasurementSummary At1M(string engine, double read, double process) => Load(engine, 1_000_000, read, 1) with { ProcessSeconds = process };
        bool? Verdict(double oursProcess) =>
            BenchmarkTargets.Evaluate(Results([At1M("chatfindings", 0.8, oursProcess), At1M("duckdb", 1.0, 1.2)], []))[0].Met;

        Assert.True(Verdict(1.1));
        Assert.False(Verdict(1.3)); // the read is faster, the process (start-up, JIT) is not
        Assert.Contains("whole process 1.300 s against 1.200 s", BenchmarkTargets.Evaluate(Results([At1M("chatfindings", 0.8, 1.3), At1M("duckdb", 1.0, 1.2)], []))[0].Measured);
    }

    [Fact]
    public void A_target_whose_sizes_were_not_run_reads_not_measured()
    {
        var targets = BenchmarkTargets.Evaluate(Results([Load("chatfindings", 10_000, 0.1, 1)], []));

        Assert.All(targets, t => Assert.Equal(("not measured", (bool?)null), (t.Measured, t.Met)));
        Assert.Contains("### Targets", ResultsMarkdown.Render(Results([], [])));
    }
}
