namespace ChatFindings;

/// <summary>
/// The second stage of secondary suppression: after <see cref="SuppressionPattern"/> has made
/// every hidden count undetermined, widens hidden counts that the table's relations and
/// non-negativity still narrow to fewer than minCell values. Repeatedly takes the first too-narrow
/// hidden cell (grid order) and hides one more published cell: the smallest that makes it wide
/// enough (first among the cells of its own row and column), or else the one that widens it most; interior cells before margins when the margins
/// follow the population's pattern, non-zero before zero, then the smaller count, then grid order,
/// so the result is deterministic; the grand total only when nothing else is left. Hiding everything leaves every range unbounded, so it ends.
/// One LP model holds every cell of the grid: a published cell is a fixed variable, so hiding a
/// candidate is a change of bounds, not a new model.
/// </summary>
internal static class IntervalRepair
{
    /// <param name="outer">A parent population's margin linked to the grand total (nested populations): its hidden cells must stay wide too; its cells are never chosen.</param>
    public static void Widen(int[,] values, bool[,] hidden, IReadOnlyList<TableLine> lines, int minCell, bool keepMargins, OuterLine? outer = null)
    {
        int rows = values.GetLength(0), columns = values.GetLength(1);
        var grandTotal = (rows - 1, columns - 1);
        // Nothing hidden has nothing to keep wide: no solver to load (large tables seldom hide a cell).
        if (!hidden.Cast<bool>().Any(h => h) && (outer is null || !outer.Hidden.Any(h => h))) return;
        using var model = Model(values, hidden, lines, outer);
        // Hiding a cell only relaxes the relations, so a range found wide enough stays so: each count is confirmed once.
        var wide = new HashSet<int>();
        while (FirstNarrow(model, hidden, outer, wide, minCell) is { } narrow)
        {
            // A narrow count of the parent's margin is tied to this table through the grand total.
            var own = narrow < rows * columns ? (narrow / columns, narrow % columns) : grandTotal;
            var inLine = lines.Where(l => l.Cells.Contains(own)).SelectMany(l => l.Cells).ToHashSet();
            var open = Cells(rows, columns).Where(m => !hidden[m.Row, m.Column]).ToList();
            // The grand total stays published while anything else can be hidden: hiding every other
            // cell leaves each hidden count free between 0 and a total of at least minCell.
            if (open.Count > 1) open.Remove(grandTotal);
            var ordered = open
                .OrderBy(m => inLine.Contains(m) ? 0 : 1)
                .ThenBy(m => keepMargins && IsMargin(m, rows, columns) ? 1 : 0)
                .ThenBy(m => values[m.Row, m.Column] > 0 ? 0 : 1)
                .ThenBy(m => values[m.Row, m.Column])
                .ThenBy(m => m.Row).ThenBy(m => m.Column);

            (int Row, int Column)? best = null;
            long bestValues = -1;
            foreach (var candidate in ordered)
            {
                model.Free(Index(candidate, columns));
                var range = model.Range(narrow);
                model.Fix(Index(candidate, columns), values[candidate.Row, candidate.Column]);
                if (range.IsWideEnough(minCell)) { best = candidate; break; }
                if ((range.Values ?? long.MaxValue) > bestValues) { best = candidate; bestValues = range.Values ?? long.MaxValue; }
            }
            if (best is not { } chosen)
                throw new InvalidOperationException("Interval protection found a narrow hidden count and nothing left to hide.");
            hidden[chosen.Row, chosen.Column] = true;
            model.Free(Index(chosen, columns));
        }
    }

    private static IntervalSolver Model(int[,] values, bool[,] hidden, IReadOnlyList<TableLine> lines, OuterLine? outer)
    {
        int rows = values.GetLength(0), columns = values.GetLength(1), grid = rows * columns;
        var relations = lines.SelectMany(line => line.Relations(cell => Index(cell, columns), _ => 0));
        if (outer is not null) relations = relations.Concat(outer.Relations(grid, Index((rows - 1, columns - 1), columns)));
        var model = new IntervalSolver(grid + (outer?.Counts.Length ?? 0), relations);
        foreach (var cell in Cells(rows, columns))
            if (!hidden[cell.Row, cell.Column]) model.Fix(Index(cell, columns), values[cell.Row, cell.Column]);
        if (outer is not null)
            for (var i = 0; i < outer.Counts.Length; i++)
                if (!outer.Hidden[i]) model.Fix(grid + i, outer.Counts[i]);
        return model;
    }

    /// <summary>The first hidden count (grid order, then the outer line) narrower than minCell values, by its index in the model.</summary>
    private static int? FirstNarrow(IntervalSolver model, bool[,] hidden, OuterLine? outer, HashSet<int> wide, int minCell)
    {
        int rows = hidden.GetLength(0), columns = hidden.GetLength(1);
        var candidates = Cells(rows, columns).Where(c => hidden[c.Row, c.Column]).Select(c => Index(c, columns))
            .Concat(Enumerable.Range(0, outer?.Counts.Length ?? 0).Where(i => outer!.Hidden[i]).Select(i => rows * columns + i));
        foreach (var j in candidates)
        {
            if (wide.Contains(j)) continue;
            if (!model.Range(j).IsWideEnough(minCell)) return j;
            wide.Add(j);
        }
        return null;
    }

    private static int Index((int Row, int Column) cell, int columns) => cell.Row * columns + cell.Column;

    private static IEnumerable<(int Row, int Column)> Cells(int rows, int columns) =>
        from r in Enumerable.Range(0, rows) from c in Enumerable.Range(0, columns) select (r, c);

    public static bool IsMargin((int Row, int Column) cell, int rows, int columns) =>
        cell.Row == rows - 1 || (columns > 1 && cell.Column == columns - 1);
}
