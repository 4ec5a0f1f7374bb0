using System.Globalization;

namespace ChatFindings;

/// <summary>
/// Checks a protected table from what it publishes alone, independently of how the cells were
/// chosen: (1) no published count is below the threshold unless zero; (2) no suppressed count is
/// fixed by the published counts and totals: the table's sums (every row and every column of the
/// grid, margins included; the one column of a one-way table) are set up as equations in the
/// suppressed cells and solved exactly; (3) in a row or column whose total is published, the
/// suppressed cells together (the total minus the published cells) are 0 or at least the
/// threshold. Multi-valued tables are checked as if their rows added up, as protection assumes.
/// </summary>
public static class SuppressionAudit
{
    public static SuppressionAuditResult Check(ProtectedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = new List<string>();
        if (table.MinCell < 1) problems.Add($"threshold {table.MinCell} is below 1");

        for (var r = 0; r < table.RowCount; r++)
        for (var c = 0; c < table.ColumnCount; c++)
            if (table[r, c].Count is { } n && n > 0 && n < table.MinCell)
                problems.Add($"{Where(table, r, c)} publishes {n.ToString(CultureInfo.InvariantCulture)}, below the threshold {table.MinCell}");

        var sums = Sums(table);
        CheckRecoverable(table, sums, problems);
        CheckHiddenGroups(table, sums, problems);
        return new SuppressionAuditResult(table.Name, problems);
    }

    /// <summary>One sum of the grid: cells (coefficient +1) equal a total (coefficient -1), and a name for messages.</summary>
    private sealed record Sum(string Name, (int Row, int Column)[] Parts, (int Row, int Column) Total);

    private static List<Sum> Sums(ProtectedTable t)
    {
        var sums = new List<Sum>();
        int lastRow = t.RowCount - 1, lastColumn = t.ColumnCount - 1;
        if (t.IsOneWay)
        {
            sums.Add(new Sum("the table", Enumerable.Range(0, lastRow).Select(r => (r, 0)).ToArray(), (lastRow, 0)));
            return sums;
        }
        for (var r = 0; r <= lastRow; r++)
            sums.Add(new Sum($"row '{t.RowCodes[r]}'", Enumerable.Range(0, lastColumn).Select(c => (r, c)).ToArray(), (r, lastColumn)));
        for (var c = 0; c <= lastColumn; c++)
            sums.Add(new Sum($"column '{t.ColumnCodes[c]}'", Enumerable.Range(0, lastRow).Select(r => (r, c)).ToArray(), (lastRow, c)));
        return sums;
    }

    private static void CheckRecoverable(ProtectedTable t, List<Sum> sums, List<string> problems)
    {
        var unknownIndex = new Dictionary<(int, int), int>();
        var unknowns = new List<(int Row, int Column)>();
        for (var r = 0; r < t.RowCount; r++)
        for (var c = 0; c < t.ColumnCount; c++)
            if (t[r, c].Suppressed)
            {
                unknownIndex[(r, c)] = unknowns.Count;
                unknowns.Add((r, c));
            }
        if (unknowns.Count == 0) return;

        // Published cells move to the right-hand side; only the coefficients of unknowns matter.
        var equations = sums.Select(sum =>
        {
            var row = new int[unknowns.Count];
            foreach (var part in sum.Parts)
                if (unknownIndex.TryGetValue(part, out var j)) row[j] += 1;
            if (unknownIndex.TryGetValue(sum.Total, out var k)) row[k] -= 1;
            return row;
        }).Where(row => row.Any(v => v != 0)).ToArray();

        var determined = DeterminedUnknowns.Find(equations, unknowns.Count);
        for (var j = 0; j < unknowns.Count; j++)
            if (determined[j])
                problems.Add($"{Where(t, unknowns[j].Row, unknowns[j].Column)} is suppressed but can be worked out from the published counts");
    }

    private static void CheckHiddenGroups(ProtectedTable t, List<Sum> sums, List<string> problems)
    {
        foreach (var sum in sums)
        {
            if (t[sum.Total.Row, sum.Total.Column].Count is not { } total) continue;
            if (!sum.Parts.Any(p => t[p.Row, p.Column].Suppressed)) continue;
            var hidden = total - sum.Parts.Sum(p => t[p.Row, p.Column].Count ?? 0);
            if (hidden > 0 && hidden < t.MinCell)
                problems.Add($"the suppressed cells of {sum.Name} add up to {hidden.ToString(CultureInfo.InvariantCulture)}, below the threshold {t.MinCell}");
        }
    }

    private static string Where(ProtectedTable t, int r, int c) =>
        t.IsOneWay ? $"cell '{t.RowCodes[r]}'" : $"cell ('{t.RowCodes[r]}', '{t.ColumnCodes[c]}')";
}
