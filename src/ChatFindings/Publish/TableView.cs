using System.Net;
using System.Text;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings;

/// <summary>
/// A small descriptive table for a notebook (provenance, load summary, codebook): plain text cells,
/// shown as a semantic HTML table. Not for counts of people: those go through disclosure control.
/// Made only by the library (the session's views): a notebook cannot fill one with rows of its own.
/// </summary>
public sealed record TableView : IPublishable
{
    internal TableView(string caption, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Caption = caption;
        Headers = headers;
        Rows = rows;
    }

    public string Caption { get; }
    public IReadOnlyList<string> Headers { get; }
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public string ToHtml()
    {
        var html = new StringBuilder("<table class=\"cf-table\">\n<caption>").Append(WebUtility.HtmlEncode(Caption)).Append("</caption>\n<thead><tr>");
        foreach (var h in Headers) html.Append("<th scope=\"col\">").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        return html.Append("</tbody>\n</table>\n").ToString();
    }

    public override string ToString() =>
        Caption + "\n" + string.Join("\t", Headers) + "\n" + string.Join("\n", Rows.Select(r => string.Join("\t", r)));

    internal static void Register()
    {
        Formatter.Register<TableView>((view, writer) => writer.Write(view.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<TableView>((view, writer) => writer.Write(view.ToString()), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(TableView), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }
}
