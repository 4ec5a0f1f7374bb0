using System.Text.Json;
using CsCheck;

namespace ChatFindings.Tests.Charts;

public class ChartFigureTests
{
    private static ChartData TwoSeries() => new(
        "Victims by year and reporter", "Year", "Conversations",
        ["2019", "2020", "2021"],
        [new ChartSeries("Victim", [120, null, 97]), new ChartSeries("Third party", [null, 31, 44])],
        "<10");

    private static JsonElement Figure(Chart chart) => JsonDocument.Parse(chart.FigureJson).RootElement.Clone();

    private static double?[] Ys(JsonElement trace, string axis = "y") =>
        trace.GetProperty(axis).EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble()).ToArray();

    [Fact]
    public void Figure_has_one_trace_per_series_with_the_published_values_and_gaps_for_suppressed_ones()
    {
        var figure = Figure(Chart.From(TwoSeries()));

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(2, traces.Count);
        Assert.Equal("bar", traces[0].GetProperty("type").GetString());
        Assert.Equal("Victim", traces[0].GetProperty("name").GetString());
        Assert.Equal(["2019", "2020", "2021"], traces[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal([120, null, 97], Ys(traces[0]));
        Assert.Equal([null, 31, 44], Ys(traces[1]));
        Assert.Equal("Victims by year and reporter", figure.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Each_suppressed_value_is_labelled_on_the_chart_with_the_suppressed_label_and_never_as_a_number()
    {
        var figure = Figure(Chart.From(TwoSeries()));

        var labels = figure.GetProperty("layout").GetProperty("annotations").EnumerateArray()
            .Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Equal(["&lt;10", "&lt;10"], labels); // entity-encoded: plotly reads labels as pseudo-HTML
        var hover = figure.GetProperty("data")[0].GetProperty("hovertext").EnumerateArray().Select(h => h.GetString()!).ToList();
        Assert.Contains("&lt;10 (suppressed)", hover[1]);
        Assert.Contains("120", hover[0]);
    }

    [Fact]
    public void Horizontal_bars_put_the_values_on_x_and_lines_are_scatter_traces_that_do_not_bridge_gaps()
    {
        var data = TwoSeries();
        var bar = Figure(Chart.From(new ChartData(data.Title, "Year", "Conversations", data.Categories, data.Series, "<10", ChartKind.Bar)));
        var trace = bar.GetProperty("data")[0];
        Assert.Equal("h", trace.GetProperty("orientation").GetString());
        Assert.Equal([120, null, 97], Ys(trace, "x"));

        var line = Figure(Chart.From(new ChartData(data.Title, "Year", "Conversations", data.Categories, data.Series, "<10", ChartKind.Line)));
        var lineTrace = line.GetProperty("data")[1];
        Assert.Equal("scatter", lineTrace.GetProperty("type").GetString());
        Assert.False(lineTrace.GetProperty("connectgaps").GetBoolean());
        Assert.Equal([null, 31, 44], Ys(lineTrace));
    }

    [Fact]
    public void Labels_from_the_data_are_entity_encoded_for_plotly()
    {
        var chart = Chart.From(new ChartData("Parents & <step-parents>", "Who", "n", ["a<b", "c&d"],
            [new ChartSeries("<script>", [1, 2])], "<5"));
        Assert.DoesNotContain("<script>", chart.FigureJson);
        Assert.DoesNotContain("<step", chart.FigureJson);
        var figure = Figure(chart);
        Assert.Equal("Parents &amp; &lt;step-parents&gt;", figure.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(["a&lt;b", "c&amp;d"], figure.GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public void Series_colours_come_from_the_palette_in_order()
    {
        var figure = Figure(Chart.From(TwoSeries()));
        var colours = figure.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(ChartPalette.Colors.Take(2), colours);
    }

    [Fact]
    public void Chart_data_rejects_series_that_do_not_match_the_categories()
    {
        var e = Assert.Throws<ArgumentException>(() => new ChartData("T", "x", "y", ["a", "b"], [new ChartSeries("s", [1])], "<10"));
        Assert.Contains("series 's' has 1 values for 2 categories", e.Message);
        Assert.Throws<ArgumentException>(() => new ChartData("T", "x", "y", ["a"], [new ChartSeries("s", [double.NaN])], "<10"));
        Assert.Throws<ArgumentException>(() => new ChartData("T", "x", "y", ["a", "a"], [new ChartSeries("s", [1, 2])], "<10"));
    }

    [Fact]
    public void For_any_suppression_pattern_published_values_are_plotted_exactly_and_suppressed_ones_are_gaps_with_a_label()
    {
        // Counts as disclosure control leaves them: a count 0 < n < 10 is withheld (null), the rest published.
        var table = Gen.Int[0, 400].Array[1, 6].Array[1, 4].Where(rows => rows.All(r => r.Length == rows[0].Length));
        table.Sample(rows =>
        {
            var categories = Enumerable.Range(0, rows[0].Length).Select(j => $"c{j}").ToArray();
            var series = rows.Select((r, i) => new ChartSeries($"s{i}", r.Select(n => n is > 0 and < 10 ? (double?)null : n).ToArray())).ToArray();
            var figure = Figure(Chart.From(new ChartData("T", "x", "y", categories, series, "<10")));

            var traces = figure.GetProperty("data").EnumerateArray().ToList();
            for (var i = 0; i < rows.Length; i++)
                Assert.Equal(series[i].Values, Ys(traces[i]));
            var suppressed = series.Sum(s => s.Values.Count(v => v is null));
            var annotations = figure.GetProperty("layout").TryGetProperty("annotations", out var a) ? a.GetArrayLength() : 0;
            Assert.Equal(suppressed, annotations);
        }, iter: 40);
    }
}
