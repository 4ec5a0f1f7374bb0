using System.Text;

namespace ChatFindings.Cli.Site;

/// <summary>The frame every page shares: head, masthead, synthetic-data banner, navigation, provenance footer.</summary>
internal static class PageLayout
{
    public const string SiteTitle = "Minor victims of human trafficking on the Fier chat, 2019–2023 — appendix notebooks";
    private const string Subject = "Minor victims of human trafficking on the Fier chat, 2019–2023";
    public const string SyntheticBanner = "Synthetic data — these numbers are not the report's";

    // Belt and braces: even if some content tried, the browser may fetch nothing from anywhere.
    internal const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'";

    public sealed record NavLink(string Href, string Title);

    public static string Page(SiteInput input, string pageTitle, string body, NavLink? previous, NavLink? next, bool withCharts)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"ChatFindings\">\n");
        html.Append($"<title>{HtmlText.Encode(pageTitle == SiteTitle ? SiteTitle : $"{pageTitle} — {SiteTitle}")}</title>\n");
        html.Append("<style>\n").Append(SiteAssets.Stylesheet).Append("</style>\n</head>\n<body>\n");
        html.Append("<header class=\"cf-masthead\"><a href=\"index.html\"><span class=\"cf-publisher\">Appendix notebooks</span> · ")
            .Append(HtmlText.Encode(Subject)).Append("</a></header>\n");
        if (input.IsSynthetic)
            html.Append("<div class=\"cf-banner\" role=\"note\"><strong>").Append(HtmlText.Encode(SyntheticBanner))
                .Append(".</strong> This run used generated data with the shape of the coded conversations; it shows how the analysis works, not what the chat conversations show.</div>\n");
        html.Append(Navigation(previous, next));
        html.Append("<main>\n").Append(body).Append("</main>\n");
        html.Append(Footer(input, withCharts));
        if (withCharts)
        {
            // plotly.js once per page, inline, then the script that draws every chart on it.
            html.Append("<script>\n").Append(HtmlText.ScriptCode(ChatFindings.PlotlyLibrary.Script)).Append("\n</script>\n");
            html.Append("<script>\n").Append(SiteAssets.PlotInitScript).Append("</script>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Navigation(NavLink? previous, NavLink? next)
    {
        static string Link(NavLink? link, string rel, string label) => link is null
            ? $"<span class=\"cf-nav-missing\">{label}</span>"
            : $"<a rel=\"{rel}\" href=\"{HtmlText.Encode(link.Href)}\">{label}: {HtmlText.Encode(link.Title)}</a>";
        return "<nav class=\"cf-nav\" aria-label=\"Pages\">" +
               "<a href=\"index.html\">Index</a>" +
               Link(previous, "prev", "← Previous") +
               Link(next, "next", "Next →") +
               "</nav>\n";
    }

    private static string Footer(SiteInput input, bool withCharts)
    {
        var p = input.Provenance;
        var html = new StringBuilder();
        html.Append("<footer class=\"cf-provenance\">\n<strong>Provenance</strong>\n<dl>\n");
        Row("Data", (input.IsSynthetic ? "synthetic" : "real (coded conversations)") + (p.InputName is null ? "" : $", {p.InputName}"));
        Row("Input SHA-256", p.InputSha256, code: true);
        Row("Git commit", p.GitCommit, code: true);
        Row("Smallest published count (min_cell)", p.MinCell.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var packages = p.PackageVersions.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}").ToList();
        if (withCharts) packages.Add($"plotly.js {ChatFindings.PlotlyLibrary.Version} (inlined)");
        Row("Packages", packages.Count == 0 ? "—" : string.Join(", ", packages));
        html.Append("</dl>\n</footer>\n");
        return html.ToString();

        void Row(string term, string value, bool code = false) =>
            html.Append("<dt>").Append(HtmlText.Encode(term)).Append("</dt><dd>")
                .Append(code ? $"<code>{HtmlText.Encode(value)}</code>" : HtmlText.Encode(value)).Append("</dd>\n");
    }
}
