using System.Text.RegularExpressions;

namespace ChatFindings.Cli.StaticCharts;

/// <summary>
/// Makes a chart's SVG stand alone: plotly declares the xlink namespace whether or not it uses it
/// (dropped when unused), and anything that would make a viewer fetch a file or a font is refused.
/// </summary>
internal static partial class SelfContainedSvg
{
    private const string XlinkDeclaration = " xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    public static string Clean(string svg, string where)
    {
        if (!svg.TrimStart().StartsWith("<svg", StringComparison.Ordinal))
            throw new InvalidDataException($"{where}: plotly.js returned something that is not an SVG document");
        var withoutXlink = svg.Replace(XlinkDeclaration, "", StringComparison.Ordinal);
        if (!withoutXlink.Contains("xlink:", StringComparison.Ordinal)) svg = withoutXlink;
        var outside = OutsideReference().Match(svg);
        if (outside.Success)
            throw new InvalidDataException($"{where}: the chart's SVG refers to something outside itself ({outside.Value}); a static image must not");
        return svg;
    }

    // Links and urls that leave the document: anything but a #fragment, plus imported styles and font faces.
    [GeneratedRegex(@"((?<![\w:-])(xlink:)?(href|src)\s*=\s*[""'](?!#)[^""']*)|(url\(\s*(?![""']?#)[^)]*\))|@import|@font-face", RegexOptions.IgnoreCase)]
    private static partial Regex OutsideReference();
}
