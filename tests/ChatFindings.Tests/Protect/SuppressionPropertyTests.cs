using CsCheck;

namespace ChatFindings.Tests.Protect;

/// <summary>Random tables with many small cells: the guarantees hold whatever the counts.</summary>
public class SuppressionPropertyTests
{
    // Half the cells small (0-12), half anything up to 60, so small cells are common.
    private static readonly Gen<int> Count = Gen.Frequency((1, Gen.Int[0, 12]), (1, Gen.Int[0, 60]));

    private static readonly Gen<(int[] Counts, int MinCell)> OneWayTables =
        Gen.Select(Count.Array[1, 8], Gen.Int[2, 12]);

    private static readonly Gen<(int[,] Counts, int MinCell)> TwoWayTables =
        Gen.Select(Gen.Int[1, 6], Gen.Int[1, 6], Gen.Int[2, 12])
            .SelectMany(s => Count.Array2D[s.Item1, s.Item2].Select(a => (a, s.Item3)));

    // Small enough to search exhaustively; many zeros, since zeros are what could pin a hidden
    // cell among non-negative values (a zero column total forces its hidden cells to zero).
    private static readonly Gen<int[,]> SmallTwoWayTables =
        Gen.Select(Gen.Int[1, 4], Gen.Int[1, 4])
            .SelectMany(s => Gen.Frequency((2, Gen.Const(0)), (2, Gen.Int[1, 9]), (1, Gen.Int[0, 25])).Array2D[s.Item1, s.Item2]);

    [Fact]
    public void One_way_no_published_count_below_the_threshold_and_every_hidden_cell_undetermined() =>
        OneWayTables.Sample(x =>
        {
            var table = Tables.OneWay(x.Counts);
            var t = DisclosureControl.Protect(table, new DisclosurePolicy(x.MinCell));
            AssertNoSmallPublished(t);
            Assert.True(SuppressionAudit.Check(t).Passed, SuppressionAudit.Check(t).ToString());
            AssertAmbiguous(t, Tables.Grid(table));
            var primaries = Tables.SuppressedCells(t).Count(p => t[p.Row, p.Column].IsPrimary);
            Assert.True(t.SuppressedCount <= primaries + 1, $"{t.SuppressedCount} suppressed for {primaries} primary");
        }, iter: 500);

    [Fact]
    public void Two_way_no_published_count_below_the_threshold_and_the_audit_passes() =>
        TwoWayTables.Sample(x =>
        {
            var table = Tables.TwoWay(x.Counts);
            var t = DisclosureControl.Protect(table, new DisclosurePolicy(x.MinCell));
            AssertNoSmallPublished(t);
            var audit = SuppressionAudit.Check(t);
            Assert.True(audit.Passed, audit.ToString());
            Assert.All(Tables.SuppressedCells(t), p => Assert.Equal(table[p.Row, p.Column] is > 0 and var n && n < x.MinCell, t[p.Row, p.Column].IsPrimary));
        }, iter: 400);

    [Fact]
    public void Two_way_every_hidden_cell_has_another_non_negative_value_by_brute_force() =>
        SmallTwoWayTables.Sample(counts =>
        {
            var table = Tables.TwoWay(counts);
            var t = DisclosureControl.Protect(table, new DisclosurePolicy(10));
            AssertAmbiguous(t, Tables.Grid(table));
        }, iter: 300);

    [Fact]
    public void The_number_of_hidden_cells_stays_within_the_bound_of_the_line_and_cycle_stage() =>
        TwoWayTables.Sample(x =>
        {
            // Each of the R+C+2 sums of the grid gets at most one partner (it then holds two hidden
            // cells, and the chosen partner lifts its hidden group to the threshold), and each cycle
            // repair joins two of at most R+C+2 connected pieces of hidden cells: so at most
            // primaries + (R+C+2) + (R+C+1).
            // The bound is of the line and cycle stage; the interval stage after it adds what the LP asks.
            var grid = Tables.Grid(Tables.TwoWay(x.Counts));
            var plan = SuppressionPattern.Plan(grid, oneWay: false, x.MinCell);
            var primaries = plan.Primary.Cast<bool>().Count(p => p);
            var suppressed = plan.Suppressed.Cast<bool>().Count(p => p);
            int rows = x.Counts.GetLength(0), columns = x.Counts.GetLength(1);
            Assert.True(suppressed <= primaries + 2 * (rows + columns) + 3,
                $"{suppressed} suppressed for {primaries} primary in a {rows}x{columns} table");
        }, iter: 400);

    [Fact]
    public void Suppression_is_deterministic() =>
        TwoWayTables.Sample(x =>
        {
            var first = DisclosureControl.Protect(Tables.TwoWay(x.Counts), new DisclosurePolicy(x.MinCell));
            var second = DisclosureControl.Protect(Tables.TwoWay((int[,])x.Counts.Clone()), new DisclosurePolicy(x.MinCell));
            Assert.Equal(first.ToTidyCsv(), second.ToTidyCsv());
        }, iter: 100);

    [Fact]
    public void Hidden_groups_in_a_row_or_column_with_a_published_total_reach_the_threshold() =>
        TwoWayTables.Sample(x =>
        {
            var table = Tables.TwoWay(x.Counts);
            var t = DisclosureControl.Protect(table, new DisclosurePolicy(x.MinCell));
            for (var r = 0; r < t.RowCount; r++)
                if (!t[r, t.ColumnCount - 1].Suppressed)
                    AssertGroup(Enumerable.Range(0, t.ColumnCount - 1).Where(c => t[r, c].Suppressed).Sum(c => table[r, c]), x.MinCell);
            for (var c = 0; c < t.ColumnCount; c++)
                if (!t[t.RowCount - 1, c].Suppressed)
                    AssertGroup(Enumerable.Range(0, t.RowCount - 1).Where(r => t[r, c].Suppressed).Sum(r => table[r, c]), x.MinCell);
        }, iter: 300);

    private static void AssertGroup(int hidden, int minCell) =>
        Assert.True(hidden == 0 || hidden >= minCell, $"hidden group of {hidden}");

    private static void AssertNoSmallPublished(ProtectedTable t)
    {
        for (var r = 0; r < t.RowCount; r++)
        for (var c = 0; c < t.ColumnCount; c++)
            if (t[r, c].Count is { } n)
                Assert.True(n == 0 || n >= t.MinCell, $"published {n} at ({r},{c}) with threshold {t.MinCell}");
    }

    private static void AssertAmbiguous(ProtectedTable t, int[,] truth)
    {
        var bound = truth[truth.GetLength(0) - 1, truth.GetLength(1) - 1];
        foreach (var (cell, outcome) in Fillings.Check(t, truth, bound))
            Assert.True(outcome == Fillings.Outcome.Ambiguous, $"cell {cell} is {outcome}:\n{t}");
    }
}
