using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ChatFindings.Cli.Site;

/// <summary>
/// Markdown cells to HTML with Markdig: pipe tables, emphasis extras, headings with ids. Raw HTML
/// in notebook text is escaped, not passed through, and an image that is not a data URI becomes a
/// plain link, so no markdown cell can make a page fetch anything.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    // Ids already used on the page: headings in different cells must not share an anchor.
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>()) MakeIdUnique(heading.GetAttributes());
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage && !(link.Url ?? "").StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)) link.IsImage = false;
            if (IsExternal(link.Url)) link.GetAttributes().AddPropertyIfNotExist("rel", "external noopener noreferrer");
        }
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The plain text of the first heading in the markdown, or null when it has none.</summary>
    public static string? FirstHeading(string markdown)
    {
        var heading = Markdown.Parse(markdown, Pipeline).Descendants<HeadingBlock>().FirstOrDefault();
        return heading?.Inline is null ? null : PlainText(heading.Inline).Trim();
    }

    private static string PlainText(ContainerInline inline) => string.Concat(inline.Select(i => i switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        ContainerInline container => PlainText(container),
        LineBreakInline => " ",
        _ => "",
    }));

    private void MakeIdUnique(HtmlAttributes attributes)
    {
        if (attributes.Id is not { Length: > 0 } id) return;
        var unique = id;
        for (var n = 2; !_ids.Add(unique); n++) unique = $"{id}-{n}";
        attributes.Id = unique;
    }

    private static bool IsExternal(string? url) =>
        url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
}
