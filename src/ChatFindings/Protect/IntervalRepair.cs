namespace ChatFindings;

/// <summary>
/// The second stage of secondary suppression: after <see cref="SuppressionPattern"/> has made
/// every hidden count undetermined, widens hidden counts that the table's relations and
/// non-negativity still narrow to fewer than minCell values. Repeatedly takes the first too-narrow
/// hidden cell (grid order) and hides one more published cell: the smallest that makes it wide
/// enough, or else the one that widens it most; interior cells before margins when the margins
/// follow the population's pattern, non-zero before zero, then the smaller count, then grid order,
/// so the result is deterministic. Hiding everything leaves every range unbounded, so it ends.
/// </summary>
internal static class IntervalRepair
{
    public static void Widen(int[,] values, bool[,] hidden, IReadOnlyList<TableLine> lines, int minCell, bool keepMargins)
    {
        int rows = values.GetLength(0), columns = values.GetLength(1);
        while (FirstNarrow(values, hidden, lines, minCell) is { } narrow)
        {
            var candidates = new List<(int Row, int Column)>();
            for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                if (!hidden[r, c]) candidates.Add((r, c));
            var ordered = candidates
                .OrderBy(m => keepMargins && IsMargin(m, rows, columns) ? 1 : 0)
                .ThenBy(m => values[m.Row, m.Column] > 0 ? 0 : 1)
                .ThenBy(m => values[m.Row, m.Column])
                .ThenBy(m => m.Row).ThenBy(m => m.Column);

            (int Row, int Column)? best = null;
            long bestValues = -1;
            foreach (var candidate in ordered)
            {
                hidden[candidate.Row, candidate.Column] = true;
                var range = Ranges(values, hidden, lines, [narrow])[0];
                hidden[candidate.Row, candidate.Column] = false;
                var width = range.Values ?? long.MaxValue;
                if (range.IsWideEnough(minCell)) { best = candidate; break; }
                if (width > bestValues) { best = candidate; bestValues = width; }
            }
            if (best is not { } chosen)
                throw new InvalidOperationException("Interval protection found a narrow hidden count and nothing left to hide.");
            hidden[chosen.Row, chosen.Column] = true;
        }
    }

    /// <summary>The first hidden cell (grid order) whose range is narrower than minCell values, or null.</summary>
    public static (int Row, int Column)? FirstNarrow(int[,] values, bool[,] hidden, IReadOnlyList<TableLine> lines, int minCell)
    {
        var cells = HiddenCells(hidden);
        var ranges = Ranges(values, hidden, lines, cells);
        for (var i = 0; i < cells.Count; i++)
            if (!ranges[i].IsWideEnough(minCell)) return cells[i];
        return null;
    }

    /// <summary>The range of some hidden cells, from the true counts of the published ones and the table's relations.</summary>
    public static CellRange[] Ranges(int[,] values, bool[,] hidden, IReadOnlyList<TableLine> lines, IReadOnlyList<(int Row, int Column)> targets)
    {
        var cells = HiddenCells(hidden);
        var index = new Dictionary<(int, int), int>();
        for (var i = 0; i < cells.Count; i++) index[cells[i]] = i;
        var relations = lines
            .SelectMany(line => line.Relations(cell => index.GetValueOrDefault(cell, -1), cell => values[cell.Row, cell.Column]))
            .ToList();
        return IntervalSolver.Ranges(cells.Count, relations, targets.Select(t => index[t]).ToArray());
    }

    private static List<(int Row, int Column)> HiddenCells(bool[,] hidden)
    {
        var cells = new List<(int, int)>();
        for (var r = 0; r < hidden.GetLength(0); r++)
        for (var c = 0; c < hidden.GetLength(1); c++)
            if (hidden[r, c]) cells.Add((r, c));
        return cells;
    }

    public static bool IsMargin((int Row, int Column) cell, int rows, int columns) =>
        cell.Row == rows - 1 || (columns > 1 && cell.Column == columns - 1);
}
