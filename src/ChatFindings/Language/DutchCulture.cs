using System.Globalization;

namespace ChatFindings;

/// <summary>
/// Dutch number and date conventions, built explicitly: the project runs with invariant
/// globalization (no ICU), under which "nl-NL" culture data does not exist. Thousands with a
/// point, decimals with a comma, the percent sign attached ("1.380", "12,5%"), Dutch month and day names.
/// </summary>
public static class DutchCulture
{
    public static CultureInfo Instance { get; } = Build();

    private static CultureInfo Build()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var n = culture.NumberFormat;
        n.NumberDecimalSeparator = n.PercentDecimalSeparator = n.CurrencyDecimalSeparator = ",";
        n.NumberGroupSeparator = n.PercentGroupSeparator = n.CurrencyGroupSeparator = ".";
        n.PercentPositivePattern = 1; // "12,5%"
        n.PercentNegativePattern = 1; // "-12,5%"
        n.CurrencySymbol = "€";
        var d = culture.DateTimeFormat;
        d.MonthNames = d.MonthGenitiveNames =
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", ""];
        d.AbbreviatedMonthNames = d.AbbreviatedMonthGenitiveNames =
            ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec", ""];
        d.DayNames = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
        d.AbbreviatedDayNames = d.ShortestDayNames = ["zo", "ma", "di", "wo", "do", "vr", "za"];
        d.ShortDatePattern = "d-M-yyyy";
        d.LongDatePattern = "d MMMM yyyy";
        d.ShortTimePattern = "HH:mm";
        d.LongTimePattern = "HH:mm:ss";
        d.FullDateTimePattern = "d MMMM yyyy HH:mm:ss";
        d.FirstDayOfWeek = DayOfWeek.Monday;
        return CultureInfo.ReadOnly(culture);
    }
}
