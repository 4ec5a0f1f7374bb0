using System.Text;
using ChatFindings.Cli.Browser;

namespace ChatFindings.Cli.Appendix;

/// <summary>
/// Prints the appendix (artifacts/appendix.pdf) with headless Chromium. The contents' page numbers
/// come from a first print: the page each section starts on (its named destination) is read from
/// it, written into the contents on the page still open, which prints again; the numbers are
/// checked to have held. The page is loaded and laid out once; the numbers sit in fixed-width
/// boxes (site.css), so filling them in cannot move a line. The first print is a draft: charts are
/// swapped for blank images of the same size (the slow part of printing), restored with the numbers.
/// </summary>
public static class AppendixPdf
{
    public const string FileName = "appendix.pdf";
    private const int MaxPrints = 4;

    /// <summary>The one line publish prints when there is no browser to print with.</summary>
    public static string SkippedMessage(string reason) =>
        $"publish: no {FileName}: {reason.ReplaceLineEndings(" ").Trim()}";

    /// <summary>Writes the PDF; returns its number of pages. Code cells are left out unless <paramref name="showCode"/>.</summary>
    public static async Task<int> WriteAsync(AppendixInput input, string pdfPath, IBrowser browser, bool showCode, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(browser);
        var document = AppendixDocument.Render(input, showCode);
        var target = Path.GetFullPath(pdfPath);
        var work = Directory.CreateTempSubdirectory("cf-appendix-").FullName;
        try
        {
            var html = Path.Combine(work, "appendix.html");
            await File.WriteAllTextAsync(html, document.Html(null), new UTF8Encoding(false), cancel);
            IReadOnlyDictionary<string, int>? shown = null;
            var prints = 0;
            var pageCount = 0;
            var bytes = await browser.PrintToPdfAsync(html, AppendixDocument.DraftScript, pdf =>
            {
                prints++;
                (pageCount, var found) = PdfDestinations.Read(pdf, target);
                var missing = document.Sections.Where(s => !found.ContainsKey(s.Anchor)).Select(s => s.Title).ToList();
                if (missing.Count > 0)
                    throw new InvalidDataException($"{target}: the printed appendix has no page for {string.Join(", ", missing)}");
                var starts = document.Sections.ToDictionary(s => s.Anchor, s => found[s.Anchor], StringComparer.Ordinal);
                if (shown is not null && shown.All(kv => starts[kv.Key] == kv.Value)) return null;
                if (prints == MaxPrints)
                    throw new InvalidDataException($"{target}: the contents' page numbers did not settle after {MaxPrints} printings");
                shown = starts;
                return AppendixDocument.FillContentsScript(starts);
            }, cancel: cancel);
            PdfStableBytes.Apply(bytes);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, bytes, cancel);
            return pageCount;
        }
        finally { Directory.Delete(work, recursive: true); }
    }
}
