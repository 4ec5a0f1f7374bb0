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

    /// <summary>Adds (or replaces) the SVG of every chart in each notebook file, rewriting the files; returns how many charts were drawn.</summary>
    public static int AddToNotebooks(IReadOnlyList<string> executedNotebookPaths, ChromiumBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(executedNotebookPaths);
        ArgumentNullException.ThrowIfNull(browser);
        var notebooks = executedNotebookPaths.Select(path => (Path: path, Root: Read(path))).ToList();
        var charts = notebooks.SelectMany(nb => ChartOutputs(nb.Root, nb.Path).Select((data, i) => (nb.Path, Data: data, Number: i + 1))).ToList();
        if (charts.Count == 0) return 0;

        // One page and one browser run for all notebooks: Chromium's start-up is the slow part.
        var figures = charts.Select(c => new ChartDrawingPage.Figure(FigureJson(c.Data[Chart.PlotlyMimeType]!), c.Number == 1 ? Seed(c.Path) : null)).ToList();
        var work = Directory.CreateTempSubdirectory("cf-chart-images-").FullName;
        IReadOnlyList<string> svgs;
        try
        {
            var page = Path.Combine(work, "charts.html");
            File.WriteAllText(page, ChartDrawingPage.Html(figures, Width, Height), new UTF8Encoding(false));
            svgs = ChartDrawingPage.ReadResults(browser.DumpDom(page), charts.Select(Name).ToList());
        }
        finally { Directory.Delete(work, recursive: true); }

        for (var i = 0; i < charts.Count; i++)
            charts[i].Data[SvgMime] = ExecutedNotebookWriter.Lines(SelfContainedSvg.Clean(svgs[i], Name(charts[i])));
        foreach (var (path, root) in notebooks)
            File.WriteAllText(path, ExecutedNotebookWriter.Serialize(root), new UTF8Encoding(false));
        return charts.Count;
    }

    private static string Name((string Path, JsonObject Data, int Number) chart) => $"{chart.Path}: chart {chart.Number}";

    private static JsonNode Read(string path)
    {
        try { return JsonNode.Parse(File.ReadAllBytes(path)) ?? throw new InvalidDataException($"{path}: the notebook is JSON null"); }
        catch (JsonException e) { throw new InvalidDataException($"{path}:{e.LineNumber + 1}:{e.BytePositionInLine + 1}: not valid JSON: {e.Message}", e); }
    }

    /// <summary>The data bundles of the notebook's outputs that hold a plotly figure, in document order.</summary>
    private static IEnumerable<JsonObject> ChartOutputs(JsonNode root, string path)
    {
        if (root["cells"] is not JsonArray cells) throw new InvalidDataException($"{path}: 'cells' must be an array");
        foreach (var cell in cells)
            if (cell?["outputs"] is JsonArray outputs)
                foreach (var output in outputs)
                    if (output?["data"] is JsonObject data && data.ContainsKey(Chart.PlotlyMimeType))
                        yield return data;
    }

    /// <summary>nbformat stores a JSON mime type as an object; some writers store it as text (or lines of text).</summary>
    private static string FigureJson(JsonNode figure) => figure switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonArray lines when lines.All(l => l is JsonValue lv && lv.GetValueKind() == JsonValueKind.String) => string.Concat(lines.Select(l => l!.GetValue<string>())),
        _ => figure.ToJsonString(),
    };

    /// <summary>FNV-1a of the notebook's file name: each notebook its own ids, the same on every run and machine.</summary>
    private static uint Seed(string path)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(Path.GetFileName(path))) hash = (hash ^ b) * 16777619u;
        return hash == 0 ? 1 : hash;
    }
}
