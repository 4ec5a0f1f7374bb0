using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatFindings.Cli.Appendix;

/// <summary>
/// The page each named destination of a Chromium (Skia) PDF lies on. Chromium writes a named
/// destination for every element a link in the document points at, so the contents' links tell
/// where each section starts. Skia writes plain objects (only stream contents are compressed),
/// which is all this reads: the page tree, and the catalog's /Dests dictionary.
/// </summary>
internal static partial class PdfDestinations
{
    /// <summary>The number of pages, and each destination name → its 1-based page number.</summary>
    public static (int PageCount, IReadOnlyDictionary<string, int> Pages) Read(byte[] pdf, string where)
    {
        // Latin-1 maps each byte to one char, so the object syntax can be read as text; streams are cut out first.
        var text = Stream().Replace(Encoding.Latin1.GetString(pdf), "stream endstream");
        var objects = new Dictionary<int, string>();
        foreach (Match m in Object().Matches(text)) objects[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = m.Groups[2].Value;

        var catalog = objects.Values.FirstOrDefault(o => o.Contains("/Type /Catalog", StringComparison.Ordinal))
            ?? throw new InvalidDataException($"{where}: no /Catalog object (not a PDF as Chromium writes it)");
        var pagesRoot = Reference(catalog, "Pages") ?? throw new InvalidDataException($"{where}: the catalog has no /Pages");
        var pageNumbers = new Dictionary<int, int>();
        CollectPages(objects, pagesRoot, pageNumbers, where, depth: 0);

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (Reference(catalog, "Dests") is not { } destsRef) return (pageNumbers.Count, result);
        if (!objects.TryGetValue(destsRef, out var dests)) throw new InvalidDataException($"{where}: /Dests object {destsRef} is missing");
        foreach (Match d in Destination().Matches(dests))
        {
            var page = int.Parse(d.Groups[2].Value, CultureInfo.InvariantCulture);
            if (!pageNumbers.TryGetValue(page, out var number))
                throw new InvalidDataException($"{where}: destination /{d.Groups[1].Value} points at object {page}, which is not a page");
            result[DecodeName(d.Groups[1].Value)] = number;
        }
        return (pageNumbers.Count, result);
    }

    private static void CollectPages(Dictionary<int, string> objects, int node, Dictionary<int, int> numbers, string where, int depth)
    {
        if (depth > 64) throw new InvalidDataException($"{where}: the page tree is deeper than 64 levels (a cycle?)");
        if (!objects.TryGetValue(node, out var obj)) throw new InvalidDataException($"{where}: page tree object {node} is missing");
        if (PageType().IsMatch(obj))
        {
            numbers[node] = numbers.Count + 1;
            return;
        }
        var kids = Kids().Match(obj);
        if (!kids.Success) throw new InvalidDataException($"{where}: page tree node {node} has no /Kids");
        foreach (Match kid in Ref().Matches(kids.Groups[1].Value))
            CollectPages(objects, int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), numbers, where, depth + 1);
    }

    private static int? Reference(string dictionary, string key)
    {
        var m = Regex.Match(dictionary, $@"/{key}\s+(\d+)\s+0\s+R");
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>PDF names escape bytes as #xx.</summary>
    private static string DecodeName(string name) =>
        HexEscape().Replace(name, m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString());

    [GeneratedRegex(@"stream\r?\n.*?endstream", RegexOptions.Singleline)]
    private static partial Regex Stream();

    [GeneratedRegex(@"(?<!\d)(\d+)\s+0\s+obj\b(.*?)\bendobj", RegexOptions.Singleline)]
    private static partial Regex Object();

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageType();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex Ref();

    [GeneratedRegex(@"/([^\s/\[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R")]
    private static partial Regex Destination();

    [GeneratedRegex("#([0-9A-Fa-f]{2})")]
    private static partial Regex HexEscape();
}
