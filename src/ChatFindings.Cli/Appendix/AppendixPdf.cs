using System.Text;
using ChatFindings.Cli.Browser;

namespace ChatFindings.Cli.Appendix;

/// <summary>
/// Prints the appendix (artifacts/appendix.pdf) with headless Chromium. The contents' page numbers
/// take a second pass: print, read from the PDF on which page each section starts (its named
/// destination), print again with those numbers, and check they held.
/// </summary>
public static class AppendixPdf
{
    public const string FileName = "appendix.pdf";
    private const int MaxPasses = 4;

    /// <summary>The one line publish prints when there is no browser to print with.</summary>
    public static string SkippedMessage(string reason) =>
        $"publish: no {FileName}: {reason.ReplaceLineEndings(" ").Trim()}";

    /// <summary>Writes the PDF; returns its number of pages. Code cells are left out unless <paramref name="showCode"/>.</summary>
    public static int Write(AppendixInput input, string pdfPath, IBrowser browser, bool showCode)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(browser);
        var document = AppendixDocument.Render(input, showCode);
        var target = Path.GetFullPath(pdfPath);
        var work = Directory.CreateTempSubdirectory("cf-appendix-").FullName;
        try
        {
            var html = Path.Combine(work, "appendix.html");
            var pdf = Path.Combine(work, FileName);
            IReadOnlyDictionary<string, int>? numbers = null;
            for (var pass = 1; ; pass++)
            {
                File.WriteAllText(html, document.Html(numbers), new UTF8Encoding(false));
                browser.PrintToPdf(html, pdf);
                var bytes = File.ReadAllBytes(pdf);
                var (pageCount, found) = PdfDestinations.Read(bytes, pdf);
                var missing = document.Sections.Where(s => !found.ContainsKey(s.Anchor)).Select(s => s.Title).ToList();
                if (missing.Count > 0)
                    throw new InvalidDataException($"{pdf}: the printed appendix has no page for {string.Join(", ", missing)}");
                var starts = document.Sections.ToDictionary(s => s.Anchor, s => found[s.Anchor], StringComparer.Ordinal);
                if (numbers is not null && numbers.All(kv => starts[kv.Key] == kv.Value))
                {
                    PdfStableBytes.Apply(bytes);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllBytes(target, bytes);
                    return pageCount;
                }
                // Numbers of a different width can move a line, and so a page break: print until they hold.
                if (pass == MaxPasses)
                    throw new InvalidDataException($"{target}: the contents' page numbers did not settle after {MaxPasses} printings");
                numbers = starts;
            }
        }
        finally { Directory.Delete(work, recursive: true); }
    }
}
