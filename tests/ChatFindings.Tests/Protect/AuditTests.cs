namespace ChatFindings.Tests.Protect;

/// <summary>
/// The audit on tables made by hand. A wrong table cannot come out of DisclosureControl, so these
/// use the library's internal constructor (visible to the tests) to build the cases it must catch.
/// </summary>
public class AuditTests
{
    private static ProtectedTable Make(int[,] grid, bool[,] hidden, bool oneWay, int minCell = 10)
    {
        int rows = grid.GetLength(0), columns = grid.GetLength(1);
        var axes = oneWay
            ? TableAxes.For(Tables.Numbered("rows", rows - 1, "r"), null)
            : TableAxes.For(Tables.Numbered("rows", rows - 1, "r"), Tables.Numbered("columns", columns - 1, "c"));
        var cells = new ProtectedCell[rows, columns];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
            cells[r, c] = hidden[r, c] ? ProtectedCell.Hidden(false) : ProtectedCell.Published(grid[r, c]);
        return new ProtectedTable("hand-made", "Hand-made", axes, cells, minCell, []);
    }

    private static (int[,] Grid, bool[,] Hidden) Uniform(int interiorRows, int interiorColumns, int value)
    {
        var grid = new int[interiorRows + 1, interiorColumns + 1];
        for (var r = 0; r < interiorRows; r++)
        for (var c = 0; c < interiorColumns; c++)
        {
            grid[r, c] = value;
            grid[r, interiorColumns] += value;
            grid[interiorRows, c] += value;
            grid[interiorRows, interiorColumns] += value;
        }
        return (grid, new bool[interiorRows + 1, interiorColumns + 1]);
    }

    [Fact]
    public void A_lone_hidden_cell_in_a_one_way_table_fails()
    {
        var grid = new[,] { { 40 }, { 20 }, { 60 } };
        var hidden = new[,] { { false }, { true }, { false } };
        var audit = SuppressionAudit.Check(Make(grid, hidden, oneWay: true));
        Assert.False(audit.Passed);
        Assert.Equal(["cell 'r1' of hand-made is hidden but can be worked out exactly, fewer than 10"], audit.Problems);
    }

    [Fact]
    public void A_published_count_below_the_threshold_fails()
    {
        var grid = new[,] { { 40 }, { 4 }, { 44 } };
        var audit = SuppressionAudit.Check(Make(grid, new bool[3, 1], oneWay: true));
        Assert.Equal(["cell 'r1' of hand-made publishes 4, below the threshold 10"], audit.Problems);
    }

    [Fact]
    public void Hidden_cells_adding_up_to_a_small_group_fail()
    {
        var grid = new[,] { { 40 }, { 3 }, { 4 }, { 47 } };
        var hidden = new[,] { { false }, { true }, { true }, { false } };
        var audit = SuppressionAudit.Check(Make(grid, hidden, oneWay: true));
        // The group of 7 is published under another name, and each hidden count lies in 0..7 (8 values).
        Assert.Equal([
            "the hidden cells of the line of cell 'Total' of hand-made add up to 7, below the threshold 10",
            "cell 'r1' of hand-made is hidden but can be narrowed to 0..7 (8 values), fewer than 10",
            "cell 'r2' of hand-made is hidden but can be narrowed to 0..7 (8 values), fewer than 10"], audit.Problems);
    }

    [Fact]
    public void A_bridge_between_two_protected_blocks_is_found_although_every_line_hides_two_cells()
    {
        // Two 2x2 blocks of hidden cells, each a cycle, joined by (r0,c2). Every row and column
        // with a hidden cell hides at least two, yet (r0,c2) is the sum of rows r0,r1 minus the
        // published cells and the c0,c1 column totals: the LP bounds must pin it (one value), and only it.
        var (grid, hidden) = Uniform(4, 4, 20);
        foreach (var (r, c) in new[] { (0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3), (0, 2) })
            hidden[r, c] = true;
        var audit = SuppressionAudit.Check(Make(grid, hidden, oneWay: false));
        Assert.Equal(["cell ('r0', 'c2') of hand-made is hidden but can be worked out exactly, fewer than 10"], audit.Problems);
    }

    [Fact]
    public void A_rectangle_of_hidden_cells_passes_and_a_broken_one_fails()
    {
        var (grid, hidden) = Uniform(3, 3, 20);
        foreach (var (r, c) in new[] { (0, 0), (0, 1), (1, 0), (1, 1) }) hidden[r, c] = true;
        Assert.True(SuppressionAudit.Check(Make(grid, hidden, oneWay: false)).Passed);

        hidden[1, 1] = false;
        var problems = SuppressionAudit.Check(Make(grid, hidden, oneWay: false)).Problems;
        Assert.Equal(3, problems.Count); // each of the three is now alone in a row or column
    }

    [Fact]
    public void Hidden_margins_take_part_in_the_equations()
    {
        // Hide the row totals of r0 and r1 and nothing else: the margin column ties them to the
        // grand total, but each row ties its total to its published cells.
        var (grid, hidden) = Uniform(2, 2, 20);
        hidden[0, 2] = hidden[1, 2] = true;
        Assert.Equal(2, SuppressionAudit.Check(Make(grid, hidden, oneWay: false)).Problems.Count);
    }
}
