using System.Text;
using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Site;

/// <summary>The page of one executed notebook: its cells in order, code folded away, outputs shown.</summary>
internal sealed class NotebookPage
{
    private NotebookPage(string name, string title, string body, int chartCount)
    {
        Name = name;
        Title = title;
        Body = body;
        ChartCount = chartCount;
    }

    public string Name { get; }
    /// <summary>The first markdown heading, or the notebook's name when it has none.</summary>
    public string Title { get; }
    public string Body { get; }
    public int ChartCount { get; }
    public string FileName => Name + ".html";

    public static NotebookPage Render(ExecutedNotebook notebook) => Render(notebook, SiteText.English);

    public static NotebookPage Render(ExecutedNotebook notebook, SiteText text)
    {
        var markdown = new MarkdownRenderer();
        return Render(notebook, markdown, new OutputRenderer(markdown, text: text), codeOpen: false, text);
    }

    /// <summary>
    /// Renders with renderers shared across notebooks (the appendix puts them all in one document,
    /// so heading and chart ids must stay unique); <paramref name="codeOpen"/> shows code unfolded.
    /// </summary>
    public static NotebookPage Render(ExecutedNotebook notebook, MarkdownRenderer markdown, OutputRenderer outputs, bool codeOpen, SiteText? text = null)
    {
        var code = (text ?? SiteText.English).Code;
        var chartsBefore = outputs.ChartCount;
        var title = notebook.Source.Cells.Where(c => c.Kind == "markdown")
            .Select(c => MarkdownRenderer.FirstHeading(c.Source)).FirstOrDefault(h => !string.IsNullOrWhiteSpace(h)) ?? notebook.Name;
        var body = new StringBuilder();
        foreach (var (cell, run) in notebook.AllCells)
        {
            var where = $"{notebook.Source.Path}: cell {cell.Number}";
            switch (cell.Kind)
            {
                case "markdown":
                    body.Append("<section class=\"cf-cell cf-markdown\">\n").Append(markdown.ToHtml(cell.Source)).Append("</section>\n");
                    break;
                case "code":
                    body.Append("<section class=\"cf-cell cf-code-cell\">\n");
                    if (cell.Source.Trim().Length > 0)
                    {
                        var label = run?.ExecutionCount is { } n ? $"{code} [{n}]" : code;
                        body.Append($"<details class=\"cf-code\"{(codeOpen ? " open" : "")}><summary>{label}</summary><pre><code>")
                            .Append(HtmlText.Encode(cell.Source.TrimEnd())).Append("</code></pre></details>\n");
                    }
                    var o = 0;
                    foreach (var output in run?.Outputs ?? []) body.Append(outputs.Render(output, $"{where}, output {++o}"));
                    body.Append("</section>\n");
                    break;
                // Raw cells are for other converters (LaTeX etc.): shown as text, never as markup.
                default:
                    if (cell.Source.Trim().Length > 0)
                        body.Append("<section class=\"cf-cell cf-raw\"><pre>").Append(HtmlText.Encode(cell.Source.TrimEnd())).Append("</pre></section>\n");
                    break;
            }
        }
        return new NotebookPage(notebook.Name, title, body.ToString(), outputs.ChartCount - chartsBefore);
    }
}
