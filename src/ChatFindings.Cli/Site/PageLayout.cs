using System.Text;

namespace ChatFindings.Cli.Site;

/// <summary>The frame every page shares: head, masthead, synthetic-data banner, navigation with the language switch, provenance footer.</summary>
internal static class PageLayout
{
    public static string SiteTitle => SiteText.English.SiteTitle;
    public static string SyntheticBanner => SiteText.English.SyntheticBanner;

    // Belt and braces: even if some content tried, the browser may fetch nothing from anywhere.
    internal const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'";

    public sealed record NavLink(string Href, string Title);

    /// <param name="fileName">The page's file name, for the link to the same page in the other edition.</param>
    public static string Page(SiteInput input, string pageTitle, string body, NavLink? previous, NavLink? next, bool withCharts, string fileName = "index.html")
    {
        var text = input.Text;
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{text.Language.Code()}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"ChatFindings\">\n");
        html.Append($"<title>{HtmlText.Encode(pageTitle == text.SiteTitle ? text.SiteTitle : $"{pageTitle} — {text.SiteTitle}")}</title>\n");
        html.Append("<style>\n").Append(SiteAssets.Stylesheet).Append("</style>\n</head>\n<body>\n");
        html.Append("<header class=\"cf-masthead\"><a href=\"index.html\"><span class=\"cf-publisher\">").Append(HtmlText.Encode(text.Kicker)).Append("</span> · ")
            .Append(HtmlText.Encode(text.Subject)).Append("</a></header>\n");
        if (input.IsSynthetic)
            html.Append("<div class=\"cf-banner\" role=\"note\"><strong>").Append(HtmlText.Encode(text.SyntheticBanner))
                .Append(".</strong> ").Append(HtmlText.Encode(text.SyntheticBannerDetail)).Append("</div>\n");
        html.Append(Navigation(previous, next, text, input.Edition?.OtherEditionPrefix is { } other ? other + fileName : null));
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

    private static string Navigation(NavLink? previous, NavLink? next, SiteText text, string? otherEdition)
    {
        static string Link(NavLink? link, string rel, string label) => link is null
            ? $"<span class=\"cf-nav-missing\">{HtmlText.Encode(label)}</span>"
            : $"<a rel=\"{rel}\" href=\"{HtmlText.Encode(link.Href)}\">{HtmlText.Encode(label)}: {HtmlText.Encode(link.Title)}</a>";
        var other = text.Language == Language.Dutch ? SiteText.English : SiteText.Dutch;
        // The switch names the other language in that language (lang set, so a screen reader says it so).
        var language = otherEdition is null ? "" :
            $"<a class=\"cf-language\" href=\"{HtmlText.Encode(otherEdition)}\" hreflang=\"{other.Language.Code()}\" lang=\"{other.Language.Code()}\">{HtmlText.Encode(text.LanguageSwitch)}</a>";
        return $"<nav class=\"cf-nav\" aria-label=\"{HtmlText.Encode(text.PagesLabel)}\">" +
               $"<a href=\"index.html\">{HtmlText.Encode(text.Index)}</a>" +
               Link(previous, "prev", text.Previous) +
               Link(next, "next", text.Next) +
               language +
               "</nav>\n";
    }

    private static string Footer(SiteInput input, bool withCharts)
    {
        var text = input.Text;
        var p = input.Provenance;
        var html = new StringBuilder();
        html.Append("<footer class=\"cf-provenance\">\n<strong>").Append(HtmlText.Encode(text.Provenance)).Append("</strong>\n<dl>\n");
        Row(text.DataRow, (input.IsSynthetic ? text.SyntheticShort : text.RealShort) + (p.InputName is null ? "" : $", {p.InputName}"));
        Row(text.InputSha, p.InputSha256, code: true);
        Row(text.GitCommit, p.GitCommit, code: true);
        Row(text.MinCellRow, p.MinCell.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var packages = p.PackageVersions.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}").ToList();
        if (withCharts) packages.Add($"plotly.js {ChatFindings.PlotlyLibrary.Version} ({text.Inlined})");
        Row(text.Packages, packages.Count == 0 ? "—" : string.Join(", ", packages));
        html.Append("</dl>\n</footer>\n");
        return html.ToString();

        void Row(string term, string value, bool code = false) =>
            html.Append("<dt>").Append(HtmlText.Encode(term)).Append("</dt><dd>")
                .Append(code ? $"<code>{HtmlText.Encode(value)}</code>" : HtmlText.Encode(value)).Append("</dd>\n");
    }
}
