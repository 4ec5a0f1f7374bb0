using System.Globalization;

namespace ChatFindings.Benchmarks;

/// <summary>One target of issue 15, what the run measured for it, and whether it was met (null: not measured in this run).</summary>
public sealed record TargetResult(string Target, string Measured, bool? Met);

/// <summary>
/// The performance targets (issue 15), judged from one run's measurements: every figure compared
/// comes from the same run on the same machine. A target whose sizes or steps were not run reads "not measured".
/// </summary>
public static class BenchmarkTargets
{
    public const int LoadRows = 1_000_000;
    public const int LargeRows = 10_000_000;
    /// <summary>The size publish is timed at against the shipped data.</summary>
    public const int PublishRows = 1_000_000;
    /// <summary>"Does not grow": cost per row at 10M at most this much above that at 1M (run-to-run noise on a shared machine).</summary>
    public const double GrowthTolerance = 1.10;

    private const double MiB = 1024.0 * 1024.0;

    public static IReadOnlyList<TargetResult> Evaluate(BenchmarkResults results)
    {
        var load = results.Measurements.Where(m => m.Kind == Measurement.LoadKind).ToList();
        var tables = results.Measurements.Where(m => m.Kind == Measurement.TablesKind).ToList();
        MeasurementSummary? Ours(long rows) => load.FirstOrDefault(m => m.Engine == "chatfindings" && m.Rows == rows);
        var ours1M = Ours(LoadRows);
        var duck1M = load.FirstOrDefault(m => m.Engine == "duckdb" && m.Rows == LoadRows);
        var tables1M = tables.FirstOrDefault(m => m.Rows == LoadRows);

        const string loadTarget = "load + validate at 1M rows faster than DuckDB typed, in a fresh process (both the read and the whole process)";
        var list = new List<TargetResult>
        {
            ours1M is null || duck1M is null
                ? new(loadTarget, "not measured", null)
                : new(loadTarget,
                    $"read {S(ours1M.Phase1Seconds)} against {S(duck1M.Phase1Seconds)}" +
                    (ours1M.ProcessSeconds > 0 && duck1M.ProcessSeconds > 0 ? $"; whole process {S(ours1M.ProcessSeconds)} against {S(duck1M.ProcessSeconds)}" : ""),
                    ours1M.Phase1Seconds < duck1M.Phase1Seconds
                    && (ours1M.ProcessSeconds <= 0 || duck1M.ProcessSeconds <= 0 || ours1M.ProcessSeconds < duck1M.ProcessSeconds)),
        };
        foreach (var rows in new[] { LoadRows, LargeRows })
        {
            var target = $"peak process memory of the load at {rows:N0} rows under half the file size";
            list.Add(Ours(rows) is { } m
                ? new(target, $"{Mb(m.PeakWorkingSetBytes)} for a {Mb(m.FileBytes)} file", m.PeakWorkingSetBytes < m.FileBytes / 2)
                : new(target, "not measured", null));
        }
        list.Add(tables1M is null
            ? new("the tables of all findings at 1M rows under 0.3 s", "not measured", null)
            : new("the tables of all findings at 1M rows under 0.3 s", S(tables1M.Phase2Seconds), tables1M.Phase2Seconds < 0.3));
        list.Add(Growth("load cost per row from 1M to 10M rows does not grow", ours1M, Ours(LargeRows), m => m.Phase1Seconds));
        list.Add(Growth("tables cost per row from 1M to 10M rows does not grow", tables1M, tables.FirstOrDefault(m => m.Rows == LargeRows), m => m.Phase2Seconds));

        var whole = results.Publish.FirstOrDefault(p => p.Runner == "chatfindings publish");
        var stock = results.Publish.FirstOrDefault(p => p.Runner.StartsWith("stock", StringComparison.Ordinal));
        list.Add(whole is null || stock is null || stock.Seconds <= 0 || whole.Seconds <= 0
            ? new("whole publish at least 3× faster than stock dotnet-repl", "not measured", null)
            : new("whole publish at least 3× faster than stock dotnet-repl",
                $"{S(whole.Seconds)} against {S(stock.Seconds)}: {(stock.Seconds / whole.Seconds).ToString("0.00", CultureInfo.InvariantCulture)}×",
                stock.Seconds / whole.Seconds >= 3));

        var shipped = results.Publish.FirstOrDefault(p => p.Runner.StartsWith("chatfindings publish --no-pdf", StringComparison.Ordinal) && p.DataRows is null);
        var large = results.Publish.FirstOrDefault(p => p.DataRows == PublishRows);
        const string publishTarget = "publish --no-pdf on 1M rows: at most 1.5× the shipped data's time, at most half the file size in extra peak memory";
        list.Add(shipped is null || large is null || shipped.Seconds <= 0
            ? new(publishTarget, "not measured", null)
            : new(publishTarget,
                $"{S(large.Seconds)} against {S(shipped.Seconds)} ({(large.Seconds / shipped.Seconds).ToString("0.00", CultureInfo.InvariantCulture)}×); " +
                $"peak {Mb(large.PeakWorkingSetBytes)} against {Mb(shipped.PeakWorkingSetBytes)} for a {Mb(large.DataBytes ?? 0)} file",
                large.Seconds <= 1.5 * shipped.Seconds && large.PeakWorkingSetBytes - shipped.PeakWorkingSetBytes <= (large.DataBytes ?? 0) / 2));
        return list;
    }

    private static TargetResult Growth(string target, MeasurementSummary? at1M, MeasurementSummary? at10M, Func<MeasurementSummary, double> seconds)
    {
        if (at1M is null || at10M is null) return new(target, "not measured", null);
        double perRow1M = seconds(at1M) * 1e6 / at1M.Rows, perRow10M = seconds(at10M) * 1e6 / at10M.Rows;
        return new(target, $"{Us(perRow1M)} µs per row at 1M, {Us(perRow10M)} at 10M", perRow10M <= perRow1M * GrowthTolerance);
    }

    private static string S(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";
    private static string Us(double micro) => micro.ToString("0.000", CultureInfo.InvariantCulture);
    private static string Mb(long bytes) => (bytes / MiB).ToString("0", CultureInfo.InvariantCulture) + " MB";
}
