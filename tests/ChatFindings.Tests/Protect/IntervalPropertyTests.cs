using CsCheck;

namespace ChatFindings.Tests.Protect;

/// <summary>
/// Random small tables with rare cells: after protection every hidden count keeps at least
/// minCell possible values. The LP bounds the audit uses are checked by brute force over integer
/// fillings (the second method): each bound is reachable, and one step beyond it is not.
/// </summary>
public class IntervalPropertyTests
{
    // Small enough to search exhaustively; rare cells and zeros common (zeros are what pin hidden cells).
    private static readonly Gen<int> Count = Gen.Frequency((2, Gen.Const(0)), (3, Gen.Int[1, 9]), (2, Gen.Int[10, 30]));

    private static readonly Gen<int[,]> TwoWayTables =
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 3]).SelectMany(s => Count.Array2D[s.Item1, s.Item2]);

    private static readonly Gen<(int[] Counts, int MinCell)> OneWayTables = Gen.Select(Count.Array[1, 6], Gen.Int[3, 12]);

    [Fact]
    public void Two_way_every_hidden_count_keeps_min_cell_values_and_the_lp_bounds_are_the_integer_bounds() =>
        TwoWayTables.Sample(counts => AssertWide(Tables.TwoWay(counts), 10), iter: 120);

    // A counterexample CsCheck found for the earlier oracle (its search ran out of budget on "R2C2 = 20").
    [Fact]
    public void Two_way_with_a_published_zero_and_only_the_grand_total_left() =>
        AssertWide(Tables.TwoWay(new[,] { { 4, 1, 1 }, { 6, 2, 3 }, { 2, 0, 1 } }), 10);

    [Fact]
    public void One_way_every_hidden_count_keeps_min_cell_values() =>
        OneWayTables.Sample(x => AssertWide(Tables.OneWay(x.Counts), x.MinCell), iter: 200);

    private static void AssertWide(FrequencyTable table, int minCell)
    {
        var t = DisclosureControl.Protect(table, new DisclosurePolicy(minCell));
        var truth = Tables.Grid(table);
        var bound = truth[truth.GetLength(0) - 1, truth.GetLength(1) - 1] + minCell;
        var published = PublishedTable.Of(t);
        var lp = ProtectionIntervals.Compute([published]).ToDictionary(h => h.Key, h => h.Range);
        // The brute force confirms each LP bound: the bound itself is possible, one step beyond is not.
        foreach (var cell in Tables.SuppressedCells(t))
        {
            var range = lp[published.Grid[cell.Row, cell.Column].Key];
            var upper = range.Upper ?? bound;
            Assert.True(upper - range.Lower + 1 >= minCell, $"cell {cell} can only be {range} (true {truth[cell.Row, cell.Column]}):\n{t}");
            Assert.True(Fillings.Possible(t, truth, bound, cell, range.Lower) == true, $"{cell} = {range.Lower} is not possible:\n{t}");
            Assert.True(Fillings.Possible(t, truth, bound, cell, Math.Min(upper, bound)) == true, $"{cell} = {upper} is not possible:\n{t}");
            if (range.Lower > 0) Assert.True(Fillings.Possible(t, truth, bound, cell, range.Lower - 1) == false, $"{cell} = {range.Lower - 1} is possible:\n{t}");
            if (range.Upper is { } u && u < bound) Assert.True(Fillings.Possible(t, truth, bound, cell, u + 1) == false, $"{cell} = {u + 1} is possible:\n{t}");
        }
    }
}
