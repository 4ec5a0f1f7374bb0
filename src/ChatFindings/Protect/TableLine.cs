namespace ChatFindings;

/// <summary>
/// The additive relations of a table grid with margins: each "line" is a set of member cells and
/// the total cell they add up to. A one-way table has one line (the categories and the total).
/// A two-way table has one line per grid row (cells and the row total, the total row included:
/// column totals and the grand total) and one per grid column. For a multi-valued variable the
/// members add up to more than the total; protection still treats the line as a sum, which is the
/// cautious choice: a reader may assume most conversations name only one category.
/// </summary>
internal sealed record TableLine(IReadOnlyList<(int Row, int Column)> Members, (int Row, int Column) Total)
{
    public IEnumerable<(int Row, int Column)> Cells => Members.Append(Total);

    public static IReadOnlyList<TableLine> Of(int rows, int columns, bool oneWay)
    {
        if (oneWay)
            return [new TableLine(Enumerable.Range(0, rows - 1).Select(r => (r, 0)).ToArray(), (rows - 1, 0))];

        var lines = new List<TableLine>(rows + columns);
        for (var r = 0; r < rows; r++)
            lines.Add(new TableLine(Enumerable.Range(0, columns - 1).Select(c => (r, c)).ToArray(), (r, columns - 1)));
        for (var c = 0; c < columns; c++)
            lines.Add(new TableLine(Enumerable.Range(0, rows - 1).Select(r => (r, c)).ToArray(), (rows - 1, c)));
        return lines;
    }
}
