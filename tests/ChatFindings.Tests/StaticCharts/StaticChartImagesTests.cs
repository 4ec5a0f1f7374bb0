using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ChatFindings.Cli.Browser;
using ChatFindings.Cli.Execution;
using ChatFindings.Cli.Site;
using ChatFindings.Cli.StaticCharts;
using ChatFindings.Tests.Browser;
using ChatFindings.Tests.Site;

namespace ChatFindings.Tests.StaticCharts;

public class StaticChartImagesTests
{
    private static ChromiumBrowser Chromium() =>
        ChromiumBrowser.Find(ChromiumFactAttribute.ChromiumPath, out var reason) ?? throw new InvalidOperationException(reason);

    private static List<(DataOutput Data, string Notebook)> ChartOutputs(IEnumerable<ExecutedNotebook> notebooks) =>
        notebooks.SelectMany(nb => nb.DataOutputs.Where(d => d.Output.Has(Chart.PlotlyMimeType)).Select(d => (d.Output, nb.Name))).ToList();

    private static string Svg(DataOutput data) => data.Text(StaticChartImages.SvgMime)!;

    [ChromiumFact]
    [Trait("Category", "EndToEnd")] // draws with Chromium
    public async Task Every_chart_output_gets_a_self_contained_svg_of_the_chart()
    {
        using var site = new SiteFixture();
        await using var browser = Chromium();
        var (runs, drawn) = await StaticChartImages.AddToAsync(site.Input.Notebooks, browser);

        var charts = ChartOutputs(runs);
        Assert.Equal(2, charts.Count);
        Assert.Equal(charts.Count, drawn);
        foreach (var (data, notebook) in charts)
        {
            var svg = Svg(data);
            Assert.StartsWith("<svg", svg);
            Assert.EndsWith("</svg>", svg.TrimEnd());
            // The only address in it is the SVG namespace: no fonts, images or styles from anywhere.
            Assert.Equal(["http://www.w3.org/2000/svg"], Regex.Matches(svg, @"https?://[^""'\s)]*").Select(m => m.Value).Distinct());
            Assert.DoesNotContain("@font-face", svg);
            Assert.Contains("font-family", svg);
            Assert.DoesNotContain("<script", svg);
            Assert.True(data.Has("text/html"), $"{notebook}: the chart's table was lost");
        }
        var byYear = Svg(charts[0].Data);
        var texts = XDocument.Parse(byYear).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains("Minor victims by year", texts);
        Assert.Equal(3, texts.Count(t => t == "<10")); // the suppressed cells' label, never a number
        Assert.Contains("88", texts);
        Assert.Contains("rgb(0, 114, 178)", byYear); // ChartPalette's first colour, #0072B2
        Assert.Contains("rgb(230, 159, 0)", byYear); // and its second, #E69F00
        Assert.Contains("How long the exploitation had lasted", Svg(charts[1].Data));

        // Written and read back, the image is kept; the site still draws the interactive chart, not the image.
        var written = Path.Combine(site.Root, "written.ipynb");
        ExecutedNotebookWriter.Write(written, runs[1]);
        Assert.Equal(Svg(charts[0].Data), Svg(ChartOutputs([ExecutedNotebookReader.Read(written)])[0].Data));
        SiteWriter.Write(site.Input with { Notebooks = runs }, site.SiteDir);
        var page = File.ReadAllText(Path.Combine(site.SiteDir, "01-minor-victims.html"));
        Assert.Equal(2, Regex.Matches(page, "<div class=\"cf-plot\"").Count);
        Assert.DoesNotContain("<img src=\"data:image/svg+xml", page);
        Assert.DoesNotContain("class=\"cf-output cf-chart cf-chart-static\"", page);
    }

    [ChromiumFact]
    [Trait("Category", "EndToEnd")] // draws with Chromium
    public async Task Drawing_again_gives_the_same_bytes()
    {
        using var site = new SiteFixture();
        await using var browser = Chromium();

        var once = (await StaticChartImages.AddToAsync(site.Input.Notebooks, browser)).Runs;
        var twice = (await StaticChartImages.AddToAsync(once, browser)).Runs;

        Assert.Equal(once.Select(ExecutedNotebookWriter.ToJson), twice.Select(ExecutedNotebookWriter.ToJson));
        // Replaced, not added twice: one image per chart.
        Assert.Equal(2, Regex.Matches(ExecutedNotebookWriter.ToJson(twice[1]), Regex.Escape($"\"{StaticChartImages.SvgMime}\"")).Count);
    }

    [Fact]
    public async Task Notebooks_without_charts_are_left_alone_and_need_no_browser_run()
    {
        using var site = new SiteFixture();
        var plain = site.Input.Notebooks[0]; // the data-and-methods notebook has no chart
        var browser = new RefusingBrowser(); // fails the test if it is asked anything

        var (runs, drawn) = await StaticChartImages.AddToAsync([plain], browser);

        Assert.Equal(0, drawn);
        Assert.Same(plain, Assert.Single(runs));
    }

    private sealed class RefusingBrowser : IBrowser
    {
        public Task<string> DumpDomAsync(string htmlPath, int virtualTimeBudgetMs = 5000, CancellationToken cancel = default) =>
            throw new InvalidOperationException("no browser run expected");
        public Task<byte[]> PrintToPdfAsync(string htmlPath, string? draftScript, Func<byte[], string?> revise, int virtualTimeBudgetMs = 5000, CancellationToken cancel = default) =>
            throw new InvalidOperationException("no browser run expected");
    }
}
