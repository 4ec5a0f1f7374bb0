using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings;

/// <summary>Narrative text shows as rendered markdown (text/html), with the markdown itself as text/plain.</summary>
internal static class NarrativeFormatting
{
    public static void Register()
    {
        Formatter.Register<NarrativeText>((text, writer) => writer.Write($"<div class=\"cf-narrative\">{text.ToHtml()}</div>"), HtmlFormatter.MimeType);
        Formatter.Register<NarrativeText>((text, writer) => writer.Write(text.Markdown), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(NarrativeText), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }
}
