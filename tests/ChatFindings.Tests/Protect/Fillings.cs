namespace ChatFindings.Tests.Protect;

/// <summary>
/// The brute-force attacker, written apart from the library: searches non-negative integer values
/// (0..bound) for the suppressed cells of a protected table that agree with every published
/// count and every sum of the grid (each row and column, margins included; the one column of a
/// one-way table). For each suppressed cell it looks for a filling that gives it a value other
/// than the true one; a cell with none is disclosed. Exhaustive within the bound, with a node
/// budget so a bug cannot hang the test run.
/// </summary>
internal static class Fillings
{
    public enum Outcome { Ambiguous, Disclosed, Inconclusive }

    public static IReadOnlyList<((int Row, int Column) Cell, Outcome Outcome)> Check(
        ProtectedTable published, int[,] truth, int bound, int budget = 2_000_000)
    {
        var unknowns = Tables.SuppressedCells(published);
        var sums = Sums(published);
        var results = new List<((int, int), Outcome)>();
        for (var j = 0; j < unknowns.Count; j++)
        {
            var search = new Search(published, unknowns, sums, bound, budget, forbidIndex: j, forbidValue: truth[unknowns[j].Row, unknowns[j].Column], truth);
            var found = search.Run();
            results.Add((unknowns[j], found switch { true => Outcome.Ambiguous, false => Outcome.Disclosed, null => Outcome.Inconclusive }));
        }
        return results;
    }

    /// <summary>
    /// Whether some non-negative integer filling (0..bound) that agrees with the published table
    /// gives the suppressed cell <paramref name="cell"/> the value <paramref name="value"/>; null when the budget ran out.
    /// </summary>
    public static bool? Possible(ProtectedTable published, int[,] truth, int bound, (int Row, int Column) cell, int value, int budget = 2_000_000)
    {
        var unknowns = Tables.SuppressedCells(published);
        var start = new int?[unknowns.Count];
        start[unknowns.ToList().IndexOf(cell)] = value;
        return new Search(published, unknowns, Sums(published), bound, budget, forbidIndex: -1, forbidValue: -1, truth).Run(start);
    }

    private static List<((int Row, int Column)[] Plus, (int Row, int Column) Minus)> Sums(ProtectedTable t)
    {
        int lastRow = t.RowCount - 1, lastColumn = t.ColumnCount - 1;
        var sums = new List<((int, int)[], (int, int))>();
        if (t.IsOneWay)
        {
            sums.Add((Enumerable.Range(0, lastRow).Select(r => (r, 0)).ToArray(), (lastRow, 0)));
            return sums;
        }
        for (var r = 0; r <= lastRow; r++) sums.Add((Enumerable.Range(0, lastColumn).Select(c => (r, c)).ToArray(), (r, lastColumn)));
        for (var c = 0; c <= lastColumn; c++) sums.Add((Enumerable.Range(0, lastRow).Select(r => (r, c)).ToArray(), (lastRow, c)));
        return sums;
    }

    private sealed class Search(
        ProtectedTable t, IReadOnlyList<(int Row, int Column)> unknowns,
        List<((int Row, int Column)[] Plus, (int Row, int Column) Minus)> sums,
        int bound, int budget, int forbidIndex, int forbidValue, int[,] truth)
    {
        private int _nodes;

        /// <summary>True: a filling with the forbidden cell changed exists; false: none; null: budget spent.</summary>
        public bool? Run(int?[]? start = null)
        {
            var values = start ?? new int?[unknowns.Count];
            try { return Solve(values); }
            catch (BudgetSpent) { return null; }
        }

        private int Index((int Row, int Column) cell)
        {
            for (var i = 0; i < unknowns.Count; i++) if (unknowns[i] == cell) return i;
            return -1;
        }

        private bool Solve(int?[] values)
        {
            if (++_nodes > budget) throw new BudgetSpent();
            if (!Propagate(values)) return false;
            var next = Array.FindIndex(values, v => v is null);
            if (next < 0) return true;
            // Try values near the truth first: if another filling exists, one is usually close by.
            var centre = truth[unknowns[next].Row, unknowns[next].Column];
            for (var d = 0; d <= bound; d++)
            foreach (var v in d == 0 ? [centre] : new[] { centre - d, centre + d })
            {
                if (v < 0 || v > bound || (next == forbidIndex && v == forbidValue)) continue;
                var copy = (int?[])values.Clone();
                copy[next] = v;
                if (Solve(copy)) return true;
            }
            return false;
        }

        // Fills cells forced by a sum with one unknown left, and checks every sum can still hold.
        private bool Propagate(int?[] values)
        {
            bool changed;
            do
            {
                changed = false;
                foreach (var (plus, minus) in sums)
                {
                    long known = 0, low = 0, high = 0;
                    int open = -1, openSign = 0, openCount = 0;
                    foreach (var (cell, sign) in plus.Select(p => (p, 1)).Append((minus, -1)))
                    {
                        var value = t[cell.Row, cell.Column].Count;
                        var index = value is null ? Index(cell) : -1;
                        if (value is { } n) known += sign * n;
                        else if (values[index] is { } v) known += sign * v;
                        else
                        {
                            openCount++; open = index; openSign = sign;
                            if (sign > 0) high += bound; else low -= bound;
                        }
                    }
                    if (known + low > 0 || known + high < 0) return false;
                    if (openCount == 1)
                    {
                        var forced = -known * openSign;
                        if (forced < 0 || forced > bound || (open == forbidIndex && forced == forbidValue)) return false;
                        values[open] = (int)forced;
                        changed = true;
                    }
                }
            } while (changed);
            return true;
        }
    }

    private sealed class BudgetSpent : Exception;
}
