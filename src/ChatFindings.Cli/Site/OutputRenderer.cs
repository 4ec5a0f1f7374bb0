using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Site;

/// <summary>
/// Renders one cell output, choosing the richest representation a static page can show without
/// the network: a plotly figure (drawn by the inlined plotly.js), then HTML from our own
/// formatters (trusted), images as data URIs, then plain text. The project's machine-readable
/// outputs (application/vnd.chatfindings.*) are for the runner, not the reader.
/// For print (the appendix PDF), <paramref name="preferStaticCharts"/> shows a chart's static SVG
/// rendering (image/svg+xml, added at publish) instead of drawing it with plotly.js.
/// </summary>
internal sealed partial class OutputRenderer(MarkdownRenderer markdown, bool preferStaticCharts = false, SiteText? text = null)
{
    private readonly SiteText _text = text ?? SiteText.English;

    public const string PlotlyMime = "application/vnd.plotly.v1+json";
    private const string MachineReadablePrefix = "application/vnd.chatfindings.";

    /// <summary>How many charts plotly.js must draw so far on this page; also numbers their element ids.</summary>
    public int ChartCount { get; private set; }

    public string Render(CellOutput output, string where)
    {
        switch (output)
        {
            case StreamOutput stream:
                return Pre(stream.Text, stream.Stream == "stderr" ? "cf-output cf-stderr" : "cf-output cf-stdout");
            case ErrorOutput error:
                return Pre(AnsiEscape().Replace($"{error.Name}: {error.Value}\n{string.Join("\n", error.Traceback)}".TrimEnd(), ""), "cf-output cf-error");
        }
        var data = (DataOutput)output;
        if (data.Text(PlotlyMime) is { } figure)
            return preferStaticCharts && data.Text("image/svg+xml") is { } svg
                ? StaticChart(svg, FigureTitle(figure, where), _text)
                : Plot(figure, data.Text("text/html"), where);
        if (data.Text("text/html") is { } html) return $"<div class=\"cf-output cf-html\">\n{html.Trim()}\n</div>\n";
        foreach (var mime in new[] { "image/svg+xml", "image/png", "image/jpeg", "image/gif" })
            if (data.Text(mime) is { } image) return Image(mime, image, data.Text("text/plain"));
        if (data.Text("text/markdown") is { } md) return $"<div class=\"cf-output cf-markdown\">\n{markdown.ToHtml(md)}</div>\n";
        if (data.Text("text/plain") is { } text) return Pre(text, "cf-output cf-text");

        var shown = data.Data.Select(d => d.Key).Where(k => !k.StartsWith(MachineReadablePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        // Say so rather than drop silently: an output of a kind this page cannot show.
        return shown.Count == 0 ? "" :
            $"<p class=\"cf-output cf-unshown\">{HtmlText.Encode(_text.Unshown(string.Join(", ", shown)))}</p>\n";
    }

    private string Plot(string figureJson, string? fallbackHtml, string where)
    {
        FigureTitle(figureJson, where);

        var id = $"cf-chart-{++ChartCount}";
        var html = new StringBuilder();
        html.Append("<figure class=\"cf-output cf-chart\">\n");
        html.Append($"<div class=\"cf-plot\" id=\"{id}\" data-figure=\"{id}-figure\"></div>\n");
        html.Append($"<script type=\"application/json\" id=\"{id}-figure\">{HtmlText.ScriptJson(figureJson)}</script>\n");
        if (fallbackHtml is not null)
            html.Append("<details class=\"cf-chart-table\"><summary>").Append(HtmlText.Encode(_text.ChartTable)).Append("</summary>\n")
                .Append(fallbackHtml.Trim()).Append("\n</details>\n");
        html.Append("</figure>\n");
        return html.ToString();
    }

    /// <summary>Checks the figure has data; returns its title text (empty when it has none).</summary>
    private static string FigureTitle(string figureJson, string where)
    {
        try
        {
            using var figure = JsonDocument.Parse(figureJson);
            var root = figure.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out _))
                throw new InvalidDataException($"{where}: the {PlotlyMime} output has no 'data'");
            if (!root.TryGetProperty("layout", out var layout) || layout.ValueKind != JsonValueKind.Object ||
                !layout.TryGetProperty("title", out var title)) return "";
            if (title.ValueKind == JsonValueKind.String) return title.GetString()!;
            return title.ValueKind == JsonValueKind.Object && title.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                ? text.GetString()! : "";
        }
        catch (JsonException e) { throw new InvalidDataException($"{where}: the {PlotlyMime} output is not valid JSON: {e.Message}", e); }
    }

    /// <summary>A chart as its vector image: prints sharp, needs no script, and cannot clash with other charts' ids.</summary>
    private static string StaticChart(string svg, string title, SiteText text) =>
        $"<figure class=\"cf-output cf-chart cf-chart-static\"><img src=\"data:image/svg+xml;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(svg))}\" alt=\"{HtmlText.Encode(title.Length == 0 ? text.Chart : text.Chart + ": " + title)}\"></figure>\n";

    private static string Image(string mime, string value, string? altText)
    {
        // nbformat stores raster images as base64 and SVG as text; an <img> never runs an SVG's scripts.
        var base64 = mime == "image/svg+xml"
            ? Convert.ToBase64String(Encoding.UTF8.GetBytes(value))
            : Whitespace().Replace(value, "");
        return $"<figure class=\"cf-output cf-image\"><img src=\"data:{mime};base64,{base64}\" alt=\"{HtmlText.Encode(altText ?? "")}\"></figure>\n";
    }

    private static string Pre(string text, string cssClass) =>
        $"<pre class=\"{cssClass}\">{HtmlText.Encode(text.TrimEnd('\n'))}</pre>\n";

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
