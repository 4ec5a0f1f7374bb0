namespace ChatFindings;

/// <summary>
/// The protection interval of every hidden count of one population (Hundepool et al., Handbook on
/// Statistical Disclosure Control, 2nd ed. 2024: the interval an intruder can derive for a
/// suppressed cell): its smallest and largest value given every cell and total its tables publish,
/// non-negativity, and the true relations of each line: sums, or for a multi-valued variable only
/// "each category ≤ total ≤ sum of categories"; and the counts sentences show and the totals of
/// nested populations (<see cref="PopulationSystem"/>). Needs no hidden value: it reads what was published.
/// </summary>
public static class ProtectionIntervals
{
    /// <summary>
    /// One hidden count: what it counts (key within its population), where it is hidden, and its
    /// range. <see cref="Implied"/>: no table shows or hides it, it is only a part of what a
    /// sentence or a nested population's total sums up.
    /// </summary>
    public sealed record HiddenCount(string Key, IReadOnlyList<string> Where, CellRange Range, bool Implied = false)
    {
        /// <summary>The population's id ("" for a table protected alone).</summary>
        public string Population { get; init; } = "";
    }

    /// <summary>The ranges of the counts hidden in the tables (or summed by the sentences) and published in none of them.</summary>
    /// <exception cref="InvalidOperationException">The published counts contradict each other.</exception>
    public static IReadOnlyList<HiddenCount> Compute(IReadOnlyList<PublishedTable> tables, IReadOnlyList<PublishedSentence>? sentences = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var system = PopulationSystem.Of(tables, sentences ?? []);
        var published = Published(system.Tables);
        var unknownIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var where = new List<List<(string Where, bool Implied)>>();
        var keys = new List<string>();
        var implied = new List<bool>();
        foreach (var (table, cell) in system.Tables.SelectMany(t => t.Cells.Select(c => (t, c))))
        {
            var key = PopulationSystem.KeyOf(table, cell);
            if (cell.Count is not null || published.ContainsKey(key)) continue;
            if (!unknownIndex.TryGetValue(key, out var j))
            {
                unknownIndex[key] = j = keys.Count;
                keys.Add(key);
                where.Add([]);
                implied.Add(true);
            }
            where[j].Add((cell.Where, cell.Implied));
            implied[j] &= cell.Implied;
        }
        if (keys.Count == 0 && system.Sums.Count == 0) return [];

        var relations = system.Tables.SelectMany(t => t.Lines.SelectMany(line => line.Relations(
            cell => unknownIndex.GetValueOrDefault(PopulationSystem.KeyOf(t, t.Grid[cell.Row, cell.Column]), -1),
            cell => published[PopulationSystem.KeyOf(t, t.Grid[cell.Row, cell.Column])].Count!.Value))).ToList();
        foreach (var sum in system.Sums)
        {
            var terms = sum.Terms.Where(t => unknownIndex.ContainsKey(t.Key)).Select(t => (unknownIndex[t.Key], t.Coefficient)).ToList();
            var known = sum.Terms.Where(t => !unknownIndex.ContainsKey(t.Key)).Sum(t => t.Coefficient * published[t.Key].Count!.Value);
            relations.Add(LinearRelation.Equal(terms, sum.Value - known));
        }
        var ranges = Ranges(keys.Count, relations, linked: system.Tables.Count > 1 || system.Sums.Count > 0);
        return keys.Select((key, j) => new HiddenCount(key[(key.IndexOf('|') + 1)..],
            where[j].Where(w => w.Implied == implied[j]).Select(w => w.Where).Distinct().ToList(), ranges[j], implied[j])
            { Population = key[..key.IndexOf('|')] }).ToList();
    }

    /// <summary>
    /// LP bounds for a single table, where they are the integer bounds; integer-exact bounds
    /// (<see cref="IntegerIntervalSolver"/>) for a linked system, where the LP can be wider.
    /// </summary>
    private static CellRange[] Ranges(int unknowns, IReadOnlyList<LinearRelation> relations, bool linked)
    {
        if (linked) return IntegerIntervalSolver.Ranges(unknowns, relations);
        // With no unknown left, building the model still checks that the published lines agree.
        using var solver = new IntervalSolver(unknowns, relations);
        return Enumerable.Range(0, unknowns).Select(solver.Range).ToArray();
    }

    /// <summary>Each count published somewhere in the tables, by population-qualified key (the first table that publishes it).</summary>
    internal static Dictionary<string, PublishedCell> Published(IEnumerable<PublishedTable> tables)
    {
        var published = new Dictionary<string, PublishedCell>(StringComparer.Ordinal);
        foreach (var table in tables)
        foreach (var cell in table.Cells.Where(c => c.Count is not null))
            published.TryAdd(PopulationSystem.KeyOf(table, cell), cell);
        return published;
    }
}
