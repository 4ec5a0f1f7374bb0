namespace ChatFindings;

/// <summary>A year (2019) or an inclusive span of years (2019-2023), as written in the reference tables.</summary>
public readonly record struct ReferencePeriod(int FirstYear, int LastYear)
{
    public static ReferencePeriod Parse(string text)
    {
        var dash = text.IndexOf('-');
        var first = int.Parse(dash < 0 ? text : text[..dash], System.Globalization.CultureInfo.InvariantCulture);
        var last = dash < 0 ? first : int.Parse(text[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return new ReferencePeriod(first, last);
    }

    public bool IsSingleYear => FirstYear == LastYear;

    public override string ToString() => IsSingleYear
        ? FirstYear.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{FirstYear}-{LastYear}");
}

public enum RegisteredAgeGroup { AllAges, Minor }

public enum RegisteredForm { AllForms, Sexual, Criminal, Labour, Unknown }

public enum FigureUnit { Count, Percent, Years, Ratio }

/// <summary>How a source qualifies a figure: exactly, about, nearly (a bit under) or over it.</summary>
public enum FigureQualifier { Exact, About, Nearly, Over }

/// <summary>
/// Possible victims registered by CoMensha (National Rapporteur, cited by nji.nl). A null count is a gap:
/// the source gives no figure, and <see cref="Note"/> says so.
/// </summary>
public sealed record RegisteredVictimsFigure(
    ReferencePeriod Period, RegisteredAgeGroup AgeGroup, RegisteredForm Form, int? Count, bool Derived, string Source, string? Note, int Line);

/// <summary>
/// One published figure (chat figures, client study): its value in its unit, how the source qualifies it,
/// the source's wording, and whether it is derived. A null value is a gap explained in <see cref="Note"/>.
/// </summary>
public sealed record PublishedFigure(
    ReferencePeriod Period, string Measure, double? Value, FigureUnit Unit, FigureQualifier? Qualifier, bool Derived,
    string? Wording, string Source, string? Note, int Line);
