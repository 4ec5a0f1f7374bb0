using System.Text;

namespace ChatFindings.Cli.Site;

/// <summary>site/index.html: what the data is, the notebooks with their claims' status, and all claims.</summary>
internal static class IndexPage
{
    public static string Body(SiteInput input, IReadOnlyList<NotebookPage> pages)
    {
        var html = new StringBuilder();
        html.Append("<h1>").Append(HtmlText.Encode(PageLayout.SiteTitle)).Append("</h1>\n");
        html.Append("<p class=\"cf-lede\">These pages reproduce, notebook by notebook, the findings of the CKM report on minor victims of human trafficking who came onto the anonymous chat of Fier in 2019–2023, and check each published figure against the data.</p>\n");
        html.Append("<h2 id=\"data\">The data</h2>\n<p>").Append(HtmlText.Encode(input.DataDescription)).Append("</p>\n");
        if (input.RowsRejected > 0)
            html.Append("<p class=\"cf-banner\" role=\"note\"><strong>").Append(HtmlText.Encode(RejectedRows(input.RowsRejected)))
                .Append("</strong> Publish was told to go ahead with --allow-rejected-rows; every figure leaves these rows out.</p>\n");
        html.Append("<p>Every count shown was protected before display: counts below ")
            .Append(input.Provenance.MinCell.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(" are suppressed, as are counts that would let a suppressed one be worked out.</p>\n");

        html.Append("<h2 id=\"notebooks\">Notebooks</h2>\n<ol class=\"cf-contents\">\n");
        foreach (var page in pages)
        {
            html.Append($"<li><a href=\"{HtmlText.Encode(page.FileName)}\">{HtmlText.Encode(page.Title)}</a>");
            var status = ClaimStatus(input.Claims.Where(c => c.Notebook == page.Name).ToList());
            if (status.Length > 0) html.Append(" <span class=\"cf-status\">— ").Append(HtmlText.Encode(status)).Append("</span>");
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");

        html.Append("<h2 id=\"claims\">Claims checked</h2>\n");
        if (input.Claims.Count == 0)
        {
            html.Append("<p>No claims were recorded in this run.</p>\n");
            return html.ToString();
        }
        var pageByName = pages.ToDictionary(p => p.Name, StringComparer.Ordinal);
        html.Append(ClaimsTable.Html(input.Claims, name => pageByName.TryGetValue(name, out var p) ? p.FileName : null));
        return html.ToString();
    }

    public static string RejectedRows(int rows) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rows:N0} row{(rows == 1 ? " was" : "s were")} rejected by the codebook check.");

    private static string ClaimStatus(IReadOnlyList<SiteClaim> claims)
    {
        if (claims.Count == 0) return "";
        var parts = claims.GroupBy(c => c.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        return $"{claims.Count} claim{(claims.Count == 1 ? "" : "s")}: {string.Join(", ", parts)}";
    }
}
