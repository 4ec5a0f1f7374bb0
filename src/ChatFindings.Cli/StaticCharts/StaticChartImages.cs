using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatFindings.Cli.Browser;
using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.StaticCharts;

/// <summary>
/// Gives every chart output (application/vnd.plotly.v1+json) of the executed notebooks an
/// image/svg+xml rendering as well, drawn offline by Chromium with the inlined plotly.js, so a
/// viewer without JavaScript can show the chart. Publish runs it before the site is written; the
/// site keeps drawing the interactive chart, the appendix PDF prints the SVG.
/// </summary>
public static class StaticChartImages
{
    public const string SvgMime = "image/svg+xml";
    /// <summary>The drawing size in CSS pixels unless a figure sets its own: about the print width of A4, so text prints at its set size.</summary>
    public const int Width = 700;
    public const int Height = 420;

    /// <summary>The runs with the SVG of every chart added (or replaced), and how many charts were drawn.</summary>
    public static async Task<(IReadOnlyList<ExecutedNotebook> Runs, int Drawn)> AddToAsync(IReadOnlyList<ExecutedNotebook> runs, IBrowser browser, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(browser);
        var charts = runs.SelectMany((run, r) => run.DataOutputs.Where(d => d.Output.Has(Chart.PlotlyMimeType))
            .Select((d, i) => new ChartOutput(r, run.Name, d.Output, i + 1))).ToList();
        if (charts.Count == 0) return (runs, 0);

        // A page per notebook, drawn at once in one browser: a chart's bytes depend on its notebook
        // alone (plotly.js keeps state from one drawing to the next; the page reseeds the generator
        // at each notebook's first chart), never on the machine's cores or on the other notebooks.
        var work = Directory.CreateTempSubdirectory("cf-chart-images-").FullName;
        IReadOnlyList<string>[] svgs;
        try
        {
            var pages = charts.GroupBy(c => c.Run).Select(g => g.ToList()).ToList();
            svgs = await Task.WhenAll(pages.Select((page, p) => DrawAsync(page, Path.Combine(work, $"charts-{p + 1}.html"), browser, cancel)));
        }
        finally { Directory.Delete(work, recursive: true); }

        var all = svgs.SelectMany(s => s).ToList();
        var images = new Dictionary<DataOutput, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < charts.Count; i++) images[charts[i].Output] = SelfContainedSvg.Clean(all[i], Name(charts[i]));
        var drawn = runs.Select(run => run.MapData(d => images.TryGetValue(d, out var svg) ? d.With(SvgMime, JsonValue.Create(svg)) : d)).ToList();
        return (drawn, charts.Count);
    }

    private static async Task<IReadOnlyList<string>> DrawAsync(IReadOnlyList<ChartOutput> charts, string page, IBrowser browser, CancellationToken cancel)
    {
        var figures = charts.Select(c => new ChartDrawingPage.Figure(FigureJson(c.Output.Get(Chart.PlotlyMimeType)!), c.Number == 1 ? Seed(c.Notebook) : null)).ToList();
        await File.WriteAllTextAsync(page, ChartDrawingPage.Html(figures, Width, Height), new UTF8Encoding(false), cancel);
        return ChartDrawingPage.ReadResults(await browser.DumpDomAsync(page, cancel: cancel), charts.Select(Name).ToList());
    }

    /// <summary>A chart output and where it is: its run (index and notebook) and its number there (from 1).</summary>
    private readonly record struct ChartOutput(int Run, string Notebook, DataOutput Output, int Number);

    private static string Name(ChartOutput chart) => $"{chart.Notebook}.ipynb: chart {chart.Number}";

    /// <summary>The figure as compact JSON with its keys sorted, as in the written notebook, so every run draws the same figure text.</summary>
    private static string FigureJson(JsonNode figure) => figure switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => JsonNode.Parse(ExecutedNotebookWriter.Serialize(figure))!.ToJsonString(),
    };

    /// <summary>FNV-1a of the notebook's file name: each notebook its own ids, the same on every run and machine.</summary>
    private static uint Seed(string notebook)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(notebook + ".ipynb")) hash = (hash ^ b) * 16777619u;
        return hash == 0 ? 1 : hash;
    }
}
