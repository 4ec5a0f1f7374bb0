namespace ChatFindings;

/// <summary>
/// What a count counts within its population, as text: "exploitation_type=sexual&amp;year=2021",
/// "" for the whole population. Conditions are sorted, so a cell of a one-way table, the margin of
/// a two-way table and a count in a sentence that count the same conversations have one key.
/// </summary>
internal static class CellKey
{
    public const string Total = "";

    public static string Of(IEnumerable<(string Variable, string Code)> conditions)
    {
        var parts = conditions.Select(c => $"{c.Variable}={c.Code}").ToList();
        parts.Sort(StringComparer.Ordinal);
        return string.Join("&", parts);
    }

    /// <summary>A key qualified by its population, for systems that hold nested populations.</summary>
    public static string In(TablePopulation? population, string key) => (population?.Id ?? "") + "|" + key;
}
