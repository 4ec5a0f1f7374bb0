using ChatFindings.Cli.Site;

namespace ChatFindings.Cli.Appendix;

/// <summary>
/// What the appendix PDF is made from: the site's input (executed notebooks, data label,
/// provenance, claims) and the "date of the data", the years its conversations cover (from the sessions' markers).
/// </summary>
public sealed record AppendixInput(SiteInput Site, string DataPeriod)
{
    /// <summary>"2019–2023", or "2021" for a single year, from the years the data holds.</summary>
    public static string PeriodOf(IEnumerable<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var list = years.ToList();
        if (list.Count == 0) return "no years (the data holds no conversations)";
        var (first, last) = (list.Min(), list.Max());
        return first == last
            ? first.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first}–{last}");
    }
}
