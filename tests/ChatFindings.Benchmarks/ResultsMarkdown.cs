using System.Globalization;
using System.Text;

namespace ChatFindings.Benchmarks;

/// <summary>Renders results as Markdown tables: absolute figures and ratios to the project's own numbers.</summary>
public static class ResultsMarkdown
{
    private const double MiB = 1024.0 * 1024.0;

    public static string Render(BenchmarkResults results)
    {
        var md = new StringBuilder();
        var m = results.Machine;
        Line(md, $"Machine: {m.Cpu}, {m.Cores} cores, {m.MemoryTotal}; {m.Os}; {m.Runtime}.");
        Line(md, $"Load average at start {m.LoadAverage}, at end {results.LoadAverageAtEnd}.");
        Line(md, "");

        var loads = results.Measurements.Where(x => x.Kind == Measurement.LoadKind).ToList();
        if (loads.Count > 0)
        {
            Line(md, "### Read into memory (load + validate for chatfindings)");
            Line(md, "");
            Line(md, "| rows | file MB | engine | read s | rows/s | MB/s | time ÷ chatfindings | fresh process s | count s | peak process MB | peak managed MB | retained managed MB | allocated MB | runs |");
            Line(md, "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var size in loads.GroupBy(x => x.Rows).OrderBy(g => g.Key))
            {
                var ours = size.FirstOrDefault(x => x.Engine == "chatfindings");
                foreach (var x in size)
                {
                    var ratio = ours is null || ours.Phase1Seconds <= 0 ? "" : F(x.Phase1Seconds / ours.Phase1Seconds, "0.00") + "×";
                    Line(md, $"| {x.Rows:N0} | {F(x.FileBytes / 1e6, "0.0")} | {x.Engine} | {F(x.Phase1Seconds, "0.000")} | {x.RowsPerSecond:N0} | " +
                             $"{F(x.MegabytesPerSecond, "0")} | {ratio} | {F(x.ProcessSeconds, "0.000")} | {F(x.Phase2Seconds, "0.000")} | {F(x.PeakWorkingSetBytes / MiB, "0")} | " +
                             $"{F(x.PeakManagedBytes / MiB, "0")} | {F(x.RetainedManagedBytes / MiB, "0")} | {F(x.AllocatedBytes / MiB, "0")} | {x.Runs} |");
                }
            }
            Line(md, "");
        }

        var tables = results.Measurements.Where(x => x.Kind == Measurement.TablesKind).OrderBy(x => x.Rows).ToList();
        if (tables.Count > 0)
        {
            Line(md, $"### Tables of all findings ({FindingTables.Specs.Count} tables with disclosure control, 7 claim measures)");
            Line(md, "");
            Line(md, "| rows | tables s | µs per row | load s (before) | peak process MB | allocated MB | runs |");
            Line(md, "|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var x in tables)
                Line(md, $"| {x.Rows:N0} | {F(x.Phase2Seconds, "0.000")} | {F(x.Phase2Seconds * 1e6 / Math.Max(1, x.Rows), "0.000")} | " +
                         $"{F(x.Phase1Seconds, "0.000")} | {F(x.PeakWorkingSetBytes / MiB, "0")} | {F(x.AllocatedBytes / MiB, "0")} | {x.Runs} |");
            Line(md, "");
        }

        if (results.Publish.Count > 0)
        {
            var ours = results.Publish.FirstOrDefault(p => p.Runner.StartsWith("chatfindings", StringComparison.Ordinal));
            Line(md, "### Publish all notebooks (warm caches)");
            Line(md, "");
            Line(md, $"Notebooks: {string.Join(", ", results.Publish[0].Notebooks)}.");
            Line(md, "");
            var stock = results.Publish.FirstOrDefault(p => !ReferenceEquals(p, ours));
            Line(md, "| runner | seconds | stock dotnet-repl ÷ this | failures |");
            Line(md, "|---|---:|---:|---|");
            foreach (var p in results.Publish)
            {
                Line(md, $"| {p.Runner} | {F(p.Seconds, "0.0")} | {Ratio(stock, p.Seconds)} | {(p.Failures.Count == 0 ? "none" : string.Join("; ", p.Failures))} |");
                if (p.PeakWorkingSetBytes > 0)
                    Line(md, $"| {p.Runner}: peak memory of the publish process | {F(p.PeakWorkingSetBytes / MiB, "0")} MB | | |");
                if (p.NotebooksSeconds is { } executed)
                    Line(md, $"| {p.Runner}: every notebook executed (same run, before site, chart images and PDF) | {F(executed, "0.0")} | {Ratio(stock, executed)} | |");
            }
            Line(md, "");
        }

        Line(md, "### Targets");
        Line(md, "");
        Line(md, "| target | measured in this run | met? |");
        Line(md, "|---|---|---|");
        foreach (var t in BenchmarkTargets.Evaluate(results))
            Line(md, $"| {t.Target} | {t.Measured} | {t.Met switch { true => "yes", false => "no", null => "–" }} |");
        Line(md, "");

        if (results.Disagreements.Count > 0)
        {
            Line(md, "### Engines that disagree with chatfindings");
            foreach (var d in results.Disagreements) Line(md, $"- {d}");
            Line(md, "");
        }
        Line(md, "Engines:");
        foreach (var d in results.EngineDescriptions) Line(md, $"- {d}");
        return md.ToString();
    }

    private static string Ratio(PublishTiming? stock, double seconds) =>
        stock is null || seconds <= 0 || stock.Seconds <= 0 ? "" : F(stock.Seconds / seconds, "0.00") + "×";

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');
}
