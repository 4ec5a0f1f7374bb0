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
    public static string ClaimsTitle => SiteText.English.ClaimsHeading;
    public static string Publisher => SiteText.English.Publisher;
    public static string Subject => SiteText.English.Subject;

    private readonly AppendixInput _input;
    private readonly IReadOnlyList<NotebookPage> _pages;
    private readonly bool _showCode;
    private SiteText Text => _input.Site.Text;

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
        var outputs = new OutputRenderer(markdown, preferStaticCharts: true, input.Site.Text);
        var pages = input.Site.Notebooks.Select(nb => NotebookPage.Render(nb, markdown, outputs, codeOpen: showCode, input.Site.Text)).ToList();
        return new AppendixDocument(input, pages, showCode);
    }

    /// <summary>The anchor of each section in document order: the notebooks, then the claims. Each becomes a named destination in the PDF.</summary>
    public IReadOnlyList<(string Anchor, string Title)> Sections =>
        _pages.Select((p, i) => (NotebookAnchor(i), p.Title)).Append((ClaimsAnchor, Text.ClaimsHeading)).ToList();

    /// <summary>The document, with each section's page number in the contents (null: not known yet, printed as a placeholder).</summary>
    public string Html(IReadOnlyDictionary<string, int>? pageNumbers)
    {
        var site = _input.Site;
        var liveCharts = _pages.Sum(p => p.ChartCount);
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{Text.Language.Code()}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{PageLayout.ContentSecurityPolicy}\">\n");
        html.Append("<meta name=\"generator\" content=\"ChatFindings\">\n");
        html.Append("<title>").Append(HtmlText.Encode(Text.SiteTitle)).Append("</title>\n");
        html.Append("<style>\n").Append(SiteAssets.Stylesheet).Append("</style>\n");
        if (Text.Language != Language.English)
            // The stylesheet's running title is English; each other edition prints its own.
            html.Append("<style>\n@media print {\n  @page { @top-center { content: \"")
                .Append(Text.RunningTitle.Replace("\"", "\\\"", StringComparison.Ordinal))
                .Append("\"; } }\n  @page :first { @top-center { content: none; } }\n}\n</style>\n");
        if (site.IsSynthetic)
            // The data label belongs on every printed page, like the banner on every site page.
            html.Append("<style>\n@media print {\n  @page { @bottom-left { content: \"")
                .Append(Text.SyntheticBanner.Replace("\"", "\\\"", StringComparison.Ordinal))
                .Append("\"; } }\n  @page :first { @bottom-left { content: none; } }\n}\n</style>\n");
        html.Append("</head>\n<body class=\"cf-appendix").Append(_showCode ? " cf-show-code" : "").Append("\">\n<main>\n");
        TitlePage(html);
        Contents(html, pageNumbers);
        for (var i = 0; i < _pages.Count; i++)
            html.Append($"<article class=\"cf-notebook\" id=\"{NotebookAnchor(i)}\">\n").Append(_pages[i].Body).Append("</article>\n");
        html.Append($"<section class=\"cf-notebook cf-appendix-claims\" id=\"{ClaimsAnchor}\">\n<h1>{HtmlText.Encode(Text.ClaimsHeading)}</h1>\n");
        if (site.Claims.Count == 0) html.Append("<p>").Append(HtmlText.Encode(Text.NoClaims)).Append("</p>\n");
        else
        {
            var anchors = _pages.Select((p, i) => (p.Name, Anchor: NotebookAnchor(i))).ToDictionary(p => p.Name, p => "#" + p.Anchor, StringComparer.Ordinal);
            html.Append(ClaimsTable.Html(site.Claims, name => anchors.GetValueOrDefault(name), Text));
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

    /// <summary>
    /// Before the draft print, whose layout alone counts: each chart image is swapped for a blank SVG of
    /// the same size (charts are the slow part of printing; the layout depends only on their size).
    /// </summary>
    public const string DraftScript = """
        Promise.all(Array.prototype.map.call(document.querySelectorAll("figure.cf-chart-static img"), function (img) {
          img.setAttribute("data-cf-src", img.getAttribute("src"));
          img.src = "data:image/svg+xml," + encodeURIComponent(
            "<svg xmlns='http://www.w3.org/2000/svg' width='" + img.naturalWidth + "' height='" + img.naturalHeight + "'/>");
          return img.decode();
        }))
        """;

    /// <summary>
    /// A script that writes each section's page number into the contents of the open, printed
    /// document, and puts back the chart images <see cref="DraftScript"/> swapped out.
    /// </summary>
    public static string FillContentsScript(IReadOnlyDictionary<string, int> pageNumbers)
    {
        var script = new StringBuilder("(function () {\n");
        foreach (var (anchor, page) in pageNumbers.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            script.Append("  document.querySelector('.cf-toc a[href=\"#").Append(anchor).Append("\"] .cf-toc-page').textContent = '")
                .Append(page.ToString(CultureInfo.InvariantCulture)).Append("';\n");
        script.Append("""
              return Promise.all(Array.prototype.map.call(document.querySelectorAll("img[data-cf-src]"), function (img) {
                img.src = img.getAttribute("data-cf-src");
                img.removeAttribute("data-cf-src");
                return img.decode();
              }));

            """);
        return script.Append("})();\n").ToString();
    }

    private static string NotebookAnchor(int index) => "cf-nb-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private void TitlePage(StringBuilder html)
    {
        var site = _input.Site;
        var text = Text;
        var p = site.Provenance;
        html.Append("<section class=\"cf-title-page\">\n");
        html.Append("<p class=\"cf-title-kicker\">").Append(HtmlText.Encode(text.Publisher)).Append("</p>\n");
        html.Append("<h1 class=\"cf-title\">").Append(HtmlText.Encode(text.Subject)).Append("</h1>\n");
        html.Append("<p class=\"cf-title-sub\">").Append(HtmlText.Encode(text.AppendixSub)).Append("</p>\n");
        html.Append("<p class=\"cf-title-lede\">").Append(HtmlText.Encode(text.AppendixLede + " " + text.ProtectedCounts(p.MinCell))).Append("</p>\n");
        if (site.IsSynthetic)
            html.Append("<div class=\"cf-banner\" role=\"note\"><strong>").Append(HtmlText.Encode(text.SyntheticBanner))
                .Append(".</strong> ").Append(HtmlText.Encode(text.SyntheticBannerDetail)).Append("</div>\n");
        html.Append("<div class=\"cf-title-data\">\n<h2>").Append(HtmlText.Encode(text.DataFacts)).Append("</h2>\n<dl>\n");
        Row(text.DataKind, site.IsSynthetic ? text.SyntheticLong : text.RealLong);
        Row(text.Description, IndexPage.DataDescription(site));
        Row(text.DataFile, p.InputName ?? "—", code: true);
        Row(text.DataSha, p.InputSha256, code: true);
        Row(text.DataDate, text.Conversations(_input.DataPeriod));
        Row(text.SmallestCount, p.MinCell.ToString(CultureInfo.InvariantCulture));
        Row(text.GitCommit, p.GitCommit, code: true);
        html.Append("</dl>\n</div>\n</section>\n");

        void Row(string term, string value, bool code = false) =>
            html.Append("<dt>").Append(HtmlText.Encode(term)).Append("</dt><dd>")
                .Append(code ? $"<code>{HtmlText.Encode(value)}</code>" : HtmlText.Encode(value)).Append("</dd>\n");
    }

    private void Contents(StringBuilder html, IReadOnlyDictionary<string, int>? pageNumbers)
    {
        html.Append($"<nav class=\"cf-toc\" aria-label=\"{HtmlText.Encode(Text.Contents)}\">\n<h2>{HtmlText.Encode(Text.Contents)}</h2>\n<ol>\n");
        foreach (var (anchor, title) in Sections)
        {
            var page = pageNumbers is not null && pageNumbers.TryGetValue(anchor, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "0";
            html.Append($"<li><a href=\"#{anchor}\"><span class=\"cf-toc-title\">{HtmlText.Encode(title)}</span>")
                .Append($"<span class=\"cf-toc-leader\"></span><span class=\"cf-toc-page\">{page}</span></a></li>\n");
        }
        html.Append("</ol>\n</nav>\n");
    }
}
