namespace ChatFindings;

/// <summary>
/// The protection interval of every hidden count of one population (Hundepool et al., Handbook on
/// Statistical Disclosure Control, 2nd ed. 2024: the interval an intruder can derive for a
/// suppressed cell): its smallest and largest value given every cell and total its tables publish,
/// non-negativity, and the true relations of each line: sums, or for a multi-valued variable only
/// "each category ≤ total ≤ sum of categories". Needs no hidden value: it reads what was published.
/// </summary>
public static class ProtectionIntervals
{
    /// <summary>One hidden count: what it counts (key within the population), where it is hidden, and its range.</summary>
    public sealed record HiddenCount(string Key, IReadOnlyList<string> Where, CellRange Range);

    /// <summary>The ranges of the counts hidden in the tables and published in none of them.</summary>
    /// <exception cref="InvalidOperationException">The published counts contradict each other.</exception>
    public static IReadOnlyList<HiddenCount> Compute(IReadOnlyList<PublishedTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var published = Published(tables);
        var unknownIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var where = new List<List<string>>();
        var keys = new List<string>();
        foreach (var cell in tables.SelectMany(t => t.Cells).Where(c => c.Count is null && !published.ContainsKey(c.Key)))
        {
            if (!unknownIndex.TryGetValue(cell.Key, out var j))
            {
                unknownIndex[cell.Key] = j = keys.Count;
                keys.Add(cell.Key);
                where.Add([]);
            }
            where[j].Add(cell.Where);
        }
        if (keys.Count == 0) return [];

        var relations = tables.SelectMany(t => t.Lines.SelectMany(line => line.Relations(
            cell => unknownIndex.GetValueOrDefault(t.Grid[cell.Row, cell.Column].Key, -1),
            cell => published[t.Grid[cell.Row, cell.Column].Key].Count!.Value))).ToList();
        var ranges = IntervalSolver.Ranges(keys.Count, relations, Enumerable.Range(0, keys.Count).ToArray());
        return keys.Select((key, j) => new HiddenCount(key, where[j], ranges[j])).ToList();
    }

    /// <summary>Each count published somewhere in the tables, by key (the first table that publishes it).</summary>
    internal static Dictionary<string, PublishedCell> Published(IEnumerable<PublishedTable> tables)
    {
        var published = new Dictionary<string, PublishedCell>(StringComparer.Ordinal);
        foreach (var cell in tables.SelectMany(t => t.Cells).Where(c => c.Count is not null))
            published.TryAdd(cell.Key, cell);
        return published;
    }
}
