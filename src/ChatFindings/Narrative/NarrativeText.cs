using Markdig;

namespace ChatFindings;

/// <summary>
/// Markdown produced by code from computed values, so that a sentence citing a figure changes when
/// the data changes. No markdown cell of a notebook contains a figure computed from the data.
/// Displayed as text/markdown (VS Code, Jupyter) and text/html (the published pages).
/// </summary>
public sealed class NarrativeText : IPublishable
{
    // Internal: a notebook gets narrative only through study.Say($"…") (disclosed values) and the
    // library's tables, never from a string it assembled itself.
    internal NarrativeText(string markdown, IEnumerable<SentenceCount>? equations = null)
    {
        Markdown = markdown;
        // The English and Dutch texts show the same counts: one equation each.
        Equations = (equations ?? []).DistinctBy(e => SentenceCount.ToJson([e])).ToList();
    }

    public string Markdown { get; }

    /// <summary>The counts of populations the text shows (<see cref="SentenceCount"/>), which publish audits with the tables.</summary>
    public IReadOnlyList<SentenceCount> Equations { get; }

    private static readonly Markdig.MarkdownPipeline Pipeline =
        new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    /// <summary>The same text, showing these counts of populations as well.</summary>
    internal NarrativeText With(IEnumerable<SentenceCount> equations) => new(Markdown, Equations.Concat(equations));

    public string ToHtml() => Markdig.Markdown.ToHtml(Markdown, Pipeline);

    public override string ToString() => Markdown;

    /// <summary>A markdown pipe table; cell text is escaped so a value cannot break the table.</summary>
    internal static NarrativeText Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        static string Cell(string s) => s.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\n", " ");
        var lines = new List<string>
        {
            // Text a notebook writes is English; its Dutch comes from the notebook's strings (the library's is Dutch already).
            "| " + string.Join(" | ", headers.Select(h => Cell(Languages.TextOrSame(h)))) + " |",
            "|" + string.Concat(headers.Select(_ => "---|")),
        };
        foreach (var row in rows)
        {
            if (row.Count != headers.Count)
                throw new ArgumentException($"A table row has {row.Count} cells for {headers.Count} headers.", nameof(rows));
            lines.Add("| " + string.Join(" | ", row.Select(c => Cell(Languages.TextOrSame(c)))) + " |");
        }
        return new(string.Join("\n", lines));
    }
}
