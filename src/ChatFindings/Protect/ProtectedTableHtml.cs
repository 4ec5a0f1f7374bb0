using System.Net;
using System.Text;

namespace ChatFindings;

/// <summary>
/// The HTML form of a protected table: a semantic table with caption and header, counts in
/// td.num, suppressed counts as "&lt;MinCell" in td.num.suppressed, the total row in tfoot, and the
/// notes in p.cf-table-note after the table. Nothing executable, nothing external.
/// </summary>
internal static class ProtectedTableHtml
{
    public static string Write(ProtectedTable table)
    {
        var html = new StringBuilder();
        html.Append("<table class=\"cf-table\">\n");
        html.Append("<caption>").Append(Encode(table.Title)).Append("</caption>\n");
        html.Append("<thead>\n");
        if (table.ColumnVariable is { } columnVariable)
            html.Append("<tr><td></td><th scope=\"colgroup\" colspan=\"").Append(table.ColumnCount).Append("\">")
                .Append(Encode(columnVariable.Title)).Append("</th></tr>\n");
        html.Append("<tr><th scope=\"col\">").Append(Encode(table.RowVariable.Title)).Append("</th>");
        foreach (var label in table.ColumnLabels)
            html.Append("<th scope=\"col\" class=\"num\">").Append(Encode(label)).Append("</th>");
        html.Append("</tr>\n</thead>\n<tbody>\n");
        for (var r = 0; r < table.RowCount - 1; r++) Row(html, table, r);
        html.Append("</tbody>\n<tfoot>\n");
        Row(html, table, table.RowCount - 1);
        html.Append("</tfoot>\n</table>\n");
        foreach (var note in table.Notes)
            html.Append("<p class=\"cf-table-note\">").Append(Encode(note)).Append("</p>\n");
        return html.ToString();
    }

    private static void Row(StringBuilder html, ProtectedTable table, int r)
    {
        html.Append("<tr><th scope=\"row\">").Append(Encode(table.RowLabels[r])).Append("</th>");
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var cell = table[r, c];
            html.Append(cell.Suppressed ? "<td class=\"num suppressed\">" : "<td class=\"num\">")
                .Append(Encode(table.Display(cell))).Append("</td>");
        }
        html.Append("</tr>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
