using Markdig;

namespace ChatFindings;

/// <summary>
/// Markdown produced by code from computed values, so that a sentence citing a figure changes when
/// the data changes. No markdown cell of a notebook contains a figure computed from the data.
/// Displayed as text/markdown (VS Code, Jupyter) and text/html (the published pages).
/// </summary>
public sealed record NarrativeText(string Markdown)
{
    private static readonly Markdig.MarkdownPipeline Pipeline =
        new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    public string ToHtml() => Markdig.Markdown.ToHtml(Markdown, Pipeline);

    public override string ToString() => Markdown;

    /// <summary>Joins sentences into one paragraph.</summary>
    public static NarrativeText Paragraph(params string[] sentences) => new(string.Join(" ", sentences));

    /// <summary>A bulleted list, one item a line.</summary>
    public static NarrativeText Bullets(IEnumerable<string> items) =>
        new(string.Join("\n", items.Select(i => "- " + i)));
}
