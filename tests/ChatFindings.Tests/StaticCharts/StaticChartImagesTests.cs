using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ChatFindings.Cli.Browser;
using ChatFindings.Cli.Site;
using ChatFindings.Cli.StaticCharts;
using ChatFindings.Tests.Browser;
using ChatFindings.Tests.Site;

namespace ChatFindings.Tests.StaticCharts;

public class StaticChartImagesTests
{
    private static ChromiumBrowser Chromium() =>
        ChromiumBrowser.Find(ChromiumFactAttribute.ChromiumPath, out var reason) ?? throw new InvalidOperationException(reason);

    private static List<(JsonObject Data, string Notebook)> ChartOutputs(IEnumerable<string> notebooks) =>
        notebooks.SelectMany(path => JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray()
            .SelectMany(c => c!["outputs"]?.AsArray() ?? [])
            .Select(o => o!["data"] as JsonObject)
            .Where(d => d is not null && d.ContainsKey(Chart.PlotlyMimeType))
            .Select(d => (d!, Path.GetFileName(path)))).ToList();

    private static string Svg(JsonObject data) => string.Concat(data[StaticChartImages.SvgMime]!.AsArray().Select(l => l!.GetValue<string>()));

    [ChromiumFact]
    public void Every_chart_output_gets_a_self_contained_svg_of_the_chart()
    {
        using var site = new SiteFixture();
        var paths = site.Input.Notebooks.Select(n => n.Path).ToList();

        var drawn = StaticChartImages.AddToNotebooks(paths, Chromium());

        var charts = ChartOutputs(paths);
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
            Assert.True(data.ContainsKey("text/html"), $"{notebook}: the chart's table was lost");
        }
        var byYear = Svg(charts[0].Data);
        var texts = XDocument.Parse(byYear).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains("Minor victims by year", texts);
        Assert.Equal(3, texts.Count(t => t == "<10")); // the suppressed cells' label, never a number
        Assert.Contains("88", texts);
        Assert.Contains("rgb(0, 114, 178)", byYear); // ChartPalette's first colour, #0072B2
        Assert.Contains("rgb(230, 159, 0)", byYear); // and its second, #E69F00
        Assert.Contains("How long the exploitation had lasted", Svg(charts[1].Data));

        // Still notebooks the site can read, and the site still draws the interactive chart, not the image.
        foreach (var nb in site.Input.Notebooks) NotebookFile.Read(nb.Path);
        site.Write();
        var page = File.ReadAllText(Path.Combine(site.SiteDir, "01-minor-victims.html"));
        Assert.Equal(2, Regex.Matches(page, "<div class=\"cf-plot\"").Count);
        Assert.DoesNotContain("<img src=\"data:image/svg+xml", page);
        Assert.DoesNotContain("class=\"cf-output cf-chart cf-chart-static\"", page);
    }

    [ChromiumFact]
    public void Drawing_again_gives_the_same_bytes()
    {
        using var site = new SiteFixture();
        var paths = site.Input.Notebooks.Select(n => n.Path).ToList();
        var browser = Chromium();

        StaticChartImages.AddToNotebooks(paths, browser);
        var first = paths.Select(File.ReadAllBytes).ToList();
        StaticChartImages.AddToNotebooks(paths, browser);

        Assert.Equal(first, paths.Select(File.ReadAllBytes).ToList());
        // Replaced, not added twice: one image per chart.
        Assert.Equal(2, Regex.Matches(File.ReadAllText(paths[1]), Regex.Escape($"\"{StaticChartImages.SvgMime}\"")).Count);
    }

    [Fact]
    public void Notebooks_without_charts_are_left_alone_and_need_no_browser_run()
    {
        using var site = new SiteFixture();
        var plain = site.Input.Notebooks[0].Path; // the data-and-methods notebook has no chart
        var before = File.ReadAllBytes(plain);
        var browser = ChromiumBrowser.Find(Path.Combine(site.Root, "not-a-browser"), out _);
        Assert.Null(browser);
        File.WriteAllText(Path.Combine(site.Root, "fake-chromium"), "");
        var fake = ChromiumBrowser.Find(Path.Combine(site.Root, "fake-chromium"), out _)!; // would fail if it were run

        Assert.Equal(0, StaticChartImages.AddToNotebooks([plain], fake));
        Assert.Equal(before, File.ReadAllBytes(plain));
    }
}
