using System.Globalization;
using System.Net;

namespace ChatFindings.Benchmarks;

/// <summary>
/// How cost grows with rows, drawn with the project's own charting: time per row for each engine
/// and for the tables. A flat line is linear growth; a rising one is worse than linear.
/// </summary>
public static class GrowthChart
{
    public static ChartData? Data(BenchmarkResults results)
    {
        var sizes = results.Measurements.Select(m => m.Rows).Distinct().Order().ToList();
        if (sizes.Count == 0) return null;
        var series = results.Measurements
            .GroupBy(m => m.Kind == Measurement.TablesKind ? "tables of all findings" : m.Engine + " read")
            .Select(g => new ChartSeries(g.Key, sizes.Select(size =>
            {
                var m = g.FirstOrDefault(x => x.Rows == size);
                var seconds = m is null ? (double?)null : m.Kind == Measurement.TablesKind ? m.Phase2Seconds : m.Phase1Seconds;
                return seconds / size * 1e6;
            }).ToList()))
            .ToList();
        return new ChartData("Cost per row as the data grows", "rows", "microseconds per row",
            sizes.Select(s => s.ToString("N0", CultureInfo.InvariantCulture)).ToList(), series, "not measured", ChartKind.Line,
            "Median of the runs at each size; each run in a fresh process. Flat = linear growth.");
    }

    /// <summary>A self-contained page (plotly.js inlined, nothing fetched) showing the chart and its numbers.</summary>
    public static string Html(ChartData data)
    {
        var chart = Chart.From(data);
        return $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(data.Title)}}</title>
            <script>{{PlotlyLibrary.Script}}</script></head>
            <body><div id="growth" style="width:900px;height:500px"></div>
            <script>var f = {{chart.FigureJson}}; Plotly.newPlot('growth', f.data, f.layout, {staticPlot: true});</script>
            {{chart.ToHtml()}}
            </body></html>
            """;
    }
}
