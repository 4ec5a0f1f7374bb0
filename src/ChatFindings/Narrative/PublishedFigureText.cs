using System.Globalization;

namespace ChatFindings;

/// <summary>
/// Published reference figures as text for narrative tables, rendered from data/reference so a
/// figure quoted beside the data is never typed into a notebook.
/// </summary>
public static class PublishedFigureText
{
    /// <summary>The value with its unit and the source's qualifier ("about 7%", "101", "4 years"); a gap says so.</summary>
    public static string ValueText(this PublishedFigure figure)
    {
        if (figure.Value is not { } v) return Languages.Pick("no figure published", "geen cijfer gepubliceerd");
        var number = figure.Unit switch
        {
            FigureUnit.Percent => v.ToString("0.#", Languages.Culture) + "%",
            FigureUnit.Years => v.ToString("0.#", Languages.Culture) + Languages.Pick(v == 1 ? " year" : " years", " jaar"),
            FigureUnit.Ratio => v.ToString("0.0#", Languages.Culture) + "×",
            _ => v.ToString("#,0.#", Languages.Culture),
        };
        var qualifier = figure.Qualifier switch
        {
            FigureQualifier.About => Languages.Pick("about ", "ongeveer "),
            FigureQualifier.Nearly => Languages.Pick("nearly ", "bijna "),
            FigureQualifier.Over => Languages.Pick("over ", "ruim "),
            _ => "",
        };
        return qualifier + number + (figure.Derived ? Languages.Pick(" (derived)", " (afgeleid)") : "");
    }

    /// <summary>
    /// One row per figure, in the given order: the source's wording, the value, the period, the
    /// note (gaps explained there) and the source.
    /// </summary>
    public static NarrativeText Table(IEnumerable<PublishedFigure> figures, string wordingHeader = "Published figure") =>
        NarrativeText.Table([Languages.Text(wordingHeader), Languages.Pick("Value", "Waarde"), Languages.Pick("Period", "Periode"), Languages.Pick("Note", "Toelichting"), Languages.Pick("Source", "Bron")],
            figures.Select(f => (IReadOnlyList<string>)
            [
                // The reference data is English; its Dutch forms are in notebooks/nl/strings.nl.json.
                Languages.Text(f.Wording ?? f.Measure), f.ValueText(), f.Period.ToString(), f.Note is { } note ? Languages.Text(note) : "", Languages.Text(f.Source),
            ]));
}
