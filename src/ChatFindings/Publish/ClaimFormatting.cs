using System.Globalization;
using System.Net;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings;

/// <summary>
/// Notebook display of a <see cref="Claim"/>: a box with the report's words and the verdict, and
/// while publishing also the machine-readable <see cref="PublishMimeTypes.Claim"/> output that
/// publish collects into findings.json.
/// </summary>
public static class ClaimFormatting
{
    public static void Register(bool publishing)
    {
        Formatter.Register<Claim>((claim, writer) => writer.Write(ToHtml(claim)), HtmlFormatter.MimeType);
        Formatter.Register<Claim>((claim, writer) => writer.Write(ToText(claim)), PlainTextFormatter.MimeType);
        if (publishing)
        {
            Formatter.Register<Claim>((claim, writer) => writer.Write(claim.ToJson()), PublishMimeTypes.Claim);
            Formatter.SetPreferredMimeTypesFor(typeof(Claim), HtmlFormatter.MimeType, PlainTextFormatter.MimeType, PublishMimeTypes.Claim);
        }
        else
        {
            Formatter.SetPreferredMimeTypesFor(typeof(Claim), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        }
    }

    public static string ToHtml(Claim claim)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var d = claim.Definition;
        var status = claim.Holds switch { true => "holds", false => "fails", null => "unjudged" };
        var dutch = Languages.Current == Language.Dutch;
        // The Dutch edition quotes the report's Dutch and gives the figure with its comparison word.
        var published = dutch ? E(d.PublishedValue is { } v ? $"{d.Comparison.Shown()} {Claim.FormatValue(v, d.Unit)}" : d.Comparison.Shown())
            : d.PublishedValue is { } p ? $"{E(d.Published)} ({E(Claim.FormatValue(p, d.Unit))})" : E(d.Published);
        return $"""
            <div class="cf-claim cf-claim-{status}">
            <p class="cf-claim-head"><strong>{Languages.Pick("Claim", "Uitspraak")} {E(d.Id)}</strong> — <span class="cf-claim-status">{E(Languages.Pick(claim.Status, claim.StatusNl))}</span></p>
            <blockquote lang="nl">{E(d.StatementNl)}</blockquote>
            {(dutch ? "" : $"<p>{E(d.Statement)}</p>")}
            <table class="cf-table cf-claim-table">
            <tr><th scope="row">{Languages.Pick("Published", "Gepubliceerd")}</th><td>{published}</td></tr>
            <tr><th scope="row">{Languages.Pick("Comparison", "Vergelijking")}</th><td>{E(d.Comparison.Shown())}</td></tr>
            <tr><th scope="row">{Languages.Pick("Computed from this data", "Berekend uit deze gegevens")}</th><td class="num">{E(claim.ComputedText)}</td></tr>
            </table>
            <p class="cf-claim-note">{E(claim.Note)} <em>{Languages.Pick("Source", "Bron")}: {E(Languages.Text(d.Source))}.</em></p>
            </div>
            """;
    }

    public static string ToText(Claim claim) => string.Create(CultureInfo.InvariantCulture,
        $"Claim {claim.Id} ({claim.Status}): {claim.Definition.Statement}\n  published: {claim.Definition.Published}; computed: {claim.ComputedText}\n  {claim.Note}");
}
