namespace ChatFindings.Tests.Protect;

/// <summary>Small tables whose protection was worked out by hand (see the comments for the reasoning).</summary>
public class WorkedExampleTests
{
    [Fact]
    public void One_way_one_small_cell_hides_it_and_the_smallest_cell_that_lifts_the_hidden_group_to_ten()
    {
        // 40, 3, 12, 0, 25; total 80. The 3 is primary. Alone it is 80 - 77; with a second hidden
        // cell the two add up to 80 minus the rest, so that sum must reach 10: the smallest
        // non-zero cell of at least 7 is the 12. The zero and the total stay published.
        var t = DisclosureControl.Protect(Tables.OneWay(40, 3, 12, 0, 25), new DisclosurePolicy(10));
        Assert.Equal([(1, 0), (2, 0)], Tables.SuppressedCells(t));
        Assert.True(t[1, 0].IsPrimary);
        Assert.False(t[2, 0].IsPrimary);
        Assert.Equal(80, t[5, 0].Count);
        Assert.Equal(0, t[3, 0].Count);
        Assert.True(SuppressionAudit.Check(t).Passed);
    }

    [Fact]
    public void One_way_small_cells_that_together_reach_ten_need_no_partner()
    {
        var t = DisclosureControl.Protect(Tables.OneWay(40, 4, 6, 25), new DisclosurePolicy(10));
        Assert.Equal([(1, 0), (2, 0)], Tables.SuppressedCells(t));
        Assert.All(Tables.SuppressedCells(t), p => Assert.True(t[p.Row, p.Column].IsPrimary));
    }

    [Fact]
    public void One_way_small_total_hides_every_non_zero_cell_and_the_total()
    {
        var t = DisclosureControl.Protect(Tables.OneWay(0, 3, 2), new DisclosurePolicy(10));
        Assert.Equal([(1, 0), (2, 0), (3, 0)], Tables.SuppressedCells(t));
        Assert.Equal(0, t[0, 0].Count);
    }

    [Fact]
    public void Two_way_one_small_cell_in_a_row_is_covered_by_a_rectangle()
    {
        //        c0  c1  c2 | T
        //   r0   30  20  25 | 75
        //   r1    4  15  30 | 49
        //   r2   22  18  12 | 52
        //   T    56  53  67 | 176
        // r1: 4 is primary; the smallest partner covering the deficit 6 is 15 (r1,c1).
        // c0: the smaller of 30/22 is 22 (r2,c0). r2 now has a lone hidden cell: (r2,c1)=18 also
        // fixes c1, so it is preferred over the smaller 12. Four cells, all totals published.
        var t = DisclosureControl.Protect(Tables.TwoWay(new[,] { { 30, 20, 25 }, { 4, 15, 30 }, { 22, 18, 12 } }), new DisclosurePolicy(10));
        Assert.Equal([(1, 0), (1, 1), (2, 0), (2, 1)], Tables.SuppressedCells(t));
        Assert.Equal(176, t[3, 3].Count);
        Assert.True(SuppressionAudit.Check(t).Passed);
    }

    [Fact]
    public void Two_way_two_small_cells_in_a_row_adding_to_less_than_ten_take_the_rest_of_the_row()
    {
        //        c0  c1  c2 | T
        //   r0   30  20  25 | 75
        //   r1    4   3  30 | 37
        //   r2   22  18  12 | 52
        // r1: 4 + 3 = 7 could be read as 37 - 30, so (r1,c2) goes too. Each column then needs a
        // partner; r2 has the smallest, and once r2 has hidden cells its others fix the columns.
        var t = DisclosureControl.Protect(Tables.TwoWay(new[,] { { 30, 20, 25 }, { 4, 3, 30 }, { 22, 18, 12 } }), new DisclosurePolicy(10));
        Assert.Equal([(1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2)], Tables.SuppressedCells(t));
        Assert.Equal(37, t[1, 3].Count);
        Assert.True(SuppressionAudit.Check(t).Passed);
    }

    [Fact]
    public void Two_way_several_small_cells_in_a_row_are_paired_column_by_column()
    {
        //        c0  c1  c2  c3 | T
        //   r0   30  20  25  40 | 115
        //   r1    4   3   5  50 | 62
        //   r2   22  18  12  35 | 87
        // r1: 4 + 3 + 5 = 12 >= 10, so c3 stays. Columns c0..c2 each need a partner:
        // c0 takes (r2,c0)=22; then r2's lone cell prefers (r2,c2)=12, which also fixes c2;
        // c1 takes the smaller of 20 and 18. Six cells; c3 and every total published.
        var t = DisclosureControl.Protect(Tables.TwoWay(new[,] { { 30, 20, 25, 40 }, { 4, 3, 5, 50 }, { 22, 18, 12, 35 } }), new DisclosurePolicy(10));
        Assert.Equal([(1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2)], Tables.SuppressedCells(t));
        Assert.Equal(50, t[1, 3].Count);
        Assert.True(SuppressionAudit.Check(t).Passed);
    }

    [Fact]
    public void A_small_row_total_is_protected_in_the_margin_column_too()
    {
        //        c0  c1 | T
        //   r0   30  20 | 50
        //   r1    4   3 |  7   <- the row total is primary as well
        //   r2   22  18 | 40
        var t = DisclosureControl.Protect(Tables.TwoWay(new[,] { { 30, 20 }, { 4, 3 }, { 22, 18 } }), new DisclosurePolicy(10));
        Assert.True(t[1, 2].Suppressed);
        // The margin column (row totals, grand total 97) must not give the 7 back by subtraction.
        Assert.True(Enumerable.Range(0, 3).Count(r => t[r, 2].Suppressed) >= 2);
        Assert.True(SuppressionAudit.Check(t).Passed);
    }

    [Fact]
    public void Zeros_are_published_and_a_table_without_small_counts_is_untouched()
    {
        var t = DisclosureControl.Protect(Tables.TwoWay(new[,] { { 30, 0 }, { 0, 15 } }), new DisclosurePolicy(10));
        Assert.Empty(Tables.SuppressedCells(t));
        Assert.Equal(0, t[0, 1].Count);
    }
}
