using System.Text;

namespace ChatFindings.Cli.Site;

/// <summary>site/index.html (site/nl/index.html): what the data is, the notebooks with their claims' status, and all claims.</summary>
internal static class IndexPage
{
    public static string Body(SiteInput input, IReadOnlyList<NotebookPage> pages)
    {
        var text = input.Text;
        var html = new StringBuilder();
        html.Append("<h1>").Append(HtmlText.Encode(text.SiteTitle)).Append("</h1>\n");
        html.Append("<p class=\"cf-lede\">").Append(HtmlText.Encode(text.Lede)).Append("</p>\n");
        html.Append("<h2 id=\"data\">").Append(HtmlText.Encode(text.DataHeading)).Append("</h2>\n<p>").Append(HtmlText.Encode(DataDescription(input))).Append("</p>\n");
        if (input.RowsRejected > 0)
            html.Append("<p class=\"cf-banner\" role=\"note\"><strong>").Append(HtmlText.Encode(text.RejectedRows(input.RowsRejected)))
                .Append("</strong> ").Append(HtmlText.Encode(text.RejectedRowsDetail)).Append("</p>\n");
        html.Append("<p>").Append(HtmlText.Encode(text.ProtectedCounts(input.Provenance.MinCell))).Append("</p>\n");

        html.Append("<h2 id=\"notebooks\">").Append(HtmlText.Encode(text.NotebooksHeading)).Append("</h2>\n<ol class=\"cf-contents\">\n");
        foreach (var page in pages)
        {
            html.Append($"<li><a href=\"{HtmlText.Encode(page.FileName)}\">{HtmlText.Encode(page.Title)}</a>");
            var status = ClaimStatus(input.Claims.Where(c => c.Notebook == page.Name).ToList(), text);
            if (status.Length > 0) html.Append(" <span class=\"cf-status\">— ").Append(HtmlText.Encode(status)).Append("</span>");
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");

        html.Append("<h2 id=\"claims\">").Append(HtmlText.Encode(text.ClaimsHeading)).Append("</h2>\n");
        if (input.Claims.Count == 0)
        {
            html.Append("<p>").Append(HtmlText.Encode(text.NoClaims)).Append("</p>\n");
            return html.ToString();
        }
        var pageByName = pages.ToDictionary(p => p.Name, StringComparer.Ordinal);
        html.Append(ClaimsTable.Html(input.Claims, name => pageByName.TryGetValue(name, out var p) ? p.FileName : null, text));
        return html.ToString();
    }

    public static string RejectedRows(int rows) => SiteText.English.RejectedRows(rows);

    /// <summary>The data's description: the sidecar's own (English) words, or the Dutch edition's fixed ones.</summary>
    public static string DataDescription(SiteInput input) => input.Text.Language == Language.Dutch
        ? input.IsSynthetic ? input.Text.SyntheticDescription : input.Text.RealDescription
        : input.DataDescription;

    private static string ClaimStatus(IReadOnlyList<SiteClaim> claims, SiteText text)
    {
        if (claims.Count == 0) return "";
        var parts = claims.GroupBy(c => text.Status(c.Verdict, c.Holds)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        return $"{text.ClaimCount(claims.Count)}: {string.Join(", ", parts)}";
    }
}
