using ChatFindings.Cli.Site;

namespace ChatFindings.Cli.Appendix;

/// <summary>
/// What the appendix PDF is made from: the site's input (executed notebooks, data label,
/// provenance, claims) and the "date of the data", the years its conversations cover.
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

    /// <summary>The period of a conversations CSV, read with the codebook schema (rejected rows do not count).</summary>
    public static string PeriodOfData(string csvPath, string? schemaPath = null) =>
        PeriodOf(ConversationLoader.Load(csvPath, schemaPath is null ? null : TableSchema.Load(schemaPath)).Conversations.Select(c => c.Year));
}
