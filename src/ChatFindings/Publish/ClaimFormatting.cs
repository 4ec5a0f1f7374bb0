using System.Globalization;
using System.Net;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings;

/// <summary>
/// Notebook display of a <see cref="Claim"/>: a box with the report's words and the verdict, and
/// while publishing also the machine-readable <see cref="PublishMimeTypes.Claim"/> output that
/// publish collects into findings.json.
/// </summary>
internal static class ClaimFormatting
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
        var rows = new System.Text.StringBuilder();
        void Row(string header, string html, bool number = false) =>
            rows.Append($"<tr><th scope=\"row\">{E(header)}</th><td{(number ? " class=\"num\"" : "")}>{html}</td></tr>\n");
        Row(Languages.Pick("Published", "Gepubliceerd"), E(Claim.PublishedText(d)));
        Row(Languages.Pick("Comparison", "Vergelijking"), E(d.Comparison.Shown()));
        Row(Claim.ComputedHeading, E(claim.ComputedWithInterval), number: true);
        if (claim.Base is { } n) Row(Languages.Pick("Base (answer known)", "Basis (antwoord bekend)"), E(n.ToString("N0", Languages.Culture)), number: true);
        if (claim.UnknownBounds is { } b)
            Row(Languages.Pick("Had every unknown been no / yes", "Als elk onbekend antwoord nee / ja was geweest"),
                E(string.Create(Languages.Culture, $"{b.Low:0.0}% / {b.High:0.0}%")), number: true);
        foreach (var x in claim.ByBase ?? [])
            Row(string.Create(Languages.Culture, $"{Languages.Pick("Against", "Tegenover")} {x.Name} ({x.Base:N0})"),
                E($"{Claim.FormatValue(x.Ratio, d.Unit)}: {x.Verdict.Shown()}"), number: true);
        Row(Languages.Pick("Verdict", "Oordeel"), $"<strong>{E(claim.Status)}</strong>");
        return $"""
            <div class="cf-claim cf-claim-{status}">
            <p class="cf-claim-head"><strong>{Languages.Pick("Claim", "Uitspraak")} {E(d.Id)}</strong> — <span class="cf-claim-status">{E(claim.Status)}</span></p>
            <blockquote lang="nl">{E(d.StatementNl)}</blockquote>
            {(dutch ? "" : $"<p>{E(d.Statement)}</p>")}
            <table class="cf-table cf-claim-table">
            {rows}</table>
            <p class="cf-claim-note">{E(claim.Note)} <em>{Languages.Pick("Source", "Bron")}: {E(Languages.Text(d.Source))}.</em></p>
            </div>
            """;
    }

    public static string ToText(Claim claim) => string.Create(CultureInfo.InvariantCulture,
        $"Claim {claim.Id} ({claim.Status}): {claim.Definition.Statement}\n  published: {claim.Definition.Published}; computed: {claim.ComputedWithInterval}\n  {claim.Note}");
}
