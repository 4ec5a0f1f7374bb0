using System.Globalization;
using System.Text;

namespace ChatFindings.Cli.Site;

/// <summary>The table of every claim checked; shared by the index page and the appendix PDF, in either edition.</summary>
internal static class ClaimsTable
{
    /// <summary><paramref name="notebookHref"/> gives the link to a claim's notebook, or null when it has none.</summary>
    public static string Html(IReadOnlyList<SiteClaim> claims, Func<string, string?> notebookHref, SiteText text)
    {
        var html = new StringBuilder();
        html.Append("<table class=\"cf-table cf-claims\">\n<caption>").Append(HtmlText.Encode(text.ClaimsCaption)).Append("</caption>\n<thead><tr>");
        foreach (var header in text.ClaimsHeaders) html.Append("<th scope=\"col\">").Append(HtmlText.Encode(header)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        var dutch = text.Language == Language.Dutch;
        foreach (var claim in claims)
        {
            var notebook = notebookHref(claim.Notebook) is { } href
                ? $"<a href=\"{HtmlText.Encode(href)}\">{HtmlText.Encode(claim.Id)}</a>" : HtmlText.Encode(claim.Id);
            // The Dutch edition quotes the report's own words; its "published" is the comparison word and figure.
            var statement = dutch ? $"<span lang=\"nl\">{HtmlText.Encode(claim.StatementNl ?? claim.Statement)}</span>" : HtmlText.Encode(claim.Statement);
            var published = dutch
                ? HtmlText.Encode(claim.PublishedValue is null ? text.Comparison(claim.Comparison) : $"{text.Comparison(claim.Comparison)} {Number(claim.PublishedValue, text)}")
                : HtmlText.Encode(claim.Published) + (claim.PublishedValue is null ? "" : $" <span class=\"cf-status\">({HtmlText.Encode(claim.PublishedValue)})</span>");
            var note = claim.Note is null ? "" : $"<br><span class=\"cf-status\">{HtmlText.Encode(claim.Note)}</span>";
            var holdsClass = claim.Holds switch { true => "cf-holds-yes", false => "cf-holds-no", null => "cf-holds-unknown" };
            var computed = claim.ComputedValue is null ? "—" : dutch ? Number(claim.ComputedValue, text) : claim.ComputedValue;
            html.Append("<tr>")
                .Append($"<th scope=\"row\">{notebook}</th>")
                .Append($"<td>{statement}{note}</td>")
                .Append($"<td>{published}</td>")
                .Append($"<td class=\"num\">{HtmlText.Encode(computed)}{(claim.Base is null ? "" : $" <span class=\"cf-status\">({HtmlText.Encode($"{text.Base} {(dutch ? Number(claim.Base, text) : claim.Base)}")})</span>")}</td>")
                .Append($"<td>{HtmlText.Encode(claim.Range?.Text(text) ?? "—")}</td>")
                .Append($"<td>{HtmlText.Encode(text.Comparison(claim.Comparison))}</td>")
                .Append($"<td class=\"{holdsClass}\">{HtmlText.Encode(text.Status(claim.Verdict, claim.Holds))}</td>")
                .Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        return html.ToString();
    }

    /// <summary>A number from findings.json (invariant) in the edition's conventions: 1380.5 → "1.380,5" in Dutch.</summary>
    public static string Number(string invariant, SiteText text) =>
        decimal.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString("#,0.##", text.Culture) : invariant;
}
