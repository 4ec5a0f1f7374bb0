using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings;

/// <summary>
/// Narrative text shows as rendered markdown (text/html), with the markdown itself as text/plain;
/// while publishing also the counts of populations it shows (<see cref="PublishMimeTypes.Sentence"/>).
/// </summary>
internal static class NarrativeFormatting
{
    public static void Register(bool publishing)
    {
        Formatter.Register<NarrativeText>((text, writer) => writer.Write($"<div class=\"cf-narrative\">{text.ToHtml()}</div>"), HtmlFormatter.MimeType);
        Formatter.Register<NarrativeText>((text, writer) => writer.Write(text.Markdown), PlainTextFormatter.MimeType);
        if (publishing)
        {
            Formatter.Register<NarrativeText>((text, writer) => writer.Write(SentenceCount.ToJson(text.Equations)), PublishMimeTypes.Sentence);
            Formatter.SetPreferredMimeTypesFor(typeof(NarrativeText), HtmlFormatter.MimeType, PlainTextFormatter.MimeType, PublishMimeTypes.Sentence);
        }
        else
        {
            Formatter.SetPreferredMimeTypesFor(typeof(NarrativeText), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        }
    }
}
