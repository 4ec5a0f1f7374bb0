using System.Net;
using System.Reflection;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings;

/// <summary>
/// Keeps everything but publishable values off published pages. While publishing, the guard is an
/// allowlist: displaying any value whose type does not implement <see cref="IPublishable"/> (a
/// string, a number, a list, an anonymous object, a projection of rows, a DataFrame, an unprotected
/// FrequencyTable) throws <see cref="PublicationBlockedException"/>, so the cell fails, its output
/// says what was blocked, and publish names the notebook and cell. The runner checks the outputs
/// again, since a cell can register formatters of its own. While exploring, values display as
/// usual, and row-level ones under a notice that protection is off.
/// </summary>
internal static class PublicationGuard
{
    public const int ExploreRowLimit = 20;

    public const string ExploringNotice =
        "Protection is off (exploring, not publishing): this output shows row-level data or unprotected counts. " +
        "Publishing blocks it.";

    // The representations a cell can ask for by name as well as the two every display writes.
    private static readonly string[] GuardedMimeTypes =
        [HtmlFormatter.MimeType, PlainTextFormatter.MimeType, "text/markdown", "application/json", "text/csv"];

    private static bool _allowlistRegistered;

    public static void Register(bool publishing)
    {
        if (!publishing && _allowlistRegistered)
        {
            // A formatter cannot be unregistered: going back to exploring in the same process
            // (a test, a kernel that restarts a session) starts again from the defaults.
            Formatter.ResetToDefault();
            _allowlistRegistered = false;
        }
        // Row-level types keep their own formatters in both modes: more specific than the
        // allowlist's, they win over a stale exploring formatter or one a kernel extension added.
        Guard<Conversation>(publishing, c => RowTable([c]));
        Guard<IEnumerable<Conversation>>(publishing, RowTable);
        Guard<Dataset>(publishing, d => RowTable(d.Conversations));
        Guard<DataFrame>(publishing, f => Pre(f.ToString()));
        Guard<FrequencyTable>(publishing, t => Pre(t.ToString()));
        if (publishing) RegisterAllowlist();
    }

    // Formatters registered by the user (here, for object) win over the library's defaults for
    // strings, numbers and sequences, and lose to more specific ones: those of the publishable types.
    private static void RegisterAllowlist()
    {
        foreach (var mime in GuardedMimeTypes)
        {
            var html = mime == HtmlFormatter.MimeType;
            Formatter.Register<object>((value, writer) =>
            {
                if (value is not IPublishable) throw new PublicationBlockedException(Describe(value));
                var text = value.ToString() ?? "";
                writer.Write(html ? Pre(text) : text);
            }, mime);
        }
        Formatter.SetPreferredMimeTypesFor(typeof(object), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        _allowlistRegistered = true;
    }

    /// <summary>What was blocked, in the words of the error a notebook author sees.</summary>
    internal static string Describe(object? value) => value switch
    {
        Conversation => "a conversation (row-level data)",
        IEnumerable<Conversation> => "a list of conversations (row-level data)",
        Dataset => "the data set (row-level data)",
        DataFrame => "a DataFrame (row-level data or unprotected counts)",
        FrequencyTable => "an unprotected frequency table (small counts can identify people)",
        string => "a plain string (write narrative with study.Say($\"…\"))",
        null => "a null value",
        _ when value.GetType().IsPrimitive || value is decimal => $"a raw number ({value.GetType().Name}; use study.Count or a protected table)",
        System.Collections.IEnumerable => $"a sequence ({TypeName(value.GetType())}; it may hold row-level values)",
        _ => $"a value of type {TypeName(value.GetType())} (not a publishable type)",
    };

    private static string TypeName(Type type) =>
        type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false) ? "an anonymous type"
        : type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">"
        : type.Name;

    private static void Guard<T>(bool publishing, Func<T, string> exploreHtml)
    {
        if (publishing)
        {
            Formatter.Register<T>((value, _) => throw new PublicationBlockedException(Describe(value)), HtmlFormatter.MimeType);
            Formatter.Register<T>((value, _) => throw new PublicationBlockedException(Describe(value)), PlainTextFormatter.MimeType);
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
