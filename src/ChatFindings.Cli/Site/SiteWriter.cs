using System.Text;

namespace ChatFindings.Cli.Site;

/// <summary>
/// Writes site/index.html and site/&lt;name&gt;.html for the executed notebooks. Pages are
/// self-contained (styles and plotly.js inline, images as data URIs) and deterministic.
/// </summary>
public static class SiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders every page, then writes them; returns the files written, index first.</summary>
    public static IReadOnlyList<string> Write(SiteInput input, string siteDir)
    {
        ArgumentNullException.ThrowIfNull(input);
        Validate(input);
        // Render everything before writing anything, so a broken notebook leaves no half-written site.
        var text = input.Text;
        var pages = input.Notebooks.Select(nb => NotebookPage.Render(nb, text)).ToList();
        var files = new List<(string Path, string Html)>
        {
            (Path.Combine(siteDir, "index.html"),
             PageLayout.Page(input, text.SiteTitle, IndexPage.Body(input, pages), null,
                 pages.Count > 0 ? Link(pages[0]) : null, withCharts: false)),
        };
        for (var i = 0; i < pages.Count; i++)
        {
            var previous = i == 0 ? new PageLayout.NavLink("index.html", text.Index) : Link(pages[i - 1]);
            var next = i + 1 < pages.Count ? Link(pages[i + 1]) : null;
            files.Add((Path.Combine(siteDir, pages[i].FileName),
                PageLayout.Page(input, pages[i].Title, pages[i].Body, previous, next, withCharts: pages[i].ChartCount > 0, pages[i].FileName)));
        }
        Directory.CreateDirectory(siteDir);
        foreach (var (path, html) in files) File.WriteAllText(path, html, Utf8);
        return files.Select(f => f.Path).ToList();
    }

    private static PageLayout.NavLink Link(NotebookPage page) => new(page.FileName, page.Title);

    private static void Validate(SiteInput input)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "index" };
        foreach (var nb in input.Notebooks)
        {
            if (string.IsNullOrWhiteSpace(nb.Name) || nb.Name.IndexOfAny(['/', '\\', '"', '<', '>', '&']) >= 0 || nb.Name.StartsWith('.'))
                throw new ArgumentException($"notebook name '{nb.Name}' ({nb.Source.Path}) cannot be a page file name");
            if (!names.Add(nb.Name))
                throw new ArgumentException($"notebook name '{nb.Name}' ({nb.Source.Path}) is used twice (or is 'index')");
        }
    }
}
