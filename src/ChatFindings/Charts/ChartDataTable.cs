using System.Globalization;
using System.Net;
using System.Text;

namespace ChatFindings;

/// <summary>
/// The no-JavaScript view of a chart: a table with the title as caption, the categories as rows
/// and one column per series. Uses the same classes as protected tables (cf-table, num, suppressed).
/// </summary>
internal static class ChartDataTable
{
    public static string ToHtml(ChartData data)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<figure class=\"cf-chart-data\">\n<table class=\"cf-table\">\n");
        html.Append("<caption>").Append(E(data.Title)).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(E(data.XAxisTitle)).Append("</th>");
        foreach (var s in data.Series) html.Append("<th scope=\"col\" class=\"num\">").Append(E(s.Name)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        for (var j = 0; j < data.Categories.Count; j++)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(data.Categories[j])).Append("</th>");
            foreach (var s in data.Series)
            {
                if (s.Values[j] is { } v)
                    html.Append("<td class=\"num\">").Append(E(v.ToString("#,0.###", Languages.Culture))).Append("</td>");
                else
                    html.Append("<td class=\"num suppressed\">").Append(E(data.SuppressedLabel)).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (data.YAxisTitle.Length > 0 || data.Note is not null || data.HasSuppressedValues)
        {
            html.Append("<p class=\"cf-table-note\">");
            var parts = new List<string>();
            if (data.YAxisTitle.Length > 0) parts.Add(Languages.Pick("Values: ", "Waarden: ") + E(data.YAxisTitle) + ".");
            if (data.HasSuppressedValues) parts.Add(E(data.SuppressedLabel) + Languages.Pick(": suppressed to protect small groups.", ": niet getoond om kleine groepen te beschermen."));
            if (data.Note is not null) parts.Add(E(data.Note));
            html.Append(string.Join(" ", parts)).Append("</p>\n");
        }
        html.Append("</figure>");
        return html.ToString();
    }
}
