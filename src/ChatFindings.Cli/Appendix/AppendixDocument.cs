using System.Globalization;
using System.Text;
using ChatFindings.Cli.Site;

namespace ChatFindings.Cli.Appendix;

/// <summary>
/// The appendix as one HTML document for printing: a title page, the contents with page numbers,
/// every notebook from a new page (rendered by the site's own renderers, charts as their static
/// SVG), and the claims table. Styled by the site's stylesheet and its print rules.
/// </summary>
internal sealed class AppendixDocument
{
    public const string ClaimsAnchor = "cf-claims";
    public const string ClaimsTitle = "Claims checked";
    public const string Publisher = "CKM — Centrum tegen Kinderhandel en Mensenhandel (Centre against Child Trafficking and Human Trafficking)";
    public const string Subject = "Minor victims of human trafficking on the Fier chat, 2019–2023";

    private readonly AppendixInput _input;
    private readonly IReadOnlyList<NotebookPage> _pages;
    private readonly bool _showCode;

    private AppendixDocument(AppendixInput input, IReadOnlyList<NotebookPage> pages, bool showCode)
    {
        _input = input;
        _pages = pages;
        _showCode = showCode;
    }

    /// <summary>Renders every notebook once (ids stay unique across the whole document); the contents are filled in by <see cref="Html"/>.</summary>
    public static AppendixDocument Render(AppendixInput input, bool showCode)
    {
        var markdown = new MarkdownRenderer();
        var outputs = new OutputRenderer(markdown, preferStaticCharts: true);
        var pages = input.Site.Notebooks.Select(nb => NotebookPage.Render(nb, markdown, outputs, codeOpen: showCode)).ToList();
        return new AppendixDocument(input, pages, showCode);
    }

    /// <summary>The anchor of each section in document order: the notebooks, then the claims. Each becomes a named destination in the PDF.</summary>
    public IReadOnlyList<(string Anchor, string Title)> Sections =>
        _pages.Select((p, i) => (NotebookAnchor(i), p.Title)).Append((ClaimsAnchor, ClaimsTitle)).ToList();

    /// <summary>The document, with each section's page number in the contents (null: not known yet, printed as a placeholder).</summary>
    public string Html(IReadOnlyDictionary<string, int>? pageNumbers)
    {
        var site = _input.Site;
        var liveCharts = _pages.Sum(p => p.ChartCount);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{PageLayout.ContentSecurityPolicy}\">\n");
        html.Append("<meta name=\"generator\" content=\"ChatFindings\">\n");
        html.Append("<title>").Append(HtmlText.Encode(PageLayout.SiteTitle)).Append("</title>\n");
        html.Append("<style>\n").Append(SiteAssets.Stylesheet).Append("</style>\n");
        if (site.IsSynthetic)
            // The data label belongs on every printed page, like the banner on every site page.
            html.Append("<style>\n@media print {\n  @page { @bottom-left { content: \"")
                .Append(PageLayout.SyntheticBanner.Replace("\"", "\\\"", StringComparison.Ordinal))
                .Append("\"; } }\n  @page :first { @bottom-left { content: none; } }\n}\n</style>\n");
        html.Append("</head>\n<body class=\"cf-appendix").Append(_showCode ? " cf-show-code" : "").Append("\">\n<main>\n");
        TitlePage(html);
        Contents(html, pageNumbers);
        for (var i = 0; i < _pages.Count; i++)
            html.Append($"<article class=\"cf-notebook\" id=\"{NotebookAnchor(i)}\">\n").Append(_pages[i].Body).Append("</article>\n");
        html.Append($"<section class=\"cf-notebook cf-appendix-claims\" id=\"{ClaimsAnchor}\">\n<h1>{ClaimsTitle}</h1>\n");
        if (site.Claims.Count == 0) html.Append("<p>No claims were recorded in this run.</p>\n");
        else
        {
            var anchors = _pages.Select((p, i) => (p.Name, Anchor: NotebookAnchor(i))).ToDictionary(p => p.Name, p => "#" + p.Anchor, StringComparer.Ordinal);
            html.Append(ClaimsTable.Html(site.Claims, name => anchors.GetValueOrDefault(name)));
        }
        html.Append("</section>\n</main>\n");
        if (liveCharts > 0)
        {
            // Only charts without a static image are drawn here, by the same script as on the site.
            html.Append("<script>\n").Append(HtmlText.ScriptCode(ChatFindings.PlotlyLibrary.Script)).Append("\n</script>\n");
            html.Append("<script>\n").Append(SiteAssets.PlotInitScript).Append("</script>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string NotebookAnchor(int index) => "cf-nb-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private void TitlePage(StringBuilder html)
    {
        var site = _input.Site;
        var p = site.Provenance;
        html.Append("<section class=\"cf-title-page\">\n");
        html.Append("<p class=\"cf-title-kicker\">").Append(HtmlText.Encode(Publisher)).Append("</p>\n");
        html.Append("<h1 class=\"cf-title\">").Append(HtmlText.Encode(Subject)).Append("</h1>\n");
        html.Append("<p class=\"cf-title-sub\">Appendix notebooks</p>\n");
        html.Append("<p class=\"cf-title-lede\">The report's findings reproduced notebook by notebook, with each published figure checked against the data. Every count shown was protected before display: counts below ")
            .Append(p.MinCell.ToString(CultureInfo.InvariantCulture))
            .Append(" are suppressed, as are counts that would let a suppressed one be worked out.</p>\n");
        if (site.IsSynthetic)
            html.Append("<div class=\"cf-banner\" role=\"note\"><strong>").Append(HtmlText.Encode(PageLayout.SyntheticBanner))
                .Append(".</strong> This run used generated data with the shape of the coded conversations; it shows how the analysis works, not what the chat conversations show.</div>\n");
        html.Append("<div class=\"cf-title-data\">\n<h2>The data</h2>\n<dl>\n");
        Row("Data", site.IsSynthetic ? "synthetic (generated, not the coded conversations)" : "real (the coded conversations)");
        Row("Description", site.DataDescription);
        Row("Data file", p.InputName ?? "—", code: true);
        Row("Data SHA-256", p.InputSha256, code: true);
        Row("Date of the data", $"conversations from {_input.DataPeriod}");
        Row("Smallest published count", p.MinCell.ToString(CultureInfo.InvariantCulture));
        Row("Git commit", p.GitCommit, code: true);
        html.Append("</dl>\n</div>\n</section>\n");

        void Row(string term, string value, bool code = false) =>
            html.Append("<dt>").Append(HtmlText.Encode(term)).Append("</dt><dd>")
                .Append(code ? $"<code>{HtmlText.Encode(value)}</code>" : HtmlText.Encode(value)).Append("</dd>\n");
    }

    private void Contents(StringBuilder html, IReadOnlyDictionary<string, int>? pageNumbers)
    {
        html.Append("<nav class=\"cf-toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        foreach (var (anchor, title) in Sections)
        {
            var page = pageNumbers is not null && pageNumbers.TryGetValue(anchor, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "0";
            html.Append($"<li><a href=\"#{anchor}\"><span class=\"cf-toc-title\">{HtmlText.Encode(title)}</span>")
                .Append($"<span class=\"cf-toc-leader\"></span><span class=\"cf-toc-page\">{page}</span></a></li>\n");
        }
        html.Append("</ol>\n</nav>\n");
    }
}
