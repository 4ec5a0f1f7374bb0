namespace ChatFindings.Tests.Protect;

/// <summary>
/// The brute-force attacker, written apart from the library: searches non-negative integer values
/// (0..bound) for the suppressed cells of a protected table that agree with every published
/// count and every sum of the grid (each row and column, margins included; the one column of a
/// one-way table). For each suppressed cell it looks for a filling that gives it a value other
/// than the true one; a cell with none is disclosed. Exhaustive within the bound: depth-first over
/// values, each step narrowed by bounds propagation over every sum (so extreme values such as
/// "this cell is the whole total" are settled at once), with a node budget so a bug cannot hang
/// the test run.
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

        // Each sum as published constant + signed unknowns, so propagation works on indices only.
        private readonly (long Known, (int Index, int Sign)[] Terms)[] _equations = sums.Select(s =>
        {
            long known = 0;
            var terms = new List<(int, int)>();
            foreach (var (cell, sign) in s.Plus.Select(p => (p, 1)).Append((s.Minus, -1)))
            {
                if (t[cell.Row, cell.Column].Count is { } n) known += sign * n;
                else terms.Add((IndexOf(unknowns, cell), sign));
            }
            return (known, terms.ToArray());
        }).ToArray();

        /// <summary>True: a filling with the forbidden cell changed exists; false: none; null: budget spent.</summary>
        public bool? Run(int?[]? start = null)
        {
            var low = new long[unknowns.Count];
            var high = new long[unknowns.Count];
            for (var i = 0; i < unknowns.Count; i++)
            {
                (low[i], high[i]) = start?[i] is { } v ? (v, v) : (0, bound);
            }
            try { return Solve(low, high); }
            catch (BudgetSpent) { return null; }
        }

        private static int IndexOf(IReadOnlyList<(int Row, int Column)> cells, (int Row, int Column) cell)
        {
            for (var i = 0; i < cells.Count; i++) if (cells[i] == cell) return i;
            return -1;
        }

        private bool Solve(long[] low, long[] high)
        {
            if (++_nodes > budget) throw new BudgetSpent();
            if (!Propagate(low, high)) return false;
            var next = -1;
            for (var i = 0; i < low.Length; i++) if (low[i] != high[i]) { next = i; break; }
            if (next < 0) return true;
            // Try values near the truth first: if another filling exists, one is usually close by.
            var centre = truth[unknowns[next].Row, unknowns[next].Column];
            for (var d = 0; d <= bound; d++)
            foreach (var v in d == 0 ? [centre] : new[] { centre - d, centre + d })
            {
                if (v < low[next] || v > high[next] || (next == forbidIndex && v == forbidValue)) continue;
                var (l, h) = ((long[])low.Clone(), (long[])high.Clone());
                l[next] = h[next] = v;
                if (Solve(l, h)) return true;
            }
            return false;
        }

        // Bounds propagation over every sum (each unknown's range narrowed by the others' ranges)
        // until nothing changes; false when some sum can no longer hold or the forbidden value is forced.
        private bool Propagate(long[] low, long[] high)
        {
            bool changed;
            do
            {
                changed = false;
                foreach (var (known, terms) in _equations)
                {
                    long min = known, max = known;
                    foreach (var (i, sign) in terms)
                    {
                        if (sign > 0) { min += low[i]; max += high[i]; }
                        else { min -= high[i]; max -= low[i]; }
                    }
                    if (min > 0 || max < 0) return false;
                    foreach (var (i, sign) in terms)
                    {
                        // The rest of the sum without this term spans [min - own min, max - own max].
                        long lo, hi;
                        if (sign > 0) { lo = -(max - high[i]); hi = -(min - low[i]); }
                        else { lo = min + high[i]; hi = max + low[i]; }
                        if (lo > low[i]) { low[i] = lo; changed = true; }
                        if (hi < high[i]) { high[i] = hi; changed = true; }
                        if (low[i] > high[i]) return false;
                    }
                }
                // The forbidden value sits at an end of its range: step past it (integers only).
                if (forbidIndex >= 0)
                {
                    if (low[forbidIndex] == forbidValue) { low[forbidIndex]++; changed = true; }
                    if (high[forbidIndex] == forbidValue) { high[forbidIndex]--; changed = true; }
                    if (low[forbidIndex] > high[forbidIndex]) return false;
                }
            } while (changed);
            return true;
        }
    }

    private sealed class BudgetSpent : Exception;
}
