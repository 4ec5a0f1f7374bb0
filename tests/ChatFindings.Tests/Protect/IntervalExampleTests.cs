namespace ChatFindings.Tests.Protect;

/// <summary>Protection intervals (the LP bounds of hidden counts) on small tables worked out by hand.</summary>
public class IntervalExampleTests
{
    private static readonly TableDescriptor Plain = new("hand-made", "Hand-made", null, 10,
        [new VariableDescriptor("rows", "Rows", false, []), new VariableDescriptor("columns", "Columns", false, [])]);

    private static CellRange RangeOf(string csv, string key) =>
        ProtectionIntervals.Compute([PublishedTable.FromCsv("hand-made", csv, Plain)]).Single(h => h.Key == key).Range;

    private static string OneWay(params string[] cells) =>
        ProtectedTableCsvHeader + string.Concat(cells.Select((v, i) => $"rows,{(i == cells.Length - 1 ? "Total" : "r" + i)},,,{Cell(v)}\n"));

    private static string Cell(string v) => v == "" ? ",suppressed" : v + ",";

    private const string ProtectedTableCsvHeader = "row_variable,row_value,column_variable,column_value,count,flag\n";

    private static string TwoWay(string[,] grid)
    {
        var csv = new System.Text.StringBuilder(ProtectedTableCsvHeader);
        int rows = grid.GetLength(0), columns = grid.GetLength(1);
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
            csv.Append($"rows,{(r == rows - 1 ? "Total" : "r" + r)},columns,{(c == columns - 1 ? "Total" : "c" + c)},{Cell(grid[r, c])}\n");
        return csv.ToString();
    }

    [Fact]
    public void One_way_line_two_hidden_cells_range_from_zero_to_their_sum()
    {
        // 40, [3], [12], 0, 25 of 80: the two hidden add up to 15, each anywhere in 0..15.
        var csv = OneWay("40", "", "", "0", "25", "80");
        Assert.Equal(new CellRange(0, 15), RangeOf(csv, "rows=r1"));
        Assert.Equal(new CellRange(0, 15), RangeOf(csv, "rows=r2"));
    }

    [Fact]
    public void Two_by_two_hidden_rectangle_ranges_follow_the_margins()
    {
        //        c0  c1 | T
        //   r0  [20][15]| 35
        //   r1  [12][30]| 42
        //   T    32  45 | 77
        // x00 = 20 + t, x01 = 15 - t, x10 = 12 - t, x11 = 30 + t, all >= 0: t in [-20, 12],
        // so x00 in 0..32, x01 in 3..35, x10 in 0..32, x11 in 10..42.
        var csv = TwoWay(new[,] { { "", "", "35" }, { "", "", "42" }, { "32", "45", "77" } });
        Assert.Equal(new CellRange(0, 32), RangeOf(csv, "columns=c0&rows=r0"));
        Assert.Equal(new CellRange(3, 35), RangeOf(csv, "columns=c1&rows=r0"));
        Assert.Equal(new CellRange(0, 32), RangeOf(csv, "columns=c0&rows=r1"));
        Assert.Equal(new CellRange(10, 42), RangeOf(csv, "columns=c1&rows=r1"));
    }

    [Fact]
    public void Non_negativity_alone_narrows_a_cell_the_equations_leave_open()
    {
        //        c0  c1 | T
        //   r0   [3][40]| 43
        //   r1   [2][50]| 52
        //   T     5  90 | 95
        // The equations leave one free shift t (x00 = 3 + t, x10 = 2 - t, ...): no cell is fixed,
        // so exact-recovery audits pass it. Non-negativity of x00 and x10 bounds t to [-3, 2]:
        // x00 lies in 0..5, six values, fewer than 10, and the audit must fail the table.
        var csv = TwoWay(new[,] { { "", "", "43" }, { "", "", "52" }, { "5", "90", "95" } });
        Assert.Equal(new CellRange(0, 5), RangeOf(csv, "columns=c0&rows=r0"));
        Assert.Equal(new CellRange(38, 43), RangeOf(csv, "columns=c1&rows=r0"));

        var audit = SuppressionAudit.CheckLinked([PublishedTable.FromCsv("hand-made", csv, Plain)]).Single();
        Assert.Contains("cell ('r0', 'c0') of hand-made is hidden but can be narrowed to 0..5 (6 values), fewer than 10", audit.Problems);
    }

    [Fact]
    public void A_multi_valued_line_bounds_a_hidden_category_by_the_total_not_by_a_sum()
    {
        // Exploiters (a conversation can name several): a 30, [b], [c], unknown 0; 50 conversations.
        // As a sum b + c = 20 would give 0..20; the true relations only say b <= 50 and
        // a + b + c + unknown >= 50, i.e. b + c >= 20: b lies in 0..50.
        var multi = Plain with { Variables = [new VariableDescriptor("rows", "Rows", true, [])] };
        var csv = OneWay("30", "", "", "0", "50");
        var range = ProtectionIntervals.Compute([PublishedTable.FromCsv("exploiters", csv, multi)]).Single(h => h.Key == "rows=r1").Range;
        Assert.Equal(new CellRange(0, 50), range);
    }

    [Fact]
    public void A_hidden_grand_total_with_nothing_above_it_is_unbounded()
    {
        var csv = OneWay("", "", "");
        Assert.Null(RangeOf(csv, "").Upper);
    }
}
