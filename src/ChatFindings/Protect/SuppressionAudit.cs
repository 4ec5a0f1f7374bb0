using System.Globalization;

namespace ChatFindings;

/// <summary>
/// Checks published tables from what they publish alone (their tidy CSV and descriptor), apart
/// from how the hidden cells were chosen: (1) no published count is below the threshold unless
/// zero; (2) in an additive line whose total is published, the hidden cells together (the total
/// minus the published cells) are 0 or at least the threshold; (3) the interval rule: the LP
/// bounds of every hidden count, given every published cell and total of its population (all
/// linked tables at once), non-negativity and the true relations of each line (sums; for a
/// multi-valued variable only "each category ≤ total ≤ sum"), leave at least MinCell
/// consecutive values. Exact recovery is the case of one value. A count hidden in one table and
/// published in a linked one is recovered exactly and named as such. The counts sentences show
/// (<see cref="SentenceCount"/>) are published sums of the population's cells, and a nested
/// population's total is a sum of its parent's cells: both join the system, so a population and
/// the populations cut from it are audited as one. A count that no table shows or hides, only a
/// part of such a sum, is checked only where it could be small: its range may be narrow only if it
/// holds no value from 1 to MinCell − 1.
/// </summary>
public static class SuppressionAudit
{
    public static SuppressionAuditResult Check(ProtectedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return CheckLinked([PublishedTable.Of(table)]).Single() with { TableName = table.Name };
    }

    /// <summary>
    /// Audits tables together: one result per population (tables without one each alone), named
    /// by the population id (or the table's source).
    /// </summary>
    public static IReadOnlyList<SuppressionAuditResult> CheckLinked(IEnumerable<PublishedTable> tables, IEnumerable<PublishedSentence>? sentences = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var said = (sentences ?? []).ToLookup(s => s.Count.Population.Root.Id);
        var tableGroups = tables.GroupBy(t => t.Descriptor.Population?.Root.Id ?? "table " + t.Source).ToList();
        var groups = tableGroups.Select(g => g.Key).Concat(said.Select(g => g.Key)).Distinct();
        return groups
            .Select(group =>
            {
                var problems = new List<string>();
                var linked = tableGroups.FirstOrDefault(g => g.Key == group)?.ToList() ?? [];
                foreach (var table in linked)
                {
                    CheckThreshold(table, problems);
                    CheckHiddenGroups(table, problems);
                }
                foreach (var sentence in said[group].Where(s => DisclosureRule.IsSmall(s.Count.Count, s.Count.Grid.MinCell)))
                    problems.Add($"{sentence.Source} shows {Number(sentence.Count.Count)}, below the threshold {sentence.Count.Grid.MinCell}");
                CheckIntervals(linked, said[group].ToList(), problems);
                return new SuppressionAuditResult(group, problems);
            })
            .ToList();
    }

    private static void CheckThreshold(PublishedTable t, List<string> problems)
    {
        if (t.Descriptor.MinCell < 1) problems.Add($"{t.Source}: threshold {t.Descriptor.MinCell} is below 1");
        foreach (var cell in t.Cells)
            if (cell.Count is { } n && DisclosureRule.IsSmall(n, t.Descriptor.MinCell))
                problems.Add($"{cell.Where} publishes {Number(n)}, below the threshold {t.Descriptor.MinCell}");
    }

    private static void CheckHiddenGroups(PublishedTable t, List<string> problems)
    {
        foreach (var line in t.Lines.Where(l => l.Additive))
        {
            if (t.Grid[line.Total.Row, line.Total.Column].Count is not { } total) continue;
            var members = line.Members.Select(m => t.Grid[m.Row, m.Column]).ToList();
            if (!members.Any(m => m.Count is null)) continue;
            var hidden = total - members.Sum(m => m.Count ?? 0);
            if (DisclosureRule.IsSmall(hidden, t.Descriptor.MinCell))
                problems.Add($"the hidden cells of the line of {t.Grid[line.Total.Row, line.Total.Column].Where} add up to {Number(hidden)}, below the threshold {t.Descriptor.MinCell}");
        }
    }

    private static void CheckIntervals(IReadOnlyList<PublishedTable> tables, IReadOnlyList<PublishedSentence> sentences, List<string> problems)
    {
        var minCell = tables.Select(t => t.Descriptor.MinCell).Concat(sentences.Select(s => s.Count.Grid.MinCell)).Max();
        var published = ProtectionIntervals.Published(tables);
        foreach (var table in tables)
        foreach (var cell in table.Cells)
        {
            if (!published.TryGetValue(PopulationSystem.KeyOf(table, cell), out var other) || ReferenceEquals(other, cell)) continue;
            if (cell.Count is null)
                problems.Add($"{cell.Where} is hidden but {other.Where} publishes the same count");
            else if (cell.Count != other.Count)
                problems.Add($"{cell.Where} publishes {Number(cell.Count.Value)} but {other.Where} publishes {Number(other.Count!.Value)} for the same count: are they really one population?");
        }

        var sources = tables.Select(t => t.Source).Concat(sentences.Select(s => s.Source)).Distinct().ToList();
        IReadOnlyList<ProtectionIntervals.HiddenCount> hidden;
        try { hidden = ProtectionIntervals.Compute(tables, sentences); }
        catch (InvalidOperationException e)
        {
            problems.Add($"{string.Join(", ", sources)}: {e.Message}");
            return;
        }
        foreach (var count in hidden.Where(h => !h.Range.IsWideEnough(minCell) && (!h.Implied || CouldBeSmall(h.Range, minCell))))
        {
            var range = count.Range;
            var values = range.Values == 1 ? "worked out exactly" : $"narrowed to {range} ({range.Values} values)";
            problems.Add($"{string.Join(" and ", count.Where)} is hidden but can be {values}, fewer than {minCell}" +
                (sources.Count > 1 ? $", from {string.Join(", ", sources)}" : ""));
        }
    }

    // A count nothing shows or hides discloses something only when narrowed among small values.
    private static bool CouldBeSmall(CellRange range, int minCell) => range.Lower < minCell && (range.Upper ?? int.MaxValue) >= 1;

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
