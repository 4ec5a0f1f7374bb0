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
        if (figure.Value is not { } v) return "no figure published";
        var number = figure.Unit switch
        {
            FigureUnit.Percent => v.ToString("0.#", CultureInfo.InvariantCulture) + "%",
            FigureUnit.Years => v.ToString("0.#", CultureInfo.InvariantCulture) + (v == 1 ? " year" : " years"),
            FigureUnit.Ratio => v.ToString("0.0#", CultureInfo.InvariantCulture) + "×",
            _ => v.ToString("#,0.#", CultureInfo.InvariantCulture),
        };
        var qualifier = figure.Qualifier switch
        {
            FigureQualifier.About => "about ",
            FigureQualifier.Nearly => "nearly ",
            FigureQualifier.Over => "over ",
            _ => "",
        };
        return qualifier + number + (figure.Derived ? " (derived)" : "");
    }

    /// <summary>
    /// One row per figure, in the given order: the source's wording, the value, the period, the
    /// note (gaps explained there) and the source.
    /// </summary>
    public static NarrativeText Table(IEnumerable<PublishedFigure> figures, string wordingHeader = "Published figure") =>
        NarrativeText.Table([wordingHeader, "Value", "Period", "Note", "Source"],
            figures.Select(f => (IReadOnlyList<string>)
            [
                f.Wording ?? f.Measure, f.ValueText(), f.Period.ToString(), f.Note ?? "", f.Source,
            ]));
}
