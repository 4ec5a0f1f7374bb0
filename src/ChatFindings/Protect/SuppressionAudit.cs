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
/// published in a linked one is recovered exactly and named as such.
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
    public static IReadOnlyList<SuppressionAuditResult> CheckLinked(IEnumerable<PublishedTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return tables
            .GroupBy(t => t.Descriptor.Population?.Id ?? "table " + t.Source)
            .Select(population =>
            {
                var problems = new List<string>();
                foreach (var table in population)
                {
                    CheckThreshold(table, problems);
                    CheckHiddenGroups(table, problems);
                }
                CheckIntervals(population.ToList(), problems);
                return new SuppressionAuditResult(population.Key, problems);
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

    private static void CheckIntervals(IReadOnlyList<PublishedTable> tables, List<string> problems)
    {
        var minCell = tables.Max(t => t.Descriptor.MinCell);
        var published = ProtectionIntervals.Published(tables);
        foreach (var table in tables)
        foreach (var cell in table.Cells)
        {
            if (!published.TryGetValue(cell.Key, out var other) || ReferenceEquals(other, cell)) continue;
            if (cell.Count is null)
                problems.Add($"{cell.Where} is hidden but {other.Where} publishes the same count");
            else if (cell.Count != other.Count)
                problems.Add($"{cell.Where} publishes {Number(cell.Count.Value)} but {other.Where} publishes {Number(other.Count!.Value)} for the same count: are they really one population?");
        }

        IReadOnlyList<ProtectionIntervals.HiddenCount> hidden;
        try { hidden = ProtectionIntervals.Compute(tables); }
        catch (InvalidOperationException e)
        {
            problems.Add($"{string.Join(", ", tables.Select(t => t.Source))}: {e.Message}");
            return;
        }
        foreach (var count in hidden.Where(h => !h.Range.IsWideEnough(minCell)))
        {
            var range = count.Range;
            var values = range.Values == 1 ? "worked out exactly" : $"narrowed to {range} ({range.Values} values)";
            problems.Add($"{string.Join(" and ", count.Where)} is hidden but can be {values}, fewer than {minCell}" +
                (tables.Count > 1 ? $", from the linked tables {string.Join(", ", tables.Select(t => t.Source))}" : ""));
        }
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
