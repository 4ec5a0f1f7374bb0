using System.Net;
using System.Text.RegularExpressions;

namespace ChatFindings.Cli.Site;

/// <summary>Escaping for the places page text goes: element content, attributes, and script blocks.</summary>
internal static partial class HtmlText
{
    /// <summary>For element content and double-quoted attributes.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// JSON placed in a &lt;script&gt; element: every "&lt;" (which in JSON occurs only inside strings)
    /// becomes the escape \u003c, so nothing in it can end the element or start a comment.
    /// </summary>
    public static string ScriptJson(string json) => json.Replace("<", "\\u003c", StringComparison.Ordinal);

    /// <summary>
    /// JavaScript source placed in a &lt;script&gt; element: only "&lt;/script" and "&lt;!--" are
    /// dangerous there (escaped as they would be inside a string literal, the only place they occur).
    /// </summary>
    public static string ScriptCode(string code) =>
        ScriptEnd().Replace(code, "<\\/$1").Replace("<!--", "<\\!--", StringComparison.Ordinal);

    [GeneratedRegex("</(script)", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptEnd();
}
