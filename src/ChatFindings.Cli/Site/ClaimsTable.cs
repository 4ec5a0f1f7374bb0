using System.Text;

namespace ChatFindings.Cli.Site;

/// <summary>The table of every claim checked; shared by the index page and the appendix PDF.</summary>
internal static class ClaimsTable
{
    /// <summary><paramref name="notebookHref"/> gives the link to a claim's notebook, or null when it has none.</summary>
    public static string Html(IReadOnlyList<SiteClaim> claims, Func<string, string?> notebookHref)
    {
        var html = new StringBuilder();
        html.Append("<table class=\"cf-table cf-claims\">\n<caption>Each claim of the report: the published figure, the figure computed from this run's data with its 95% interval, and the verdict</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Claim</th><th scope=\"col\">Published</th><th scope=\"col\">Computed</th><th scope=\"col\">95% interval</th><th scope=\"col\">Comparison</th><th scope=\"col\">Verdict</th></tr></thead>\n<tbody>\n");
        foreach (var claim in claims)
        {
            var notebook = notebookHref(claim.Notebook) is { } href
                ? $"<a href=\"{HtmlText.Encode(href)}\">{HtmlText.Encode(claim.Id)}</a>" : HtmlText.Encode(claim.Id);
            var published = HtmlText.Encode(claim.Published) + (claim.PublishedValue is null ? "" : $" <span class=\"cf-status\">({HtmlText.Encode(claim.PublishedValue)})</span>");
            var note = claim.Note is null ? "" : $"<br><span class=\"cf-status\">{HtmlText.Encode(claim.Note)}</span>";
            var holdsClass = claim.Holds switch { true => "cf-holds-yes", false => "cf-holds-no", null => "cf-holds-unknown" };
            html.Append("<tr>")
                .Append($"<th scope=\"row\">{notebook}</th>")
                .Append($"<td>{HtmlText.Encode(claim.Statement)}{note}</td>")
                .Append($"<td>{published}</td>")
                .Append($"<td class=\"num\">{HtmlText.Encode(claim.ComputedValue ?? "—")}{(claim.Base is null ? "" : $" <span class=\"cf-status\">(base {HtmlText.Encode(claim.Base)})</span>")}</td>")
                .Append($"<td>{HtmlText.Encode(claim.Interval ?? "—")}</td>")
                .Append($"<td>{HtmlText.Encode(claim.Comparison)}</td>")
                .Append($"<td class=\"{holdsClass}\">{HtmlText.Encode(claim.Status)}</td>")
                .Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        return html.ToString();
    }
}
