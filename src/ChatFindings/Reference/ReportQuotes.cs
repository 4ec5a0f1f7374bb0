using System.Text.RegularExpressions;
using ChatFindings.Load;
using ChatFindings.Schema;

namespace ChatFindings;

/// <summary>One sentence of the news text as the notebooks quote it, with its translation and attribution.</summary>
public sealed record ReportQuote(string Id, string Dutch, string English, string AttributedTo, string Source);

/// <summary>
/// The sentences of the news text that the project quotes (data/reference/report_quotes.csv), read
/// through its schema. A quote elsewhere (claims register, notebooks) must be a verbatim span of
/// these sentences: cuts are marked with "…" and editorial insertions sit in [square brackets].
/// </summary>
public sealed partial class ReportQuotes
{
    public const string FileName = "report_quotes";

    private ReportQuotes(IReadOnlyList<ReportQuote> all) => All = all;

    public IReadOnlyList<ReportQuote> All { get; }

    public static ReportQuotes Load(string referenceDir, string? schemaDir = null)
    {
        schemaDir ??= Path.Combine(referenceDir, "..", "..", "data-schema");
        var table = TableReader.Read(Path.Combine(referenceDir, FileName + ".csv"), TableSchema.Load(Path.Combine(schemaDir, FileName + ".schema.json")));
        if (table.Report.Errors.Count > 0) throw new ReferenceDataException(table.Report.Errors);
        return new ReportQuotes(table.Rows.Select(r => new ReportQuote(
            r.GetString("id")!, r.GetString("quote_nl")!, r.GetString("translation_en")!, r.GetString("attributed_to")!, r.GetString("source")!)).ToList());
    }

    public ReportQuote Get(string id) =>
        All.FirstOrDefault(q => q.Id == id) ?? throw new KeyNotFoundException($"No quote '{id}' in {FileName}.csv; known: {string.Join(", ", All.Select(q => q.Id))}.");

    /// <summary>The sentences in file order, joined as the news text runs.</summary>
    public string Text => string.Join(" ", All.Select(q => q.Dutch));

    /// <summary>
    /// True when <paramref name="quote"/>, without its [insertions], is a run of pieces separated by
    /// "…", each found verbatim in <paramref name="text"/> after the one before.
    /// </summary>
    public static bool IsVerbatimSpan(string quote, string text)
    {
        // An insertion stands where the source has nothing (or other words): it splits the quote like a cut.
        var pieces = Insertion().Replace(quote, "…").Split('…').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count == 0) return false;
        var from = 0;
        foreach (var piece in pieces)
        {
            var at = text.IndexOf(piece, from, StringComparison.Ordinal);
            if (at < 0) return false;
            from = at + piece.Length;
        }
        return true;
    }

    /// <summary>Whether a quote is a verbatim span of the quoted sentences.</summary>
    public bool IsVerbatim(string quote) => IsVerbatimSpan(quote, Text);

    /// <summary>
    /// The sentences a quote consists of, when it is whole sentences without cuts (its English must
    /// then be their translations); null for a quote with cuts or part of a sentence.
    /// </summary>
    public IReadOnlyList<ReportQuote>? WholeSentences(string quote)
    {
        if (quote.Contains('…') || quote.Contains('[')) return null;
        var rest = quote.Trim();
        var found = new List<ReportQuote>();
        while (rest.Length > 0)
        {
            var next = All.FirstOrDefault(q => rest.StartsWith(q.Dutch, StringComparison.Ordinal));
            if (next is null) return null;
            found.Add(next);
            rest = rest[next.Dutch.Length..].TrimStart();
        }
        return found;
    }

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Insertion();
}
