using System.Net;
using System.Reflection;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings;

/// <summary>
/// Keeps row-level data and unprotected counts off published pages. While publishing, displaying a
/// Conversation, a Dataset, any sequence of conversations, a DataFrame or an unprotected
/// FrequencyTable throws <see cref="PublicationBlockedException"/>: the cell fails, its output says
/// what was blocked, and publish names the notebook and cell. While exploring, the same values
/// display under a notice that protection is off.
/// </summary>
public static class PublicationGuard
{
    public const int ExploreRowLimit = 20;

    public const string ExploringNotice =
        "Protection is off (exploring, not publishing): this output shows row-level data or unprotected counts. " +
        "Publishing blocks it.";

    public static void Register(bool publishing)
    {
        Guard<Conversation>(publishing, "a conversation (row-level data)", c => RowTable([c]));
        Guard<IEnumerable<Conversation>>(publishing, "a list of conversations (row-level data)", RowTable);
        Guard<Dataset>(publishing, "the data set (row-level data)", d => RowTable(d.Conversations));
        Guard<DataFrame>(publishing, "a DataFrame (row-level data or unprotected counts)", f => Pre(f.ToString()));
        Guard<FrequencyTable>(publishing, "an unprotected frequency table (small counts can identify people)", t => Pre(t.ToString()));
    }

    private static void Guard<T>(bool publishing, string what, Func<T, string> exploreHtml)
    {
        if (publishing)
        {
            Formatter.Register<T>((_, _) => throw new PublicationBlockedException(what), HtmlFormatter.MimeType);
            Formatter.Register<T>((_, _) => throw new PublicationBlockedException(what), PlainTextFormatter.MimeType);
        }
        else
        {
            Formatter.Register<T>((value, writer) =>
                writer.Write($"<p class=\"cf-unprotected\"><strong>{WebUtility.HtmlEncode(ExploringNotice)}</strong></p>\n{exploreHtml(value)}"),
                HtmlFormatter.MimeType);
            Formatter.Register<T>((value, writer) => writer.Write($"{ExploringNotice}\n{value}"), PlainTextFormatter.MimeType);
        }
        Formatter.SetPreferredMimeTypesFor(typeof(T), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }

    private static string Pre(string text) => $"<pre>{WebUtility.HtmlEncode(text)}</pre>";

    private static readonly PropertyInfo[] Columns = typeof(Conversation)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0)
        .ToArray();

    /// <summary>The first rows as a plain table, for looking at data while exploring.</summary>
    internal static string RowTable(IEnumerable<Conversation> conversations)
    {
        var html = new System.Text.StringBuilder("<table class=\"cf-rows\">\n<thead><tr>");
        foreach (var column in Columns) html.Append("<th>").Append(column.Name).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        var shown = 0;
        var total = 0;
        foreach (var row in conversations)
        {
            total++;
            if (shown == ExploreRowLimit) continue;
            shown++;
            html.Append("<tr>");
            foreach (var column in Columns)
                html.Append("<td>").Append(WebUtility.HtmlEncode(Cell(column.GetValue(row)))).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        html.Append($"<p>{shown} of {total} rows shown.</p>\n");
        return html.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
