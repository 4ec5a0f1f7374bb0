using System.Globalization;

namespace ChatFindings.Benchmarks;

/// <summary>
/// <c>run</c>: every measurement, each in its own child process, then the results page.
/// <c>measure load ENGINE CSV</c> / <c>measure tables CSV</c>: one measurement in this process (the child side).
/// </summary>
public static class BenchmarkCommand
{
    public const string RunVerb = "run";
    public const string Measure = "measure";

    public const string Usage =
        "usage: ChatFindings.Benchmarks run [--sizes 10000,100000,1000000,10000000] [--repeat 3] [--engines chatfindings,duckdb,duckdb-text,dataframe]\n" +
        "                                   [--work DIR] [--out DIR] [--skip-publish] [--skip-tables] [--skip-load]\n" +
        "       ChatFindings.Benchmarks measure load ENGINE CSV SCHEMA | measure tables CSV SCHEMA";

    public static int Execute(string[] args, TextWriter stdout, TextWriter stderr, string? repoRoot = null)
    {
        try
        {
            return args switch
            {
                [RunVerb, .. var rest] => Run(BenchmarkOptions.Parse(rest, repoRoot), stdout),
                [Measure, Measurement.LoadKind, var engine, var csv, var schema] => Emit(Measurement.OfLoad(ReadEngines.Get(engine), csv, schema), stdout),
                [Measure, Measurement.TablesKind, var csv, var schema] => Emit(Measurement.OfTables(csv, schema), stdout),
                _ => throw new UsageException("unknown command"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}\n{Usage}");
            return 2;
        }
    }

    private static int Emit(Measurement measurement, TextWriter stdout)
    {
        stdout.WriteLine(Measurement.ResultPrefix + measurement.ToJson());
        return 0;
    }

    /// <summary>Runs the benchmarks the options ask for; returns 0, or 1 when engines disagree or a notebook failed.</summary>
    public static int Run(BenchmarkOptions options, TextWriter log)
    {
        var results = Collect(options, log);
        Directory.CreateDirectory(options.OutDirectory);
        File.WriteAllText(Path.Combine(options.OutDirectory, "results.json"), results.ToJson());
        var markdown = ResultsMarkdown.Render(results);
        File.WriteAllText(Path.Combine(options.OutDirectory, "results.md"), markdown);
        if (GrowthChart.Data(results) is { } chart)
            File.WriteAllText(Path.Combine(options.OutDirectory, "growth.html"), GrowthChart.Html(chart));
        log.WriteLine();
        log.WriteLine(markdown);
        log.WriteLine($"results: {options.OutDirectory}");
        var failed = results.Disagreements.Count > 0 || results.Publish.Any(p => p.Failures.Count > 0);
        return failed ? 1 : 0;
    }

    public static BenchmarkResults Collect(BenchmarkOptions options, TextWriter log)
    {
        var machine = MachineInfo.Now();
        log.WriteLine($"machine: {machine.Cpu}, {machine.Cores} cores, {machine.MemoryTotal}, load {machine.LoadAverage}");
        var summaries = new List<MeasurementSummary>();
        var disagreements = new List<string>();

        foreach (var rows in options.Sizes)
        {
            if (options.Engines.Count == 0 && !options.Tables) break;
            log.WriteLine($"data: {rows:N0} rows");
            var csv = BenchmarkData.Ensure(options.WorkDirectory, rows);
            string? reference = null;
            foreach (var engine in options.Engines)
            {
                if (engine == "dataframe" && rows > DataFrameEngine.MaxRows)
                {
                    log.WriteLine($"  {engine,-14} skipped above {DataFrameEngine.MaxRows:N0} rows");
                    continue;
                }
                var runs = Repeat(options.Repeat, () => ChildProcess.MeasureLoad(engine, csv, options.SchemaPath));
                var summary = MeasurementSummary.Of(runs);
                summaries.Add(summary);
                log.WriteLine($"  {engine,-14} read {summary.Phase1Seconds,7:F3} s  {summary.RowsPerSecond,12:N0} rows/s  " +
                              $"peak {summary.PeakWorkingSetBytes / 1048576.0,6:F0} MB process, {summary.PeakManagedBytes / 1048576.0,6:F0} MB managed");
                // Every engine must count the same: the first engine's counts are the reference.
                foreach (var run in runs)
                {
                    reference ??= run.Counts;
                    if (run.Counts != reference)
                        disagreements.Add($"{rows:N0} rows: {engine} counts differ from {options.Engines[0]}:\n{Difference(reference, run.Counts)}");
                }
            }
            if (options.Tables)
            {
                var runs = Repeat(options.Repeat, () => ChildProcess.MeasureTables(csv, options.SchemaPath));
                var summary = MeasurementSummary.Of(runs);
                summaries.Add(summary);
                log.WriteLine($"  {"tables",-14} build {summary.Phase2Seconds,6:F3} s  ({runs[0].Tables} tables, {runs[0].SuppressedCells} cells suppressed)");
            }
        }

        var publish = new List<PublishTiming>();
        if (options.Publish)
        {
            var comparison = new PublishComparison(options.RepoRoot, options.WorkDirectory);
            log.WriteLine($"publish: {comparison.Notebooks().Count} notebooks, warm-up then timed run");
            publish.Add(comparison.Publish());
            log.WriteLine($"  chatfindings publish {publish[^1].Seconds:F1} s");
            publish.Add(comparison.StockRepl());
            log.WriteLine($"  stock dotnet-repl    {publish[^1].Seconds:F1} s");
            // How publish grows with the data: the shipped data against the largest size up to a million rows.
            publish.Add(comparison.PublishWithoutPdf());
            log.WriteLine($"  {publish[^1].Runner} {publish[^1].Seconds:F1} s, peak {publish[^1].PeakWorkingSetBytes / 1048576.0:F0} MB");
            if (options.Sizes.Where(n => n <= BenchmarkTargets.PublishRows).DefaultIfEmpty().Max() is var rows and > 0)
            {
                publish.Add(comparison.PublishWithoutPdf(BenchmarkData.Ensure(options.WorkDirectory, rows), rows));
                log.WriteLine($"  {publish[^1].Runner} {publish[^1].Seconds:F1} s, peak {publish[^1].PeakWorkingSetBytes / 1048576.0:F0} MB");
            }
        }

        var descriptions = options.Engines.Select(ReadEngines.Get).Select(e => $"{e.Name}: {e.Description}").ToList();
        return new BenchmarkResults(machine, MachineInfo.LoadAverageText(), descriptions, summaries, publish, disagreements);
    }

    private static List<Measurement> Repeat(int times, Func<Measurement> measure) =>
        Enumerable.Range(0, times).Select(_ => measure()).ToList();

    private static string Difference(string expected, string actual)
    {
        var a = expected.Split('\n').ToHashSet();
        var b = actual.Split('\n').ToHashSet();
        return string.Join("\n", a.Except(b).Select(l => "  - " + l).Concat(b.Except(a).Select(l => "  + " + l)));
    }
}
